/**
 * Marks in a flattened report's body that start a line: the TOC's entries and their recurrence as
 * headings and captions, template tags, bullets, heading and item numbers (guarded against amounts
 * and dates, and required to continue the report's numbering where no boundary precedes them),
 * captions and source lines; and the chart residue dropped from the text.
 */
import { atBoundary, cut, isClosed } from './cuts.ts';
import type { Cuts } from './cuts.ts';
import {
  ARABIC_NUMBER,
  ARABIC_NUMBER_AT,
  BULLET,
  CAPTION,
  CHINESE_HEADING,
  LIST_ITEM,
  MAX_SOURCE_LENGTH,
  SOURCE,
  SOURCE_MORE,
  SOURCE_NOTE,
  SOURCE_UNIT,
  TEMPLATE_TAG,
  UNIT_AFTER,
  endsSentence,
} from './markers.ts';
import { axisRuns, isLegend } from './noise.ts';
import type { TocBlock } from './toc.ts';
import { recurringEntries } from './toc.ts';

/** Section and item numbers are small: `7.81` in a data table is an amount. */
const MAX_SECTION_NUMBER = 30;
/** A caption's closing units clause: `（单位：瓶）`, `（亿元，%）`, `（EPS单位：元/股；PE单位：倍）`. */
const CAPTION_UNITS = /[（(][^（）()]{0,40}?(?:单位|%|元|亿|万|倍|吨|个|家|人|次|辆|台)[^（）()]{0,40}[）)]/u;
const MAX_CAPTION_LENGTH = 80;
/** A heading ends at the first blank after a CJK character, this close to its number (spaced texts). */
const MAX_SPACED_HEADING = 30;

/** TOC and figure-list entries as lines; the recurring TOC entries cut the body. */
export function tocCuts(layout: Cuts, blocks: readonly TocBlock[]): void {
  for (const block of blocks) {
    cut(layout, block.label.start, 'toc');
    layout.cuts.set(block.label.end, 'toc');
    for (const entry of block.entries) {
      layout.cuts.set(entry.start, 'toc');
      layout.cuts.set(entry.end, 'toc');
      // The page number as a TOC line ends in it (`-3-` → `3`), so the structure stage reads the entry.
      // An entry printed without leaders (its page run into the next entry) gets the usual ones.
      layout.rewrites.set(entry.start, entry.page === null ? entry.title : `${entry.title}${entry.leaders || '……'}${entry.page}`);
    }
    cut(layout, block.end, 'text');
    layout.closed.push({ start: block.label.start, end: block.end });
  }
  // Headings and captions recur after the TOC (a figure list may come at the end, after the body).
  const after = blocks[0]?.end ?? 0;
  for (const block of blocks) {
    const inBlock = (at: number) => layout.closed.some((range) => at >= range.start && at < range.end);
    for (const found of recurringEntries(layout.text, block.entries, after, inBlock)) {
      cut(layout, found.start, block.kind === 'toc' ? 'section' : 'caption');
      cut(layout, found.end, 'text');
    }
  }
}

export function tagCuts(layout: Cuts): void {
  for (const match of layout.text.matchAll(TEMPLATE_TAG)) {
    const end = match.index + match[0].length;
    layout.drops.push({ start: match.index, end });
    // A variable filled in inside a field (`推荐(＃investSuggestionChange＃维持）`) leaves the field whole.
    if (inOpenBracket(layout.text, match.index)) continue;
    layout.tags.set(end, match[0]);
    cut(layout, match.index, 'tag');
    cut(layout, end, 'tag');
  }
}

/** Whether `at` is inside a bracket opened just before it. */
export function inOpenBracket(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 8), at);
  const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
  return open >= 0 && !/[）)]/u.test(before.slice(open));
}

export function bulletCuts(layout: Cuts): void {
  for (const match of layout.text.matchAll(BULLET)) cut(layout, match.index, 'bullet');
}

