/**
 * Page furniture of a flattened report: the running header and footer printed on every page (a
 * disclaimer pointer, the broker's URL or motto, the report's short title, the page number), and
 * where each one sits in the text.
 *
 * Three kinds of evidence, none tied to one broker's wording:
 * - repetition: a string that recurs through the text (digits masked, see repetition.ts) is furniture
 *   when it carries a disclaimer pointer or a number that counts up from one occurrence to the next
 *   (the page number);
 * - the disclaimer pointer alone (请务必阅读正文之后的免责声明 …), wherever it appears, since it is
 *   never the report's own text;
 * - page markers (`3/35`, `第3页共22页`, `Page3`, `3of33`) whose numbers count up through the text.
 */
import { anchoredMatches } from '../../text/anchored-matches.ts';
import { pageMarkerSpans, readPageCounter } from './page-markers.ts';
import type { FusedSide, PageReading } from './page-markers.ts';
import { MAX_REPEATED_TEXT, maskDigits, recurringClusters } from './repetition.ts';
import type { Cluster, MaskedText } from './repetition.ts';

/** A run of furniture in the text, [start, end), and where its page number is printed, if it has one. */
export interface FurnitureSpan {
  start: number;
  end: number;
  /** The page number it prints: its value and its digits [start, end) in the text. */
  number: { value: number; start: number; end: number } | null;
  /** How many pages printed the furniture this span was found as (the page number of the most printed wins a merge). */
  weight: number;
}

/**
 * A disclaimer pointer: an imperative to read (请务必阅读 / 敬请参阅 / 谨请参阅 / 请参考 …) followed, within
 * a short clause, by what to read (声明, 条款, 披露, 说明, 评级标准), possibly chained (信息披露和重要声明),
 * or a notice that the statements are on the last page (各项声明请参见报告尾页).
 */
export const DISCLAIMER_POINTER = new RegExp(
  [
    '(?:请务必|敬请|谨请|务请|请)(?:仔细)?(?:阅读|参阅|参见|参考|查阅)[^。，,；]{0,40}?(?:声明|条款|披露|说明|标准)',
    '(?:[和与及、][^。，,；]{0,16}?(?:声明|条款|披露|说明|标准))*(?:部分)?[。.]?',
    '|[^。，,；]{0,8}声明请(?:参[阅见考]|阅读|见)[^。，,；]{0,12}?(?:尾页|末页|最后一页|最后部分|文末)[。.]?',
  ].join(''),
  'gu',
);
const MIN_POINTER_LENGTH = 6;
/**
 * Every pointer holds 请, at most this many code units after its start: 敬请 …, or up to eight
 * characters (a surrogate pair each at worst) and 声明 before 声明请.
 */
const POINTER_ANCHOR_LEAD = 18;

