/**
 * Runs of sibling items recombined: some items dropped, news items from the other seeds added in
 * the run's own style (numbering, date prefix, bullet, hard wrap), numbered and bullet runs
 * shuffled and renumbered, dated runs kept in date order.
 */
import { displayWidth } from '../../../../src/converter/parse/metadata/lines.ts';
import { nearestYear, ymdOf, dayNumber, type DateShift } from './calendar.ts';
import { shiftDates } from './date-text.ts';
import type { Random } from './random.ts';
import { BULLET_START, DATED_START, NUMBERED_START, type RunSegment, type Segment } from './segments.ts';

/** A news item any run can carry: headline, text, and its day relative to its report's anchor. */
export interface PoolItem {
  title: string;
  body: string;
  /** Days from the anchor of the report it came from; null when it has no date of its own. */
  offset: number | null;
  /** The template it came from: a report never gets its own items twice. */
  origin: string;
}

/** What rendering a run needs from the report being generated. */
export interface RunContext {
  random: Random;
  template: string;
  /** Pool items in this template's coordinates. */
  pool: readonly PoolItem[];
  anchor: number;
  mode: DateShift['mode'];
  /** Titles of pool items already used in this report. */
  used: Set<string>;
}

interface Entry {
  lines: string[];
  day: number | null;
}

const SENTENCE_END = /[。！？]/u;

/** Lines of one item as running text (a space only between two ASCII words). */
function joinLines(lines: readonly string[]): string {
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .reduce((text, line) => (text && /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(line) ? `${text} ${line}` : text + line), '');
}

function titleAndBody(text: string): { title: string; body: string } | null {
  const end = text.search(SENTENCE_END);
  if (end < 4 || end > 60) return null;
  return { title: text.slice(0, end), body: text.slice(end + 1) };
}

function dayOfDatedLine(line: string, anchor: number): number | null {
  const g = DATED_START.exec(line)?.groups;
  const date = g ? nearestYear(Number(g['m']), Number(g['d']), anchor) : null;
  return date && dayNumber(date.y, date.m, date.d);
}

function poolItemOf(run: RunSegment, lines: readonly string[], anchor: number, origin: string): PoolItem | null {
  const first = lines[0]!;
  if (run.itemKind === 'bullet') {
    const g = BULLET_START.exec(first)?.groups;
    const title = (g?.['text'] ?? g?.['dtext'] ?? '').trim();
    return title.length >= 4 ? { title, body: joinLines(lines.slice(1)), offset: null, origin } : null;
  }
  const prefix = run.itemKind === 'numbered' ? NUMBERED_START : DATED_START;
  const parts = titleAndBody(joinLines([first.replace(prefix, ''), ...lines.slice(1)]));
  const day = run.itemKind === 'dated' ? dayOfDatedLine(first, anchor) : null;
  return parts && { ...parts, offset: day === null ? null : day - anchor, origin };
}

/** Every item of a template's runs, as pool items in its own coordinates. */
export function poolItemsOf(segments: readonly Segment[], anchor: number, origin: string): PoolItem[] {
  return segments.flatMap((segment) =>
    segment.kind === 'run' ? segment.items.flatMap((lines) => poolItemOf(segment, lines, anchor, origin) ?? []) : [],
  );
}

/** A pool item moved from its origin's coordinates into another template's. */
export function relocate(item: PoolItem, shift: DateShift): PoolItem {
  return { ...item, title: shiftDates(item.title, shift), body: shiftDates(item.body, shift) };
}

/**
 * Text cut to lines of at most `width` printed columns, with `gap` blank lines between them. Like
 * the extractors, it breaks anywhere in Chinese but carries a short ASCII word over whole.
 */
function wrap(text: string, width: number, gap: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (displayWidth(line + char) > width) {
      const word = /[A-Za-z0-9.\-]{1,15}$/.exec(line)?.[0] ?? '';
      const carried = /[A-Za-z0-9]/.test(char) && word.length < line.length ? word : '';
      lines.push(line.slice(0, line.length - carried.length), ...Array<string>(gap).fill(''));
      line = carried;
    }
    line += char;
  }
  return [...lines, line];
}

