/**
 * A pdftotext -layout line as the runs of text it places on the page. The extractor pads with
 * spaces on a grid of one cell per character (CJK included), so a run's start column is where it
 * sits on the page, and two runs on one line that are two or more spaces apart belong to
 * different blocks (columns, table cells, label and value).
 */

/** One run of text on a line: from column `start` (inclusive) to `end` (exclusive). */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

const RUN = /\S+(?: \S+)*/g;

/** The line's runs: text separated by at most one space stays together. */
export function segmentsOf(line: string): Segment[] {
  const segments: Segment[] = [];
  for (const match of line.matchAll(RUN)) {
    const start = match.index ?? 0;
    segments.push({ start, end: start + match[0].length, text: match[0] });
  }
  return segments;
}

/** CJK ideographs and full-width punctuation: what running Chinese prose is made of. */
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/gu;
const CLAUSE_PUNCTUATION = /[，。；、：（）“”]/u;

/** A run that reads as a line of prose: long, mostly Chinese, with clause punctuation. */
export function isProseSegment(segment: Segment): boolean {
  if (segment.text.length < 14) return false;
  const cjk = segment.text.match(CJK)?.length ?? 0;
  const visible = segment.text.replace(/\s/g, '').length;
  // Prose about results is full of figures: a quarter of it in Chinese, and eight characters, will do.
  return cjk >= 8 && cjk >= visible * 0.25 && CLAUSE_PUNCTUATION.test(segment.text);
}