/** A counter without a disclaimer pointer must run through this share of the text, on this many pages. */
const COUNTER_SPREAD = 0.5;
const COUNTER_MIN_PAGES = 4;
/** A smaller cluster than this share of the largest furniture is left out. */
const MINOR_CLUSTER_SHARE = 0.4;
/** A cluster with this share of its occurrences inside furniture already found is a part of that furniture. */
const EXTENSION_SHARE = 0.5;
/** Share of pages that must print the same number for it to be part of the furniture (a date, a page count). */
const CONSTANT_SHARE = 0.75;
/** A masked `#` in one of these contexts is a date, an amount or a caption number, never a page number. */
const NOT_A_PAGE_BEFORE = /(?:图表?|表|附图|附表|#[.,:：~～]?)$/u;
const NOT_A_PAGE_AFTER = /^(?:[年月日期%‰倍亿万元家个只款项条号周天次]|[.,:：]#)/u;

/** One cluster's furniture occurrences, in masked coordinates, and the consensus slot of its page number. */
interface Accepted {
  cluster: Cluster;
  slot: number | null;
  /** The page number each member prints at the slot, by member index. */
  readings: ReadonlyMap<number, PageReading>;
  /** Indexes of the occurrences that are furniture. */
  members: number[];
}

/** The number a masked `#` at `index` stands for. */
function digitsAt(text: string, mask: MaskedText, index: number): string {
  return text.slice(mask.offsets[index]!, mask.offsets[index + 1]!);
}

/** Positions in the consensus of `#`s that may be page numbers by their context. */
function pageNumberSlots(consensus: string): number[] {
  const slots: number[] = [];
  for (let j = 0; j < consensus.length; j += 1) {
    if (consensus[j] !== '#') continue;
    if (NOT_A_PAGE_BEFORE.test(consensus.slice(Math.max(0, j - 2), j)) || NOT_A_PAGE_AFTER.test(consensus.slice(j + 1, j + 3))) continue;
    slots.push(j);
  }
  return slots;
}

/** Whether an occurrence covers consensus position `j`. */
function covers(occurrence: Cluster['occurrences'][number], j: number): boolean {
  return occurrence.from <= j && occurrence.to > j;
}

/** The consensus slot of a cluster's page number and each printing occurrence's reading of it, or null. */
function pageCounter(text: string, mask: MaskedText, cluster: Cluster): { slot: number; readings: Map<number, PageReading> } | null {
  let found: { slot: number; readings: Map<number, PageReading> } | null = null;
  for (const slot of pageNumberSlots(cluster.consensus)) {
    const members = cluster.occurrences.flatMap((occurrence, k) => (covers(occurrence, slot) ? [k] : []));
    const runs = members.map((k) => digitsAt(text, mask, cluster.occurrences[k]!.start + slot - cluster.occurrences[k]!.from));
    const read = readPageCounter(runs, fusedSide(cluster.consensus, slot));
    if (!read) continue;
    const readings = new Map<number, PageReading>();
    members.forEach((k, i) => {
      if (read[i]) readings.set(k, read[i]);
    });
    // Of several counting numbers (a page number and a TOC's page before it), the one read on most pages.
    if (!found || readings.size > found.readings.size) found = { slot, readings };
  }
  return found;
}

/** A page number that opens the furniture can carry the text's digits before it; one that closes it, after it. */
function fusedSide(consensus: string, slot: number): FusedSide {
  if (/^[-－(（\[【]*$/u.test(consensus.slice(0, slot))) return 'before';
  if (/^[-－)）\]】]*$/u.test(consensus.slice(slot + 1))) return 'after';
  return 'either';
}

/** The consensus range of the first disclaimer pointer a cluster carries, or null. */
function pointerIn(consensus: string): { from: number; to: number } | null {
  for (const match of consensus.matchAll(DISCLAIMER_POINTER)) {
    if (match[0].length >= MIN_POINTER_LENGTH) return { from: match.index, to: match.index + match[0].length };
  }
  return null;
}

/** Whether occurrences spread through the text (first to last at least `share` of its length). */
function spreads(cluster: Cluster, members: readonly number[], length: number, share: number): boolean {
  const starts = members.map((k) => cluster.occurrences[k]!.start);
  return starts.length > 0 && Math.max(...starts) - Math.min(...starts) >= share * length;
}

/** A cluster as furniture (the occurrences that carry its pointer or its page number), or null. */
function accept(text: string, mask: MaskedText, cluster: Cluster): Accepted | null {
  const pointer = pointerIn(cluster.consensus);
  const counter = pageCounter(text, mask, cluster);
  const byPointer = pointer ? cluster.occurrences.flatMap((o, k) => (o.from <= pointer.from && o.to >= pointer.to ? [k] : [])) : [];
  const byCounter = [...(counter?.readings.keys() ?? [])];
  const readings = counter?.readings ?? new Map<number, PageReading>();
  if (byPointer.length > 0) {
    const members = [...new Set([...byPointer, ...byCounter])].sort((a, b) => a - b);
    return { cluster, slot: counter?.slot ?? null, readings, members };
  }
  if (!counter || byCounter.length < COUNTER_MIN_PAGES || !spreads(cluster, byCounter, mask.masked.length, COUNTER_SPREAD)) return null;
  return { cluster, slot: counter.slot, readings, members: byCounter };
}

/** The digits each member prints at consensus position `j` (a `#`), by member index. */
function digitsAtSlot(text: string, mask: MaskedText, accepted: Accepted, j: number): Map<number, string> {
  const digits = new Map<number, string>();
  for (const k of accepted.members) {
    const occurrence = accepted.cluster.occurrences[k]!;
    if (covers(occurrence, j)) digits.set(k, digitsAt(text, mask, occurrence.start + j - occurrence.from));
  }
  return digits;
}

/**
 * The number most members print at a `#` when it is the same on most pages (a date, a page count),
 * else null. A neighbour's digits may run into it on some pages: `fits` says whether a longer run
 * still holds it (ends with it at the furniture's start, starts with it at its end).
 */
function constantDigits(values: ReadonlyMap<number, string>, fits: (run: string, value: string) => boolean): string | null {
  const counts = new Map<string, number>();
  for (const value of values.values()) counts.set(value, (counts.get(value) ?? 0) + 1);
  for (const [value] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3)) {
    const held = [...values.values()].filter((run) => fits(run, value)).length;
    if (held >= CONSTANT_SHARE * values.size) return value;
  }
  return null;
}

const endsWith = (run: string, value: string) => run.endsWith(value);
const startsWith = (run: string, value: string) => run.startsWith(value);

/**
 * Where the furniture starts and ends in the consensus: characters at the edges that are not
 * letters belong to the neighbours (the page number before it in a TOC, the full stop of the
 * sentence before it), unless they belong to the furniture: the page number, a number printed the
 * same on every page (the date of a running footer, a page count), the dash or bracket around them.
 */
function trimmedRange(text: string, mask: MaskedText, accepted: Accepted): { from: number; to: number } {
  const { consensus } = accepted.cluster;
  const keeps = (j: number, fits: typeof endsWith) => j === accepted.slot || constantDigits(digitsAtSlot(text, mask, accepted, j), fits) !== null;
  let from = Math.max(0, consensus.search(/\p{L}/u));
  // Walk left over numbers printed the same on every page (or the page number) and what separates
  // them (`2021-03-28`, a download stamp `27616950/47054/2020072522:08`), then over the bracket or
  // dash that opens a marker (`-3-`, `[Table_Page]`).
  const kept = (j: number) => consensus[j] === '#' && keeps(j, endsWith);
  while (from > 0 && (kept(from - 1) || (/[-－/:：.]/u.test(consensus[from - 1]!) && from > 1 && kept(from - 2)))) from -= 1;
  if (from > 0 && /[-－(（\[【《<]/u.test(consensus[from - 1]!)) from -= 1;
  for (let j = from; j < consensus.length && !/\p{L}/u.test(consensus[j]!); j += 1) {
    if (consensus[j] === '#' && !keeps(j, endsWith)) from = j + 1;
  }
  let to = consensus.length;
  while (to > from && /[#\s]/u.test(consensus[to - 1]!) && !(consensus[to - 1] === '#' && keeps(to - 1, startsWith))) to -= 1;
  return { from, to };
}

/**
 * Digits of the neighbours that ran into a constant number at the furniture's edge: a TOC's page 30
 * before the footer's date (`302021-03-28`), the text's `52.8%` after a page count (`2/2752`).
 */
function fusedDigits(text: string, mask: MaskedText, accepted: Accepted, range: { from: number; to: number }): { head: Map<number, number>; tail: Map<number, number> } {
  const head = new Map<number, number>();
  const tail = new Map<number, number>();
  const { consensus } = accepted.cluster;
  const edges: [number, Map<number, number>, typeof endsWith][] = [
    [range.from, head, endsWith],
    [range.to - 1, tail, startsWith],
  ];
  for (const [j, extra, fits] of edges) {
    if (consensus[j] !== '#' || j === accepted.slot) continue;
    const values = digitsAtSlot(text, mask, accepted, j);
    const constant = constantDigits(values, fits);
    if (constant === null) continue;
    for (const [k, digits] of values) if (digits.length > constant.length && fits(digits, constant)) extra.set(k, digits.length - constant.length);
  }
  return { head, tail };
}

/** Furniture spans in text coordinates for an accepted cluster. */
function spansOf(text: string, mask: MaskedText, accepted: Accepted): FurnitureSpan[] {
  const { cluster, slot } = accepted;
  const range = trimmedRange(text, mask, accepted);
  const fused = fusedDigits(text, mask, accepted, range);
  return accepted.members.flatMap((k): FurnitureSpan[] => {
    const occurrence = cluster.occurrences[k]!;
    const from = Math.max(occurrence.from, range.from);
    const to = Math.min(occurrence.to, range.to);
    if (to <= from) return [];
    let start = mask.offsets[occurrence.start + from - occurrence.from]! + (from === range.from ? (fused.head.get(k) ?? 0) : 0);
    let end = mask.offsets[occurrence.start + to - occurrence.from]! - (to === range.to ? (fused.tail.get(k) ?? 0) : 0);
    const reading = accepted.readings.get(k);
    if (slot === null || !covers(occurrence, slot)) return [{ start, end, number: null, weight: accepted.members.length }];
    const run = mask.offsets[occurrence.start + slot - occurrence.from]!;
    if (!reading) {
      // No page number read here: digits at the furniture's edge are the neighbour's (the cover's date).
      const runEnd = mask.offsets[occurrence.start + slot - occurrence.from + 1]!;
      if (slot === to - 1) end = run;
      if (slot === from) start = runEnd;
      return end > start ? [{ start, end, number: null, weight: accepted.members.length }] : [];
    }
    const number = { value: reading.value, start: run + reading.from, end: run + reading.to };
    // Digits fused with the page number at the furniture's edge are the neighbour's text.
    if (slot === from) start = number.start;
    if (slot === to - 1) end = number.end;
    return [{ start, end, number, weight: accepted.members.length }];
  });
}

function overlaps(a: FurnitureSpan, b: FurnitureSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Furniture from repetition, largest cluster first. A cluster found mostly inside furniture already
 * taken (a part of the running header that recurs on its own too) only extends that furniture; a
 * cluster printed on far fewer pages than the largest is left out.
 */
function repeatedFurniture(text: string, mask: MaskedText): FurnitureSpan[] {
  const pointers = new Set(pointerSpans(text).map((span) => maskedOffset(mask, span.start)));
  const accepted = recurringClusters(mask.masked, pointers)
    .map((cluster) => accept(text, mask, cluster))
    .filter((a): a is Accepted => a !== null)
    .sort((a, b) => b.members.length - a.members.length);
  const largest = accepted[0]?.members.length ?? 0;
  const spans: FurnitureSpan[] = [];
  for (const cluster of accepted) {
    const own = spansOf(text, mask, cluster);
    // An extension that adds only digits or punctuation adds a neighbour's number (a TOC's page), not furniture.
    const inside = own.filter((span) => {
      const taken = spans.filter((other) => overlaps(other, span));
      const added = text.slice(span.start, Math.min(...taken.map((t) => t.start), span.end)) + text.slice(Math.max(...taken.map((t) => t.end), span.start), span.end);
      return taken.length > 0 && /\p{L}/u.test(added);
    });
    // A small cluster is what a few pages print beside their furniture (a chart's unit `（亿美元）`), not furniture.
    if (cluster.members.length < MINOR_CLUSTER_SHARE * largest) continue;
    spans.push(...(inside.length >= EXTENSION_SHARE * own.length ? inside : own));
  }
  return spans;
}

/** The masked offset of a text offset (binary search over the offsets). */
function maskedOffset(mask: MaskedText, at: number): number {
  let low = 0;
  let high = mask.offsets.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mask.offsets[mid]! < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Disclaimer pointers anywhere in the text (those outside any recurring string included). */
function pointerSpans(text: string): FurnitureSpan[] {
  return anchoredMatches(text, DISCLAIMER_POINTER, '请', POINTER_ANCHOR_LEAD)
    .filter((match) => match[0].length >= MIN_POINTER_LENGTH)
    .map((match) => ({ start: match.index, end: match.index + match[0].length, number: null, weight: 0 }));
}

/** An ASCII word or a bracketed template tag cut by a span's edge belongs to the text beside it. */
function withWholeWords(text: string, span: FurnitureSpan): FurnitureSpan {
  let { start, end } = span;
  const word = /[A-Za-z_]/;
  if (end < text.length && word.test(text[end]!) && end > start && (word.test(text[end - 1]!) || text[end - 1] === '[')) {
    while (end > start && (word.test(text[end - 1]!) || text[end - 1] === '[')) end -= 1;
  }
  return { ...span, start, end };
}

/** Overlapping or touching spans become one, with the page number of the most printed furniture among them. */
function mergeSpans(spans: readonly FurnitureSpan[]): FurnitureSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: FurnitureSpan[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      if (span.number && (!last.number || span.weight > last.weight)) {
        last.number = span.number;
        last.weight = span.weight;
      }
    } else merged.push({ ...span });
  }
  return merged;
}

/** Every run of page furniture in a flattened text, in text order. */
export function findFurniture(text: string): FurnitureSpan[] {
  const repeated = text.length <= MAX_REPEATED_TEXT ? repeatedFurniture(text, maskDigits(text)) : [];
  const spans = [...repeated, ...pointerSpans(text), ...pageMarkerSpans(text)];
  return mergeSpans(spans.map((span) => withWholeWords(text, span))).filter((span) => span.end > span.start);
}
