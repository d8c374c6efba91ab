/**
 * Price moves written as prose: `拼多多（-2.45%）、京东集团-SW（-3.29%）`, `上证指数(+1.29%)转涨`.
 * A mover is a short name right before a parenthesised, explicitly signed percentage; the name
 * runs back to the previous delimiter. Unsigned percentages in brackets (shares, weights) are not moves.
 */
import type { Mover, Section } from '../../../schema/report.ts';

const MOVE = /([^、，,；;：:。！？\n（(）)]{1,40}?)\s*[（(]\s*([+\-−﹣－])\s*(\d+(?:\.\d+)?)\s*%\s*[)）]/gu;
const MAX_NAME_LENGTH = 20;

/** Leading words that introduce a list rather than belong to the name. */
const LEAD_IN = /^(?:其中|分别为|分别是|依次为|包括|如|本周|本月|本期|同期|个股方面|港股方面|美股方面)\s*/u;

function cleanName(raw: string): string | null {
  const name = raw.trim().replace(LEAD_IN, '').trim();
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) return null;
  if (/^[\d\s.,%+-]+$/u.test(name)) return null;
  return name;
}

/** Every signed price move in one paragraph, in order. */
export function moversInText(text: string): { name: string; change: number }[] {
  const found: { name: string; change: number }[] = [];
  for (const match of text.matchAll(MOVE)) {
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