function sentence(item: PoolItem): string {
  return `${item.title}${/[。！？]$/.test(item.title) ? '' : '。'}${item.body}`;
}

/** A pool item written the way this run writes its items. */
function entryFor(run: RunSegment, item: PoolItem, ctx: RunContext): Entry {
  const asLines = (text: string) => (run.wrap ? wrap(text, run.wrap.width, run.wrap.innerGap) : [text]);
  if (run.itemKind === 'numbered') {
    const g = NUMBERED_START.exec(run.model)!.groups!;
    return { lines: asLines(`${g['lead']}${g['open']}0${g['close']}${g['space']}${sentence(item)}`), day: null };
  }
  if (run.itemKind === 'dated') {
    const recent = item.offset !== null && item.offset <= 0 && item.offset >= -40;
    const day = ctx.anchor + (recent ? item.offset! : -ctx.random.int(0, ctx.mode === 'days' ? 6 : 27));
    const { m, d } = ymdOf(day);
    const spaced = DATED_START.exec(run.model)?.groups?.['sa'] ? ' ' : '';
    return { lines: asLines(`${m}${spaced}月${spaced}${d}${spaced}日，${sentence(item)}`), day };
  }
  const g = BULLET_START.exec(run.model)!.groups!;
  const bold = g['bold'] ?? '';
  const headline = g['dash'] !== undefined ? `${g['dash']}**${item.title}**` : `${g['lead']}${bold}${item.title}${bold}`;
  return { lines: item.body ? [headline, '', item.body] : [headline], day: null };
}

function pickPoolItem(ctx: RunContext): PoolItem | null {
  for (let attempt = 0; attempt < 6 && ctx.pool.length > 0; attempt++) {
    const item = ctx.random.pick(ctx.pool);
    if (item.origin !== ctx.template && !ctx.used.has(item.title)) {
      ctx.used.add(item.title);
      return item;
    }
  }
  return null;
}

/** The run's items: up to 30 % dropped, up to two pool items added, then ordered. */
function recombine(run: RunSegment, ctx: RunContext): Entry[] {
  const { random } = ctx;
  const own = run.items.map((lines) => ({ lines, day: run.itemKind === 'dated' ? dayOfDatedLine(lines[0]!, ctx.anchor) : null }));
  const dropped = new Set(random.shuffled(own.map((_, i) => i)).slice(0, random.int(0, Math.floor(own.length * 0.3))));
  const entries = own.filter((_, i) => !dropped.has(i));
  const additions = random.chance(0.4) ? (random.chance(0.3) ? 2 : 1) : 0;
  for (let k = 0; k < additions; k++) {
    const item = pickPoolItem(ctx);
    if (item) entries.push(entryFor(run, item, ctx));
  }
  if (run.itemKind !== 'dated') return random.shuffled(entries);
  // Array.prototype.sort is stable: items of one day keep their order.
  return entries.sort((a, b) => (a.day ?? 0) - (b.day ?? 0));
}

/** Numbers the items 1, 2, 3 … from the run's first number, in their new order. */
function renumber(run: RunSegment, entries: readonly Entry[]): string[][] {
  if (run.itemKind !== 'numbered') return entries.map((entry) => entry.lines);
  const first = Number(NUMBERED_START.exec(run.model)?.groups?.['n'] ?? 1);
  return entries.map((entry, k) => {
    const [head = '', ...rest] = entry.lines;
    const numbered = head.replace(NUMBERED_START, (...args: unknown[]) => {
      const g = args.at(-1) as Record<string, string>;
      return `${g['lead']}${g['open']}${first + k}${g['close']}${g['space']}`;
    });
    return [numbered, ...rest];
  });
}

/** The run's lines for one report. */
export function renderRun(run: RunSegment, ctx: RunContext): string[] {
  const items = renumber(run, recombine(run, ctx));
  const lines: string[] = [];
  items.forEach((item, k) => {
    if (k > 0) lines.push(...Array<string>(run.gaps[(k - 1) % Math.max(1, run.gaps.length)] ?? 1).fill(''));
    lines.push(...item);
  });
  return lines;
}
