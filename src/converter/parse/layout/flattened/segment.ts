/**
 * Re-segmentation of a flattened report's text into lines: where a line began on the printed page,
 * the text still carries a mark (a template tag, a bullet, a heading or item number, a caption, a
 * source line, a title-page label, the end of an e-mail address), and a line is cut before it. Cuts
 * never fall inside a sentence or a number: each mark has its own guard (see markers.ts).
 *
 * The TOC is read first: its entries become lines of their own, and where they recur after it the
 * body is cut exactly around them (toc.ts). Chart residue is dropped (noise.ts).
 */
import { breakCuts, bulletCuts, captionCuts, headingCuts, noiseDrops, spacedHeadingCuts, tagCuts, tocCuts } from './body-cuts.ts';
import { newCuts } from './cuts.ts';
import type { CutKind, Cuts } from './cuts.ts';
import { labelCuts } from './masthead-cuts.ts';
import type { TocBlock } from './toc.ts';

export type { CutKind } from './cuts.ts';

/** A stretch of the text that becomes one line, and what opened it. */
export interface Piece {
  /** The line's text: the stretch without its dropped parts (tags, chart residue), trimmed. */
  text: string;
  start: number;
  end: number;
  kind: CutKind;
  /** The template tag that stood right before it, if any. */
  tag: string | null;
}

/**
 * The pieces of a joined report text: cut at every mark, with chart residue and template tags taken
 * out. `breaks` are the page starts; `masthead` the stretch where title-page labels and dates cut.
 */
export function segment(text: string, blocks: readonly TocBlock[], breaks: readonly number[], masthead: { start: number; end: number }): Piece[] {
  const layout = newCuts(text);
  for (const at of text.matchAll(/\n/gu)) layout.cuts.set(at.index, 'break');
  tocCuts(layout, blocks);
  tagCuts(layout);
  bulletCuts(layout);
  captionCuts(layout);
  labelCuts(layout, masthead);
  noiseDrops(layout, breaks);
  headingCuts(layout, breaks);
  spacedHeadingCuts(layout);
  breakCuts(layout, breaks);
  keepNumbersWhole(layout);
  return pieces(layout);
}

/** A heading's number alone between two cuts (`5`, `5、`, `2.1`). */
const BARE_NUMBER = /^\s*\d{1,2}(?:[.．]\d{1,2})*(?<separator>[、.．]?)\s*$/u;

/**
 * A heading's number stays with its title (5、行业评级), whichever rule cut between them: a label
 * cut before 行业评级, a source cut after 研究所 that left the 5 alone.
 */
function keepNumbersWhole(layout: Cuts): void {
  const points = [...layout.cuts.keys()].sort((a, b) => a - b);
  let previous = 0;
  for (const at of points) {
    // Only a number printed with its 、 (or a dot): a bare 5 before 风险提示 is a page number's residue as often.
    const bare = BARE_NUMBER.exec(layout.text.slice(previous, at));
    const next = layout.text[at] ?? '';
    const number = bare !== null && (bare.groups!.separator !== '' ? /[\p{Script=Han}A-Za-z]/u.test(next) : next === '、');
    if (number && previous > 0) layout.cuts.delete(at);
    else previous = at;
  }
}

/** Splits the text at its cuts; drops are removed from each piece. Empty pieces are left out. */
function pieces(layout: Cuts): Piece[] {
  const points = [0, ...[...layout.cuts.keys()].sort((a, b) => a - b), layout.text.length];
  const drops = mergeRanges(layout.drops);
  const out: Piece[] = [];
  let tag: string | null = null;
  let d = 0;
  for (let k = 0; k + 1 < points.length; k += 1) {
    const start = points[k]!;
    const end = points[k + 1]!;
    if (end <= start) continue;
    if (layout.tags.has(start)) tag = layout.tags.get(start)!;
    while (d < drops.length && drops[d]!.end <= start) d += 1;
    const text = layout.rewrites.get(start) ?? textWithout(layout.text, start, end, drops, d);
    if (text === '') continue;
    // Where the line's text begins, past dropped residue: that is where it stands in reading order.
    const first = firstKept(layout.text, start, end, drops, d);
    const last = out.at(-1);
    // A bullet cut off from its text by the next mark (`◆事件：`) opens that text's line.
    if (last && BARE_MARK.test(last.text) && last.kind === 'bullet' && layout.cuts.get(start) !== 'masthead') {
      last.text += text;
      last.end = end;
      continue;
    }
    out.push({ text, start: first, end, kind: layout.cuts.get(start) ?? 'text', tag });
    tag = null;
  }
  return out;
}

const BARE_MARK = /^[\p{P}\p{S}\uF000-\uF0FF]+$/u;

/** The first offset in [start, end) that is neither dropped nor blank. */
function firstKept(text: string, start: number, end: number, drops: readonly { start: number; end: number }[], from: number): number {
  let at = start;
  for (let k = from; k < drops.length && drops[k]!.start <= at && at < end; k += 1) at = Math.max(at, drops[k]!.end);
  while (at < end && /\s/u.test(text[at]!)) at += 1;
  return at;
}

function mergeRanges(ranges: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const merged: { start: number; end: number }[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** `text[start, end)` without the dropped ranges (sorted, merged; the first that may overlap is `drops[from]`). */
function textWithout(text: string, start: number, end: number, drops: readonly { start: number; end: number }[], from: number): string {
  let out = '';
  let at = start;
  for (let k = from; k < drops.length && drops[k]!.start < end; k += 1) {
    out += text.slice(at, Math.max(at, drops[k]!.start));
    at = Math.max(at, drops[k]!.end);
  }
  return (at < end ? out + text.slice(at, end) : out).trim();
}
