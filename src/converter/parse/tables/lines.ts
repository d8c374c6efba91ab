/** Line tests shared by the layout detectors: blanks, page furniture, prose, headings. */

/** Blank or whitespace only (including full-width spaces). */
export function isBlank(line: string): boolean {
  return line.trim() === '';
}

const PAGE_NUMBER = /^[-–—\s]*(?:\d{1,3}|第\s*\d{1,3}\s*页(?:\s*[/／共]\s*\d{1,3}\s*页?)?|\d{1,3}\s*[/／]\s*\d{1,3})[-–—\s]*$/;
const RUNNING_TEXT = /请务必阅读|敬请参阅|请参阅(?:本报告)?(?:最后|末页|尾页)|请仔细阅读|免责(?:声明|条款)(?:及|和)/;

/**
 * Page furniture that can survive cleaning inside a table: a bare page number, or a short
 * running line pointing to the disclaimer. Detectors skip these without ending the table.
 */
export function isFurniture(line: string): boolean {
  const text = line.trim();
  if (text === '') return false;
  if (PAGE_NUMBER.test(text)) return true;
  return text.length <= 80 && RUNNING_TEXT.test(text);
}

/** Blank or furniture: lines a table may contain without ending. */
export function isSkippable(line: string): boolean {
  return isBlank(line) || isFurniture(line);
}

/** Prose: a sentence with Chinese sentence punctuation, which no header or title line holds. */
export function isProse(line: string): boolean {
  return /[，。；！？]/.test(line);
}

/** A numbered section heading (1.2 …, 一、…, （三）…): never a table title. */
export function isHeadingLike(line: string): boolean {
  return /^\s*(?:#+\s|\d+(?:\.\d+)*[\s、.．]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）])/.test(line);
}

/** Index of the next line at or after `from` that is not skippable, or `lines.length`. */
export function nextContentLine(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && isSkippable(lines[i] ?? '')) i++;
  return i;
}

/** Collapses runs of whitespace inside a cell and trims it. */
export function cleanCell(cell: string): string {
  // Nothing to collapse unless some blank is not a plain space or two blanks touch.
  if (!/[^\S ]|\s\s/.test(cell)) return cell.trim();
  return cell.replace(/\s+/g, ' ').trim();
}
