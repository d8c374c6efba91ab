/**
 * Vertical banners: words printed top to bottom in a page margin (证券研究报告, 公司点评报告) come
 * out of pdftotext -layout as one character at the start of each of several lines, alone or
 * followed by the line's own text after a gap (`研   2025 年 09 月 29 日`). They are lifted out of
 * the lines and returned as the word they spell, so the lines read as printed and the word (often
 * the report type) is not lost.
 */

/** A banner letter at the start of a line: one CJK character, then the end of the line or a gap. */
const BANNER_LETTER = /^(\s{0,6})([\u3400-\u9fff])(?=\s{2,}|$)/u;
/** Letters a banner needs (a two-character word could be a table's row label). */
const MIN_LETTERS = 3;
/** Blank lines allowed between two letters of one banner. */
const MAX_GAP = 4;

/** The lines with their banner letters blanked out, and the words the banners spell. */
export function liftBanners(lines: readonly string[]): { lines: string[]; words: string[] } {
  const out = [...lines];
  const words: string[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length >= MIN_LETTERS) {
      words.push(run.map((i) => BANNER_LETTER.exec(lines[i]!)![2]).join(''));
      for (const i of run) out[i] = lines[i]!.replace(BANNER_LETTER, (_, indent: string) => ' '.repeat(indent.length + 1));
    }
    run = [];
  };
  lines.forEach((line, i) => {
    const letter = BANNER_LETTER.exec(line);
    const last = run.at(-1);
    if (letter) {
      const sameColumn = last === undefined || BANNER_LETTER.exec(lines[last]!)![1]!.length === letter[1]!.length;
      if (last !== undefined && (!sameColumn || i - last > MAX_GAP + 1)) flush();
      run.push(i);
      return;
    }
    // A line whose text starts well right of the margin passes beside the banner.
    const margin = last === undefined ? 0 : BANNER_LETTER.exec(lines[last]!)![1]!.length + 2;
    const besideBanner = line.search(/\S/) < 0 || line.search(/\S/) > margin;
    if (!besideBanner || (last !== undefined && i - last > MAX_GAP)) flush();
  });
  flush();
  return { lines: out, words };
}
