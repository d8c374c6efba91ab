/**
 * A template's body cut into what can vary and what stays: tables (pipe or tab rows), runs of
 * sibling items (numbered `1)` / `（1）` items, dated `5月7日，` paragraphs, `●` bullet blocks) and
 * static lines in between. Items are taken only where their extent is clear: a numbered or
 * dated item ends at the line that closes its sentence (a hard-wrapped one at such a line followed
 * by a shorter one), a bullet block at the next bullet or heading. An item that runs into a
 * heading, caption or table without closing its sentence ends the run, and a lone item is no run
 * (unless it sits under an event label such as 【公司公告】): what is unclear stays static.
 */
import { displayWidth } from '../../../../src/converter/parse/metadata/lines.ts';

export interface StaticSegment {
  kind: 'static';
  lines: string[];
}

export interface TableSegment {
  kind: 'table';
  /** Header rows (and a pipe table's separator row). */
  head: string[];
  rows: string[];
  /** Data rows may be sampled: a real table of more than a dozen rows, not a table of contents. */
  sampleable: boolean;
}

export type ItemKind = 'numbered' | 'dated' | 'bullet';

export interface RunSegment {
  kind: 'run';
  itemKind: ItemKind;
  /** Each item's lines (blank lines inside an item kept, none at its end). */
  items: string[][];
  /** Blank lines between item k and k+1 in the template. */
  gaps: number[];
  /** The first item's first line: its prefix is the style new items copy. */
  model: string;
  /** Hard-wrapped items: the line width and blank lines between wrapped lines; null for one-line items. */
  wrap: { width: number; innerGap: number } | null;
}

export type Segment = StaticSegment | TableSegment | RunSegment;

export const NUMBERED_START = /^(?<lead>\s*(?:[-•●■▪]\s*)?)(?<open>[（(]?)(?<n>\d{1,2})(?<close>[)）])(?<space>\s*)(?=\S)/u;
export const DATED_START =
  /^(?<lead>(?:当地时间\s*)?)(?<m>\d{1,2})(?<sa>\s*)月\s*(?<d>\d{1,2})\s*日(?:晚间?|早间?|上午|下午|凌晨|中午)?\s*[，,]\s*/u;
export const BULLET_START = /^(?<lead>\s*[●•]\s*)(?<bold>\*\*)?(?<text>[^*].*?)(?:\*\*)?\s*$|^(?<dash>\s*-\s*)\*\*(?<dtext>[^*]{2,120})\*\*\s*$/u;
const EVENT_LABEL = /^\s*(?:\*\*)?【[^】]*(?:事件|公告|新闻|动态|要闻|跟踪|资讯)[^】]*】(?:\*\*)?\s*$/u;
/** Lines an item never runs past: headings, category lines, captions, sources, tables, labels. */
const BOUNDARY =
  /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.、．]?\s*[^\s\d月日年号%.,].{0,40}$|图表|图\s*\d|表\s*\d|(?:资料|数据)?来源|\||(?:\*\*)?【|[一二三四五六七八九十]+、)/u;
const SENTENCE_CLOSED = /[。！？!?)）」”]\s*$/u;
const PIPE_ROW = /^\s*\|/;
const PIPE_SEPARATOR = /^\s*\|[\s\-:|]+\|?\s*$/;

const isBlank = (line: string): boolean => line.trim() === '';
const tabCount = (line: string): number => line.split('\t').length - 1;
const isBoundary = (line: string): boolean => BOUNDARY.test(line) || line.includes('\t');

export function itemKindOf(line: string): ItemKind | null {
  if (NUMBERED_START.test(line)) return 'numbered';
  if (DATED_START.test(line)) return 'dated';
  if (BULLET_START.test(line)) return 'bullet';
  return null;
}

/** Numbered items of one list share their prefix (`- 1)` and `（2）` are different lists). */
function numberingStyle(line: string): string {
  const g = NUMBERED_START.exec(line)?.groups;
  return g ? `${g['lead']!.trim()}${g['open']}${g['close']}` : '';
}

function sameList(kind: ItemKind, first: string, line: string): boolean {
  return itemKindOf(line) === kind && (kind !== 'numbered' || numberingStyle(first) === numberingStyle(line));
}

/**
 * End (exclusive) of the item starting at `start`, or -1 when it never closes its sentence. After
 * a line that closes a sentence, only a full-width line continues a hard-wrapped item: a shorter
 * one is a heading or a new paragraph.
 */
