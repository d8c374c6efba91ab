/**
 * One generated report: a template picked, its identity (broker, analysts, date, sector, type,
 * rating, headline) drawn, its body recombined (runs, tables, figures), then its authorship and
 * dates rewritten. Everything is drawn from one random stream seeded by (archive seed, report
 * number, attempt), so a report never depends on how many others are generated.
 */
import { contextOfText } from '../../../../src/converter/parse/metadata/context.ts';
import { findTitle } from '../../../../src/converter/parse/metadata/title/index.ts';
import { addMonths, dayOfIso, isoOf, shiftBetween, ymdOf, dayNumber } from './calendar.ts';
import { shiftLineDates } from './date-text.ts';
import { editFront } from './front.ts';
import { identityRewriter } from './identity.ts';
import { poolItemsOf, relocate, renderRun, type PoolItem, type RunContext } from './items.ts';
import { figureKind, perturbFigures, renderTable } from './numbers.ts';
import { createRandom, mixSeed, type Random } from './random.ts';
import type { Template } from './template.ts';
import { BROKERS, MONTHLY_TYPES, pickRating, SECTOR_NAMES, WEEKLY_TYPES } from './vocabulary.ts';

/** Publication dates are spread over these days (inclusive). */
const FIRST_DAY = dayOfIso('2022-01-03');
const LAST_DAY = dayOfIso('2026-06-30');

/** Templates with their news pools, prepared once per archive. */
export interface PreparedTemplate {
  template: Template;
  /** Every template's items, moved into this template's dates. */
  pool: PoolItem[];
  /** Short headlines (in this template's dates) that new titles are made of. */
  headlines: string[];
}

/** What the generator meant the parser to read in a report. */
export interface ReportFacts {
  template: string;
  broker: string | null;
  date: string | null;
  sector: string | null;
  reportType: string | null;
  rating: { value: string; action: string | null } | null;
}

const HEADLINE = /^[^。；;：:【】|@\d][^。；;【】|@]{5,27}$/u;

/** A line the parser takes for a title (not a table row, date, rating, classification …). */
function readsAsTitle(line: string): boolean {
  const found = findTitle(contextOfText(line));
  return found.warnings.length === 0 && found.title === line;
}

function isHeadline(line: string): boolean {
  return HEADLINE.test(line) && !/行业/.test(line) && readsAsTitle(line);
}

/** Pools and headline lists for every template, from the items of all of them. */
export function prepareTemplates(templates: readonly Template[]): PreparedTemplate[] {
  const items = templates.flatMap((t) => poolItemsOf(t.body, t.facts.anchor, t.name));
  const anchors = new Map(templates.map((t) => [t.name, t.facts.anchor]));
  return templates.map((template) => {
    const pool = items.map((item) => {
      const from = anchors.get(item.origin)!;
      return item.origin === template.name ? item : relocate(item, shiftBetween(from, template.facts.anchor, 'days'));
    });
    const candidates = pool.flatMap((item) => [item.title.trim(), item.title.split(/[，,]/u)[0]!.trim()]);
    const headlines = [...new Set(candidates.filter(isHeadline))];
    return { template, pool, headlines };
  });
}

/** A publication day in range: a whole number of weeks or months from the template's anchor. */
function targetDay(template: Template, random: Random): number {
  const { anchor, mode } = template.facts;
  if (mode === 'days') {
    const lowest = Math.ceil((FIRST_DAY - anchor) / 7);
    const highest = Math.floor((LAST_DAY - anchor) / 7);
    return anchor + 7 * random.int(lowest, highest);
  }
  const from = ymdOf(anchor);
  const first = ymdOf(FIRST_DAY);
  const last = ymdOf(LAST_DAY);
  const lowest = (first.y - from.y) * 12 + first.m - from.m + 1;
  const highest = (last.y - from.y) * 12 + last.m - from.m - 1;
  const to = addMonths(from, random.int(lowest, highest));
  return dayNumber(to.y, to.m, to.d)!;
}

/** A new title: two news headlines of the pool joined, as weekly titles are (…落地，…上线); one when none fit. */
function headlineFor(prepared: PreparedTemplate, random: Random): string | null {
  const { headlines } = prepared;
  if (headlines.length < 2) return null;
  for (let attempt = 0; attempt < 4; attempt++) {
    const first = random.pick(headlines);
    const second = random.pick(headlines);
    const both = `${first}，${second}`;
    if (second !== first && both.length <= 38 && readsAsTitle(both)) return both;
  }
  return random.pick(headlines);
}

function renderBody(prepared: PreparedTemplate, random: Random): string[] {
  const { template } = prepared;
  const context: RunContext = {
    random,
    template: template.name,
    pool: prepared.pool,
    anchor: template.facts.anchor,
    mode: template.facts.mode,
    used: new Set(),
  };
  const keep = template.tableKeep * (0.75 + 0.25 * random.next());
  return template.body.flatMap((segment) => {
    if (segment.kind === 'static') return segment.lines;
    if (segment.kind === 'table') return renderTable(segment, keep, random);
    return renderRun(segment, context);
  });
}

/** The text of report `index` (attempt > 0 only when an earlier attempt duplicated another report). */
export function generateReport(
  prepared: readonly PreparedTemplate[],
  seed: number,
  index: number,
  attempt: number,
): { text: string; facts: ReportFacts } {
  const random = createRandom(mixSeed(mixSeed(seed, index), attempt));
  const chosen = random.pick(prepared);
  const { template } = chosen;
  const broker = random.pick(BROKERS);
  const target = targetDay(template, random);
  const front = editFront(template, {
    sector: random.pick(SECTOR_NAMES),
    typeSuffix: random.pick(template.facts.mode === 'days' ? WEEKLY_TYPES : MONTHLY_TYPES),
    rating: pickRating(random),
    headline: headlineFor(chosen, random),
    seriesLine: random.chance(0.5),
  });
  const shift = shiftBetween(template.facts.anchor, target, template.facts.mode);
  // Dates are read from the template's own line (memoized), before figures make the line new.
  const lines = [...front.lines, ...renderBody(chosen, random)].map((line) =>
    perturbFigures(shiftLineDates(line, shift), figureKind(line), random),
  );
  const back = template.back.map((line) => shiftLineDates(line, shift));
  const text = identityRewriter(template.facts, broker, random)([...lines, ...back].join('\n'));
  const dated = template.facts.hasDate || template.facts.titleIndex >= 0;
  return {
    text,
    facts: {
      template: template.name,
      broker: template.facts.broker ? broker.name : null,
      date: dated ? isoOf(target) : null,
      sector: front.sector,
      reportType: front.reportType,
      rating: front.rating,
    },
  };
}
