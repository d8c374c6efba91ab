/**
 * Page markers: the printed page numbers of a flattened report (`3/35`, `第3页共22页`, `第1页/共22页`,
 * `Page3`, `P.3`, `3of33`). Each style is a family; a family counts as page markers only when
 * its numbers count up through the text (and, with a page count, the count stays the same), so a
 * ratio such as `1/3` or a range such as `3-5-` in a sentence is left alone.
 */
import type { FurnitureSpan } from './furniture.ts';

/** Share of successive occurrences whose number is one or two more than the one before: a page counter. */
const COUNTING_SHARE = 0.6;

interface MarkerFamily {
  pattern: RegExp;
  /** Whether the pattern captures a page count in group 2 (then every match must print the same one). */
  hasTotal: boolean;
}

const FAMILIES: readonly MarkerFamily[] = [
  { pattern: /第(\d{1,3})页\s*[/／,，]?\s*共(\d{1,3})页/gu, hasTotal: true },
  { pattern: /(?<![\d./])(\d{1,3})\s*[/／]\s*(\d{1,3})(?![\d/%])/gu, hasTotal: true },
  { pattern: /(?<!\d)(\d{1,3})\s*of\s*(\d{1,3})(?!\d)/giu, hasTotal: true },
  { pattern: /第(\d{1,3})页(?!\s*[/／,，]?\s*共)/gu, hasTotal: false },
  { pattern: /(?<![A-Za-z])Page\s*(\d{1,3})(?!\d)/gu, hasTotal: false },
  { pattern: /(?<![A-Za-z])P\.?(\d{1,3})(?![\d.])/gu, hasTotal: false },
];

/** A page number read from a run of digits: its value and where in the run it is printed. */
export interface PageReading {
  value: number;
  /** Offsets within the run: the page number's digits are run.slice(from, to). */
  from: number;
  to: number;
}

/**
 * Where a neighbour's digits can have run into the page number: before it (the page number opens
 * the furniture), after it (it closes the furniture), or either (a varying number sits beside it).
 */
export type FusedSide = 'before' | 'after' | 'either';

/** Longest page number, in digits. */
const MAX_PAGE_DIGITS = 3;

/** Every way to read a page number from a digit run: the run itself, or digits fused with a neighbour's at either end. */
function readings(run: string): PageReading[] {
  const out: PageReading[] = [];
  for (let n = 1; n <= Math.min(MAX_PAGE_DIGITS, run.length); n += 1) {
    out.push({ value: Number(run.slice(0, n)), from: 0, to: n }, { value: Number(run.slice(-n)), from: run.length - n, to: run.length });
  }
  // The whole run first: on a tie the chain keeps the reading that needs no fused neighbour.
  out.sort((a, b) => b.to - b.from - (a.to - a.from));
  return out.filter((r) => r.value > 0 && !run.slice(r.from, r.to).startsWith('0'));
}

/** Largest gap between the page numbers of two furniture runs, per run between them (pages without furniture). */
const MAX_STEP = 3;
const STEP_BONUS = 0.5;
const EXACT_BONUS = 0.1;

/**
 * Reads digit runs, in text order, as page numbers that count up, even when a neighbour's digits
 * ran into one (a TOC's page 57 before page 4: `574`; page 6 before a heading `1、`: `61`): of every
 * way to read each run, the reading chosen is the one that continues the longest counting chain
 * (each page one to three more than the one before). Runs off the chain read as null. Returns null
 * when too few runs count up.
 */
export function readPageCounter(runs: readonly string[], side: FusedSide = 'either'): (PageReading | null)[] | null {
  if (runs.length < 3) return null;
  const options = runs.map((run) => readings(run).filter((r) => (side === 'before' ? r.to === run.length : side === 'after' ? r.from === 0 : true)));
  // best[i][c]: the best chain ending with reading c of run i, and where it came from. A chain
  // scores one per step, a little more for a step of exactly one page per run and for a reading
  // that needs no fused neighbour, so the simplest of equally long chains wins.
  const best = options.map((list) => list.map((_, c) => ({ length: 0, score: c === 0 ? EXACT_BONUS : 0, from: null as [number, number] | null })));
  let end: [number, number] | null = null;
  for (let i = 0; i < runs.length; i += 1) {
    options[i]!.forEach((reading, c) => {
      for (let j = 0; j < i; j += 1) {
        options[j]!.forEach((earlier, d) => {
          const step = reading.value - earlier.value;
          if (step < 1 || step > MAX_STEP * (i - j)) return;
          const score = best[j]![d]!.score + 1 + (step === i - j ? STEP_BONUS : 0) + (c === 0 ? EXACT_BONUS : 0);
          if (score > best[i]![c]!.score) best[i]![c] = { length: best[j]![d]!.length + 1, score, from: [j, d] };
        });
      }
      if (!end || best[i]![c]!.score > best[end[0]]![end[1]]!.score) end = [i, c];
    });
  }
  if (!end || best[end[0]]![end[1]]!.length < COUNTING_SHARE * (runs.length - 1)) return null;
  const read: (PageReading | null)[] = runs.map(() => null);
  for (let at: [number, number] | null = end; at; at = best[at[0]]![at[1]]!.from) read[at[0]] = options[at[0]]![at[1]]!;
  return read;
}

/** Whether numbers, in text order, count up like page numbers. */
export function countsUp(values: readonly number[]): boolean {
  return readPageCounter(values.map(String)) !== null;
}

/** The most frequent value. */
function mode(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Spans of one family's markers, when they behave like page numbers; [] otherwise. */
function familySpans(text: string, family: MarkerFamily): FurnitureSpan[] {
  // A number after dot leaders is a TOC entry's page, not a printed page marker.
  let matches = [...text.matchAll(family.pattern)].filter((m) => !/[.…·]$/u.test(text.slice(Math.max(0, m.index - 1), m.index)));
  if (family.hasTotal) {
    const total = mode(matches.map((m) => m[2]!));
    matches = matches.filter((m) => m[2] === total && Number(m[1]) <= Number(total));
  }
  if (!countsUp(matches.map((m) => Number(m[1])))) return [];
  return matches.map((m): FurnitureSpan => {
    const digits = m.index + m[0].indexOf(m[1]!);
    const number = { value: Number(m[1]), start: digits, end: digits + m[1]!.length };
    return { start: m.index, end: m.index + m[0].length, number, weight: matches.length };
  });
}

/** Every page marker of every family that counts up through the text. */
export function pageMarkerSpans(text: string): FurnitureSpan[] {
  return FAMILIES.flatMap((family) => familySpans(text, family));
}
