/**
 * A seed report as a template: what the parser reads in it (broker, dates, sector, type, title,
 * rating, analysts) and its lines cut into front matter, a body of segments, and back matter.
 * The generator changes exactly what the parser read, so it never has to guess at a layout.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Analyst, Rating } from '../../../../src/schema/report.ts';
import { parseReport } from '../../../../src/converter/parse/index.ts';
import { lookupBroker, type Broker } from '../../../../src/converter/parse/metadata/brokers/registry.ts';
import { isClassificationLine } from '../../../../src/converter/parse/metadata/classification.ts';
import { findFullDates } from '../../../../src/converter/parse/metadata/dates/grammar.ts';
import { cleanLine, cleanLines, frontMatterLength } from '../../../../src/converter/parse/metadata/lines.ts';
import { contextOfText } from '../../../../src/converter/parse/metadata/context.ts';
import { findTitle, isSeriesLine } from '../../../../src/converter/parse/metadata/title/index.ts';
import { splitBackMatter } from '../../../../src/converter/parse/text/index.ts';
import { dayOfIso, type DateShift } from './calendar.ts';
import { segmentBody, type Segment } from './segments.ts';

/** What the parser reads in a seed, and where the generator finds it. */
export interface TemplateFacts {
  broker: Broker | null;
  /** The day the template's dates are relative to: its date, period end or latest full date. */
  anchor: number;
  /** Weekly templates move by whole weeks, the others by whole months. */
  mode: DateShift['mode'];
  sector: string | null;
  reportType: string | null;
  /** Sector and type are inferred from the series (no title page prints them): they stay as they are. */
  classificationInferred: boolean;
  /** The type word as printed in a classification or series line (周报, 投资策略); null when inferred. */
  typeSuffix: string | null;
  /** Index of the title line in the front matter; -1 when the report has no title page. */
  titleIndex: number;
  /** Whether the parser finds a publication date (printed or inferred). */
  hasDate: boolean;
  rating: Rating | null;
  analysts: Analyst[];
  /** Every SAC licence in the text of the seed's broker or analysts. */
  licences: string[];
  /** The seed broker's e-mail domains that occur in the text. */
  domains: string[];
}

export interface Template {
  name: string;
  facts: TemplateFacts;
  front: string[];
  body: Segment[];
  back: string[];
  /** Upper share of long tables' rows a report keeps: under 1 for seeds too big for the archive. */
  tableKeep: number;
}

/** Reports of the archive stay around this size; a bigger seed has its long tables sampled down. */
const TARGET_BYTES = 100_000;
const FALLBACK_ANCHOR = '2024-06-28';
const SCOPE = /^(行业|公司|宏观|策略|固收|金工)/;

function anchorOf(parsed: ReturnType<typeof parseReport>, text: string): number {
  const latest = findFullDates(text)
    .map((found) => found.iso)
    .sort()
    .at(-1);
  return dayOfIso(parsed.date ?? parsed.period?.end ?? latest ?? FALLBACK_ANCHOR);
}

function modeOf(parsed: ReturnType<typeof parseReport>): DateShift['mode'] {
  const period = parsed.period;
  const weekly = period ? dayOfIso(period.end) - dayOfIso(period.start) <= 7 : /周/.test(parsed.reportType ?? '');
  return weekly ? 'days' : 'months';
}

/** The type word as the front matter prints it, or null when the parser inferred the type. */
function printedTypeSuffix(reportType: string | null, front: readonly string[]): string | null {
  const suffix = reportType?.replace(SCOPE, '') ?? '';
  if (suffix === '') return null;
  const printed = front.some((line) => {
    const clean = cleanLine(line);
    return clean.includes(suffix) && (isClassificationLine(clean) || isSeriesLine(clean));
  });
  return printed ? suffix : null;
}

function titleIndexOf(text: string, front: readonly string[]): number {
  const found = findTitle(contextOfText(text));
  if (found.warnings.length > 0) return -1;
  return front.findIndex((line) => cleanLine(line) === found.title);
}

function licencesOf(text: string, broker: Broker | null, analysts: readonly Analyst[]): string[] {
  const own = new Set([...(broker?.licencePrefixes ?? []), ...analysts.flatMap((a) => (a.license ? [a.license.slice(0, 5)] : []))]);
  return [...new Set(text.match(/(?<![A-Za-z0-9])S\d{13}(?!\d)/g) ?? [])].filter((licence) => own.has(licence.slice(0, 5)));
}

function domainsOf(text: string, broker: Broker | null, analysts: readonly Analyst[]): string[] {
  const candidates = [...(broker?.emailDomains ?? []), ...analysts.flatMap((a) => (a.email ? [a.email.split('@')[1]!] : []))];
  return [...new Set(candidates)].filter((domain) => text.includes(domain));
}

function factsOf(text: string, front: readonly string[]): TemplateFacts {
  const parsed = parseReport(text, 'seed');
  const broker = parsed.broker ? lookupBroker(parsed.broker) : null;
  const classificationInferred = parsed.warnings.some((warning) => warning.startsWith('缺少标题页'));
  return {
    broker,
    anchor: anchorOf(parsed, text),
    mode: modeOf(parsed),
    sector: parsed.sector,
    reportType: parsed.reportType,
    classificationInferred,
    typeSuffix: classificationInferred ? null : printedTypeSuffix(parsed.reportType, front),
    titleIndex: titleIndexOf(text, front),
    hasDate: parsed.date !== null,
    rating: parsed.rating,
    analysts: parsed.analysts,
    licences: licencesOf(text, broker, parsed.analysts),
    domains: domainsOf(text, broker, parsed.analysts),
  };
}

function sampleableBytes(body: readonly Segment[]): number {
  return body.reduce((sum, s) => sum + (s.kind === 'table' && s.sampleable ? Buffer.byteLength(s.rows.join('\n')) : 0), 0);
}

/** A template from one seed report's text. */
export function buildTemplate(name: string, raw: string): Template {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const frontEnd = frontMatterLength(cleanLines(text));
  const backStart = Math.max(frontEnd, splitBackMatter(lines).body.length);
  const front = lines.slice(0, frontEnd);
  const body = segmentBody(lines.slice(frontEnd, backStart));
  const excess = Buffer.byteLength(text) - TARGET_BYTES;
  const sampled = sampleableBytes(body);
  const tableKeep = excess > 0 && sampled > 0 ? Math.min(0.9, Math.max(0.25, 1 - excess / sampled)) : 1;
  return { name, facts: factsOf(text, front), front, body, back: lines.slice(backStart), tableKeep };
}

/** Every seed report (`.txt`, `.md`) in the folder, in name order. */
export async function loadTemplates(seedDir: string): Promise<Template[]> {
  const names = (await readdir(seedDir)).filter((name) => /\.(txt|md)$/i.test(name) && !name.startsWith('.')).sort();
  if (names.length === 0) throw new Error(`no seed reports (.txt, .md) in ${seedDir}`);
  return Promise.all(names.map(async (name) => buildTemplate(name, await readFile(join(seedDir, name), 'utf8'))));
}