/** Heading numbers that continue the numbering seen so far (`1` → `1.1` → `1.2` → `2`), or restart it. */
function continues(numbers: readonly number[], last: readonly number[]): boolean {
  if (numbers.length === 1 && numbers[0] === 1) return true;
  const parent = numbers.slice(0, -1);
  const k = numbers.at(-1)!;
  const sameParent = parent.every((n, i) => last[i] === n);
  if (sameParent && (k === 1 ? last.length >= parent.length : last[parent.length] === k - 1)) return true;
  return parent.length > 0 && k === 1 && parent.length <= last.length && parent.every((n, i) => n === last[i]);
}

export function headingCuts(layout: Cuts, seams: readonly number[]): void {
  const { text } = layout;
  for (const match of text.matchAll(CHINESE_HEADING)) if (atBoundary(layout, match.index)) cut(layout, match.index, 'heading');
  let last: number[] = [];
  for (const { at, whole, top, dotted, mark, seam } of numberCandidates(layout, seams)) {
    if (UNIT_AFTER.test(text.slice(at + whole.length).trimStart()) || isClosed(layout, at)) continue;
    const numbers = [top, ...dotted.split(/[.．]/u).filter(Boolean)].map(Number);
    if (numbers.some((n) => n > MAX_SECTION_NUMBER)) continue;
    const boundary = seam || atBoundary(layout, at);
    const before = text.slice(Math.max(0, at - 4), at);
    // A bare number (`1行情回顾`) needs a sentence end before it (a blank is not enough: `如图表 1
    // 所示`) and the numbering; a dotted or marked one either (`全年1.1海内外` continues 1).
    const bare = mark === '' && numbers.length === 1;
    const bareBoundary = bare && (seam || endsSentence(before) || layout.cuts.has(at) || at === 0);
    if (bare ? !(bareBoundary && continues(numbers, last)) : !(boundary || continues(numbers, last))) continue;
    const kind = bare || (numbers.length === 1 && mark === '、') ? 'item' : 'heading';
    cut(layout, at, kind);
    if (kind === 'heading') headingEnd(layout, at + whole.length);
    last = numbers;
  }
  // A list item follows a clause end (`包括：1）…；2）…`), never a word (`苹果APU（A10）`).
  for (const match of text.matchAll(LIST_ITEM)) {
    if (layout.cuts.has(match.index) || /[。！？；;：:]$/u.test(text.slice(match.index - 1, match.index))) cut(layout, match.index, 'item');
  }
}

/** A heading or item number found in the text. */
interface NumberMark {
  at: number;
  whole: string;
  top: string;
  dotted: string;
  mark: string;
  /** Found at a seam (page break, dropped residue), where the pattern's look-behind cannot see the boundary. */
  seam: boolean;
}

/** Number marks from the pattern, and at each seam. */
function numberCandidates(layout: Cuts, seams: readonly number[]): NumberMark[] {
  const found = new Map<number, NumberMark>();
  const add = (match: RegExpMatchArray, at: number, seam: boolean) => {
    const [whole, top, dotted, mark] = match as unknown as [string, string, string, string];
    found.set(at, { at, whole, top, dotted, mark, seam });
  };
  for (const match of layout.text.matchAll(ARABIC_NUMBER)) add(match, match.index, false);
  for (const at of [...seams, ...layout.drops.map((d) => d.end)]) {
    ARABIC_NUMBER_AT.lastIndex = at;
    const match = ARABIC_NUMBER_AT.exec(layout.text);
    if (match) add(match, at, true);
  }
  return [...found.values()].sort((a, b) => a.at - b.at);
}

/**
 * A numbered heading without a TOC to end it runs into its paragraph; where the paragraph opens with
 * a year (`2.白蛋白2020年1-7月，…`) or a list item (`…披露概况1）白蛋白：…`), the heading ends before it.
 */
function headingEnd(layout: Cuts, from: number): void {
  const head = layout.text.slice(from, from + MAX_SPACED_HEADING);
  const opener = /(?<=[\p{Script=Han}）)])(?:20\d{2}(?:年|[-/.]\d)|\d{1,2}[)）])/u.exec(head);
  if (opener && opener.index >= 2 && !/[。！？；，,：:]/u.test(head.slice(0, opener.index))) cut(layout, from + opener.index, 'text');
}