function itemEnd(lines: readonly string[], start: number, kind: ItemKind): number {
  let last = start;
  let width = displayWidth(lines[start]!);
  for (let i = start + 1; i < lines.length && i - start < 80; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    // A bullet block's paragraphs may open with a date or a number; only the next bullet ends it.
    const nextItem = kind === 'bullet' ? BULLET_START.test(line) : itemKindOf(line) !== null;
    if (nextItem || isBoundary(line)) break;
    if (kind !== 'bullet' && SENTENCE_CLOSED.test(lines[last]!) && displayWidth(line) < width * 0.9) break;
    last = i;
    width = Math.max(width, displayWidth(line));
  }
  if (kind !== 'bullet' && !SENTENCE_CLOSED.test(lines[last]!)) return -1;
  return last + 1;
}

function nextNonBlank(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && isBlank(lines[i]!)) i++;
  return i;
}

function previousNonBlank(lines: readonly string[], before: number): string | null {
  for (let i = before - 1; i >= 0; i--) if (!isBlank(lines[i]!)) return lines[i]!;
  return null;
}

/** Hard-wrapped items (most span several lines): the wrap width and the blank lines between wrapped lines. */
function wrapStyle(kind: ItemKind, items: readonly string[][]): RunSegment['wrap'] {
  const wrapped = items.filter((item) => item.filter((line) => !isBlank(line)).length > 1);
  if (kind === 'bullet' || wrapped.length * 2 <= items.length) return null;
  const widths = wrapped.flatMap((item) => item.slice(0, -1).filter((line) => !isBlank(line)).map(displayWidth));
  const first = wrapped[0]!;
  const innerGap = first.findIndex((line, i) => i > 0 && !isBlank(line)) - 1;
  return { width: Math.max(20, Math.round(Math.max(...widths))), innerGap: Math.max(0, innerGap) };
}

/** The run of sibling items starting at `start`, and where it ends; null when there is none. */
function readRun(lines: readonly string[], start: number): { run: RunSegment; end: number } | null {
  const kind = itemKindOf(lines[start]!);
  if (!kind) return null;
  const items: string[][] = [];
  const gaps: number[] = [];
  let at = start;
  let end = start;
  for (;;) {
    const stop = itemEnd(lines, at, kind);
    if (stop < 0) break;
    items.push(lines.slice(at, stop));
    end = stop;
    const next = nextNonBlank(lines, stop);
    if (next >= lines.length || !sameList(kind, lines[start]!, lines[next]!)) break;
    gaps.push(next - stop);
    at = next;
  }
  const labelled = kind === 'numbered' && EVENT_LABEL.test(previousNonBlank(lines, start) ?? '');
  if (items.length < 2 && !(items.length === 1 && labelled)) return null;
  return { run: { kind: 'run', itemKind: kind, items, gaps, model: lines[start]!, wrap: wrapStyle(kind, items) }, end };
}

function isTocRow(row: string): boolean {
  const cells = row.split(/\||\t/).map((cell) => cell.trim()).filter((cell) => cell !== '');
  return /^\d{1,3}$/.test(cells.at(-1) ?? '');
}

/** A table: consecutive pipe rows, or consecutive rows of three or more tab-separated cells. */
function readTable(lines: readonly string[], start: number): { table: TableSegment; end: number } | null {
  const pipe = PIPE_ROW.test(lines[start]!);
  if (!pipe && tabCount(lines[start]!) < 2) return null;
  const belongs = pipe ? (line: string) => PIPE_ROW.test(line) : (line: string) => tabCount(line) >= 2;
  let end = start;
  while (end < lines.length && belongs(lines[end]!)) end++;
  const block = lines.slice(start, end);
  let headLength = pipe ? (PIPE_SEPARATOR.test(block[1] ?? '') ? 2 : 1) : 0;
  if (!pipe) while (headLength < block.length && !/\t[-+]?\d/.test(block[headLength]!)) headLength++;
  const rows = block.slice(headLength);
  const toc = rows.filter(isTocRow).length >= rows.length * 0.8;
  return { table: { kind: 'table', head: block.slice(0, headLength), rows, sampleable: rows.length > 12 && !toc }, end };
}

/** The body lines as segments, in order; their lines concatenated are the body again. */
export function segmentBody(lines: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) segments.push({ kind: 'static', lines: pending });
    pending = [];
  };
  let i = 0;
  while (i < lines.length) {
    const found = readTable(lines, i) ?? readRunAt(lines, i);
    if (!found) {
      pending.push(lines[i]!);
      i++;
      continue;
    }
    flush();
    segments.push('table' in found ? found.table : found.run);
    i = found.end;
  }
  flush();
  return segments;
}

function readRunAt(lines: readonly string[], i: number): { run: RunSegment; end: number } | null {
  return isBlank(lines[i]!) ? null : readRun(lines, i);
}
