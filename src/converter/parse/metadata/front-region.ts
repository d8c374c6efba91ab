/**
 * The text the label finders (date, rating, subject, target price) search: the masthead and the
 * rest of the first page, as one string of segments with their offsets, so that a finder can
 * score a mention by where it sits (masthead first, early on the page better) and read the words
 * around it.
 *
 * - A line is cut into segments at column gaps (three or more spaces, tabs): in a pdftotext
 *   -layout page the sidebar and the body share lines until they are told apart, and a rating
 *   box `买入（维持）` is then a segment of its own. Segments are joined by `\n`.
 * - Full-width ASCII is folded (２０２５ → 2025), Markdown heading marks and emphasis dropped.
 * - A first page that is short (a flattened report whose page breaks are not known yet) is
 *   extended with the text after it, up to `FRONT_MIN_CHARS`; a long one is cut at
 *   `FRONT_MAX_CHARS` (a report read as one page must not bring its back matter in).
 */
import type { FieldContext } from './context.ts';
import { foldWidth } from './dates/grammar.ts';

/** A first page is at least this long (characters of segments)… */
export const FRONT_MIN_CHARS = 3000;
/** …and at most this long. */
export const FRONT_MAX_CHARS = 8000;

/** Where a mention sits. */
export type Place = 'masthead' | 'front' | 'beyond';

/** The masthead and first page as one searchable string. */
export interface FrontRegion {
  /** Segments joined by `\n`. */
  text: string;
  /** `text` up to here is the masthead (header and sidebar). */
  mastheadEnd: number;
  /** `text` up to here is the first page; after it comes text taken to reach `FRONT_MIN_CHARS`. */
  frontEnd: number;
}

/** Template tags of report generators: [Table_Title], [table_invest], ＃investSuggestion＃, truncated le_Summary]. */
export const TEMPLATE_TAG = /\[?\b[A-Za-z0-9]*_[A-Za-z0-9_]*\]|\[[A-Za-z0-9]*_[A-Za-z0-9_]*\b\]?|\b[Tt]able_[A-Za-z]+|[#＃][A-Za-z][A-Za-z0-9]*[#＃]|\$\$(?:start|end)\$\$|(?<![A-Za-z])[A-Za-z]*(?:Info|Title)\]/g;

/** A line's segments: cut at column gaps, folded, without Markdown marks; blank ones dropped. */
export function segmentsOf(line: string): string[] {
  return foldWidth(line)
    .split(/\t+|\s{3,}/)
    .map((segment) => segment.replace(/^#{1,6}\s+/, '').replace(/\*\*/g, '').trim())
    .filter((segment) => segment !== '');
}

/** Appends lines' segments to `parts` until `limit` characters; returns the new length. */
function appendLines(parts: string[], lines: readonly string[], length: number, limit: number): number {
  for (const line of lines) {
    for (const segment of segmentsOf(line)) {
      if (length >= limit) return length;
      const piece = segment.length > limit - length ? segment.slice(0, limit - length) : segment;
      parts.push(piece);
      length += piece.length + 1;
    }
  }
  return length;
}

/** Number of leading front lines that are the masthead (header and sidebar come first on a page). */
function mastheadLength(context: FieldContext): number {
  const { masthead, front } = context;
  let n = 0;
  while (n < masthead.length && n < front.length && masthead[n] === front[n]) n += 1;
  return n;
}

/** The region the label finders search. */
export function frontRegion(context: FieldContext): FrontRegion {
  const parts: string[] = [];
  const split = mastheadLength(context);
  const mastheadEnd = appendLines(parts, context.front.slice(0, split), 0, FRONT_MAX_CHARS);
  const frontEnd = appendLines(parts, context.front.slice(split), mastheadEnd, FRONT_MAX_CHARS);
  // `all` starts with the first page's lines: the rest of the report follows them.
  appendLines(parts, context.all.slice(context.front.length), frontEnd, Math.max(frontEnd, FRONT_MIN_CHARS));
  return { text: parts.join('\n'), mastheadEnd: Math.min(mastheadEnd, frontEnd), frontEnd };
}

/** Where the character at `offset` sits. */
export function placeAt(region: FrontRegion, offset: number): Place {
  if (offset < region.mastheadEnd) return 'masthead';
  return offset < region.frontEnd ? 'front' : 'beyond';
}

/** A short, single-line snippet around `[start, end)`, for a candidate's evidence. */
export function snippet(text: string, start: number, end: number, pad = 12): string {
  return text
    .slice(Math.max(0, start - pad), end + pad)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/**
 * A scale shared by the label finders: 1 at the top of the region, falling to 0 at `span`
 * characters. Mastheads are short; a flattened first page runs to a few thousand characters.
 */
export function earliness(offset: number, span = 2500): number {
  return Math.max(0, 1 - offset / span);
}