/** Where a source line ends: the research unit or note that closes it, and any source listed after it. */
function sourceEnd(text: string, at: number, prefix: number): number | null {
  const window = text.slice(at + prefix, at + MAX_SOURCE_LENGTH);
  const next = window.search(/(?:资料|数据)?来源\s?[：:]/u);
  const bounded = next < 0 ? window : window.slice(0, next);
  const end = SOURCE_UNIT.exec(bounded) ?? SOURCE_NOTE.exec(bounded);
  if (!end) return null;
  let stop = end.index + end[0].length;
  for (let more = SOURCE_MORE.exec(bounded.slice(stop)); more; more = SOURCE_MORE.exec(bounded.slice(stop))) stop += more[0].length;
  return at + prefix + stop;
}

/** Captions and sources: a line starts before each, and a source line ends where its source does. */
export function captionCuts(layout: Cuts): void {
  const { text } = layout;
  for (const match of text.matchAll(CAPTION)) {
    cut(layout, match.index, 'caption');
    // A caption without a figure list to end it ends after its units (`（单位：瓶）`), before its table.
    const units = CAPTION_UNITS.exec(text.slice(match.index, match.index + MAX_CAPTION_LENGTH));
    if (units) cut(layout, match.index + units.index + units[0].length, 'text');
  }
  for (const match of text.matchAll(SOURCE)) {
    cut(layout, match.index, 'source');
    const end = sourceEnd(text, match.index, match[0].length);
    if (end !== null) cut(layout, end, 'text');
  }
}

/** Chart residue is dropped; a legend between it and a page break goes with it. */
export function noiseDrops(layout: Cuts, breaks: readonly number[]): void {
  const runs = axisRuns(layout.text, 0, layout.text.length).filter((run) => !isClosed(layout, run.start));
  for (const [k, run] of runs.entries()) {
    layout.drops.push(run);
    // Only between an axis and the next axis or page break: the end of the text is no such edge.
    const next = Math.min(runs[k + 1]?.start ?? Infinity, breaks.find((b) => b >= run.end) ?? Infinity);
    if (next - run.end <= 40 && isLegend(layout.text.slice(run.end, next))) layout.drops.push({ start: run.end, end: next });
  }
}

/** A page break cuts when the page before ended a sentence or a caption, source or title-page field. */
export function breakCuts(layout: Cuts, breaks: readonly number[]): void {
  for (const at of breaks) {
    const before = keptBefore(layout, at, 4);
    const last = Math.max(-1, ...[...layout.cuts].filter(([p, kind]) => p < at && kind !== 'text').map(([p]) => p));
    const kind = layout.cuts.get(last);
    if (endsSentence(before) || ((kind === 'caption' || kind === 'source' || kind === 'label' || kind === 'tag') && at - last <= 80)) cut(layout, at, 'break');
  }
}

/** The last `n` characters before `at` that are not dropped (chart residue before a page break is not its text). */
function keptBefore(layout: Cuts, at: number, n: number): string {
  let end = at;
  let out = '';
  while (end > 0 && out.length < n) {
    const drop = layout.drops.find((d) => d.start < end && d.end >= end);
    if (drop) {
      end = drop.start;
      continue;
    }
    out = layout.text[end - 1]! + out;
    end -= 1;
  }
  return out;
}

/**
 * In a text that kept its blanks, a heading or label runs into its paragraph after one: `1.1、价格跟踪
 * 本周…` → `1.1、价格跟踪` / `本周…`. The heading ends at the first blank after a CJK character.
 */
export function spacedHeadingCuts(layout: Cuts): void {
  const { text } = layout;
  const starts = [...layout.cuts.keys()].sort((a, b) => a - b);
  starts.forEach((at, k) => {
    const kind = layout.cuts.get(at);
    if (kind !== 'heading' && kind !== 'section' && kind !== 'summary' && kind !== 'risk' && kind !== 'item') return;
    const head = text.slice(at, Math.min(at + MAX_SPACED_HEADING, starts[k + 1] ?? text.length));
    const blank = /(?<=[\p{Script=Han}）)])\s+(?=\S)/u.exec(head);
    if (blank && !/[。！？；]/u.test(head.slice(0, blank.index))) cut(layout, at + blank.index + blank[0].length, 'text');
  });
}
