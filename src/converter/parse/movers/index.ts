/**
 * Price moves written as prose: `拼多多（-2.45%）、京东集团-SW（-3.29%）`, `上证指数(+1.29%)转涨`.
 * A mover is a short name right before a parenthesised, explicitly signed percentage; the name
 * runs back to the previous delimiter. Unsigned percentages in brackets (shares, weights) are not moves.
 */
import type { Mover, Section } from '../../../schema/report.ts';

const MOVE = /([^、，,；;：:。！？\n（(）)]{1,40}?)\s*[（(]\s*([+\-−﹣－])\s*(\d+(?:\.\d+)?)\s*%\s*[)）]/u;
/** The bracketed, signed percentage every move ends with (MOVE from its bracket on). */
const SIGNED_PERCENT = /[（(]\s*[+\-−﹣－]\s*\d+(?:\.\d+)?\s*%\s*[)）]/g;
/** How far before its bracket a move can start: 40 code points of name (≤ 80 UTF-16 units). */
const NAME_REACH = 80;
const MAX_NAME_LENGTH = 20;

/** Leading words that introduce a list rather than belong to the name. */
const LEAD_IN = /^(?:其中|分别为|分别是|依次为|包括|如|本周|本月|本期|同期|个股方面|港股方面|美股方面)\s*/u;

function cleanName(raw: string): string | null {
  const name = raw.trim().replace(LEAD_IN, '').trim();
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) return null;
  if (/^[\d\s.,%+-]+$/u.test(name)) return null;
  return name;
}

/** Length of the run of whitespace that ends at `end` (exclusive). */
function blanksBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && /\s/.test(text[start - 1]!)) start--;
  return end - start;
}

/**
 * The MOVE matches of `text`, as a global scan would find them, but searched only near each
 * bracketed percentage: MOVE tries up to 40 name lengths at every position, which made it the
 * slowest step of the parser. A move ends with the first bracket after its name (brackets cannot
 * be part of a name), so the leftmost move before a bracket's end starts at most NAME_REACH plus
 * the blanks before it ahead of that bracket, and no move spans two brackets.
 */
function* moveMatches(text: string): Generator<RegExpExecArray> {
  let from = 0;
  for (const bracket of text.matchAll(SIGNED_PERCENT)) {
    const end = bracket.index + bracket[0].length;
    let start = Math.max(from, bracket.index - NAME_REACH - blanksBefore(text, bracket.index));
    // Never start a window between the halves of a surrogate pair (MOVE reads code points).
    if (start > from && /[\uDC00-\uDFFF]/.test(text[start]!) && /[\uD800-\uDBFF]/.test(text[start - 1]!)) start--;
    const match = MOVE.exec(text.slice(start, end));
    if (!match) continue;
    match.index += start;
    from = end;
    yield match;
  }
}

/** Every signed price move in one paragraph, in order. */
export function moversInText(text: string): { name: string; change: number }[] {
  const found: { name: string; change: number }[] = [];
  for (const match of moveMatches(text)) {
    const name = cleanName(match[1] ?? '');
    if (!name) continue;
    const sign = match[2] === '+' ? 1 : -1;
    found.push({ name, change: sign * Number(match[3]) });
  }
  return found;
}

/** Movers from the sections' paragraphs, each once per section. */
export function extractMovers(sections: readonly Section[]): Mover[] {
  const movers: Mover[] = [];
  for (const section of sections) {
    const seen = new Set<string>();
    for (const paragraph of section.paragraphs) {
      for (const move of moversInText(paragraph)) {
        const key = `${move.name}|${move.change}`;
        if (seen.has(key)) continue;
        seen.add(key);
        movers.push({ section: section.id, ...move });
      }
    }
  }
  return movers;
}
