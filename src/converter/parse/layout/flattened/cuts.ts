/**
 * The cuts of a flattened text while it is being re-segmented: where each line starts and what
 * opened it, the ranges dropped (template tags, chart residue), and the TOC ranges in which only
 * the TOC's own cuts count. The rules that add cuts are in body-cuts.ts and masthead-cuts.ts.
 */
import { endsSentence } from './markers.ts';

/** Why a line starts at a cut; kept with the line for the zone rules. */
export type CutKind =
  | 'tag'
  | 'toc'
  | 'section'
  | 'heading'
  | 'item'
  | 'bullet'
  | 'caption'
  | 'source'
  | 'label'
  | 'masthead'
  | 'summary'
  | 'risk'
  | 'back'
  | 'break'
  | 'text';

/** The text being cut, and its cuts so far. */
export interface Cuts {
  text: string;
  cuts: Map<number, CutKind>;
  drops: { start: number; end: number }[];
  /** Template tags by the offset where each ends (the line after it is tagged with it). */
  tags: Map<number, string>;
  /** Ranges where only TOC cuts count (the TOC and figure lists). */
  closed: { start: number; end: number }[];
  /** Lines printed in a canonical form instead of as they stand: TOC entries (`title……page`). */
  rewrites: Map<number, string>;
}

export function newCuts(text: string): Cuts {
  return { text, cuts: new Map(), drops: [], tags: new Map(), closed: [], rewrites: new Map() };
}

export function isClosed(layout: Cuts, at: number): boolean {
  return layout.closed.some((range) => at > range.start && at < range.end);
}

/** Kinds a later, more specific mark at the same place replaces. */
const WEAK: ReadonlySet<CutKind> = new Set(['break', 'text']);

/** Adds a cut; a cut already there keeps its kind unless it is weak (a section heading and a summary label win). */
export function cut(layout: Cuts, at: number, kind: CutKind): void {
  if (at < 0 || at >= layout.text.length || isClosed(layout, at)) return;
  const existing = layout.cuts.get(at);
  if (!existing || WEAK.has(existing) || kind === 'section' || (kind === 'summary' && existing === 'label')) layout.cuts.set(at, kind);
}

/** Whether the text before `at` ends a sentence, a clause list or a field: a mark there may open a line. */
export function atBoundary(layout: Cuts, at: number): boolean {
  if (at === 0 || layout.cuts.has(at)) return true;
  const before = layout.text.slice(Math.max(0, at - 4), at);
  return endsSentence(before) || /[：:）)】\]》\s]$/u.test(before) || !/[\p{Script=Han}，、“”‘’「」『』（(]$/u.test(before);
}
