/**
 * Page breaks in a pdftotext -layout text whose form feeds were lost. A page ends at its footer:
 * a line that points the reader to the disclaimer (请务必阅读正文之后的免责声明), or a short
 * line carrying the page number (`2`, `2 / 4`, `-3-`, `第 4页/ 共 11页`, `Page | 2 |`, `p2`),
 * the numbers rising page by page. The lines that recur right after footers (a running header,
 * a slogan under the footer) are furniture too, and where they recur without a footer before them
 * a page that printed no footer (often the first) ends.
 */

/** A page: its lines, and which of them are furniture. */
export interface Page {
  lines: string[];
  furniture: boolean[];
}

/** Points the reader to the disclaimer: the form every broker's footer takes, worded its own way. */
const DISCLAIMER_POINTER = /^(?:\S{0,24}(?:[，,]|\s))?(?:重要提示[：:])?(?:请务必|敬请|请)(?:仔细)?(?:阅读|参阅|参见|参考)[^。]{0,30}(?:声明|免责|披露|条款|说明)/u;
/** Page-number forms; the number is the first group that matched. */
const PAGE_NUMBER = [
  /(?:^|\s{2,})(\d{1,3})\s*\/\s*\d{1,3}(?:\s{2,}|$)/u,
  /(?:^|\s{2,})[-–—]\s*(\d{1,3})\s*[-–—](?:\s{2,}|$)/u,
  /第\s*(\d{1,3})\s*页/u,
  /\bPage\s*\|?\s*(\d{1,3})\b/iu,
  /(?:^|\s)p(\d{1,3})$/u,
  /(?:^|\s{2,})(\d{1,3})$/u,
];
/** A footer is one printed line: a longer line is prose that happens to end in a number. */
const MAX_FOOTER_TEXT = 80;
/** Footer lines at most this far apart are one footer (pointer, firm name, page number). */
const FOOTER_SPAN = 3;
/** How many lines after a footer may be running lines. */
const RUNNING_LINES = 3;
/** A running line is short. */
const MAX_RUNNING_LINE = 40;

function squeeze(line: string): string {
  return line.trim().replace(/\s+/g, ' ');
}

/** The page number a footer line prints, or null. */
export function pageNumberOf(line: string): number | null {
  const text = line.trim();
  // A footer is furniture: prose beside a number (a chart's axis run into the body) is not. Every
  // form prints digits; the cheap tests go first (most lines are prose).
  if (text === '' || !/\d/.test(text) || /[，。；]/u.test(text)) return null;
  if (text.length > MAX_FOOTER_TEXT && squeeze(text).length > MAX_FOOTER_TEXT) return null;
  for (const pattern of PAGE_NUMBER) {
    const match = pattern.exec(text);
    if (match?.[1]) return Number(match[1]);
  }
  return null;
}

/** Whether a line points to the disclaimer (and is short enough to be a footer). */
export function isDisclaimerPointer(line: string): boolean {
  // Every pointer holds 请 (请务必, 敬请 …): most lines do not.
  if (!line.includes('请')) return false;
  const text = squeeze(line);
  return text.length <= MAX_FOOTER_TEXT && DISCLAIMER_POINTER.test(text);
}

/** A footer: from its first to its last line. */
interface Footer {
  first: number;
  last: number;
}

/** The footers, in order: disclaimer pointers, and page numbers that rise page by page. */
export function findFooters(lines: readonly string[]): Footer[] {
  const footers: Footer[] = [];
  let lastNumber = 0;
  lines.forEach((line, i) => {
    const number = pageNumberOf(line);
    const rises = number !== null && number > lastNumber && number <= lastNumber + 2;
    if (rises) lastNumber = number;
    if (!rises && !isDisclaimerPointer(line)) return;
    const last = footers.at(-1);
    if (last && i - last.last <= FOOTER_SPAN) last.last = i;
    else footers.push({ first: i, last: i });
  });
  return footers;
}

/** A key under which the same running line on different pages compares equal. */
function runningKey(line: string): string {
  return squeeze(line).replace(/\d+/g, '#');
}

function isRunningCandidate(line: string): boolean {
  const text = squeeze(line);
  return text !== '' && text.length <= MAX_RUNNING_LINE && !/[，。；]/u.test(text) && !/^(?:图表?|表|资料来源|数据来源|来源)/u.test(text);
}

/** Keys of the short lines that follow at least two footers. */
function runningLineKeys(lines: readonly string[], footers: readonly Footer[]): Set<string> {
  const counts = new Map<string, number>();
  for (const footer of footers) {
    let seen = 0;
    for (let i = footer.last + 1; i < lines.length && seen < RUNNING_LINES; i += 1) {
      if (lines[i]!.trim() === '') continue;
      seen += 1;
      if (!isRunningCandidate(lines[i]!)) continue;
      const key = runningKey(lines[i]!);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([key]) => key));
}

/** Which lines are furniture: footers and running lines. */
function furnitureOf(lines: readonly string[], footers: readonly Footer[]): boolean[] {
  const running = runningLineKeys(lines, footers);
  const furniture = lines.map((line) => running.size > 0 && isRunningCandidate(line) && running.has(runningKey(line)));
  for (const { first, last } of footers) for (let i = first; i <= last; i += 1) if (lines[i]!.trim() !== '') furniture[i] = true;
  return furniture;
}

/** Text lines a page holds before a running line can end it (a masthead prints the same words). */
const MIN_PAGE_TEXT_LINES = 15;

/** Whether a running line at `at` opens a page: the page so far holds text, and no furniture just before. */
function opensPage(page: Page, at: number, lines: readonly string[], furniture: readonly boolean[]): boolean {
  const textLines = page.lines.filter((line, i) => !page.furniture[i] && line.trim() !== '').length;
  if (textLines < MIN_PAGE_TEXT_LINES) return false;
  for (let i = at - 1; i >= 0; i -= 1) if (lines[i]!.trim() !== '') return !furniture[i];
  return false;
}

/** A footer printed beside the page's last line of text, after a wide gap (资料来源：…      请务必阅读…  15). */
const POINTER_BESIDE = /\s{4,}(?=(?:请务必|敬请|请)(?:仔细)?(?:阅读|参阅|参见|参考))/u;

/** Each line that carries a footer beside its text, cut in two: the text, then the footer. */
function footersApart(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const beside = line.includes('请') ? POINTER_BESIDE.exec(line) : null;
    if (!beside || line.slice(0, beside.index).trim() === '' || !isDisclaimerPointer(line.slice(beside.index))) return [line];
    return [line.slice(0, beside.index), line.slice(beside.index)];
  });
}

/** Splits the text's lines into pages and marks their furniture. */
export function splitPages(rawLines: readonly string[]): Page[] {
  const lines = footersApart(rawLines);
  const footers = findFooters(lines);
  const furniture = furnitureOf(lines, footers);
  // On the first page the running words (证券研究报告, 公司点评) are the masthead's own.
  const firstFooter = footers[0]?.first ?? lines.length;
  const ends = new Set(footers.map((f) => f.last));
  const pages: Page[] = [];
  let current: Page = { lines: [], furniture: [] };
  const close = () => {
    // Furniture before any text (a watermark at the very top) stays on the page it heads.
    if (!current.lines.some((line, i) => !current.furniture[i] && line.trim() !== '')) return;
    pages.push(current);
    current = { lines: [], furniture: [] };
  };
  lines.forEach((line, i) => {
    if (furniture[i] && !ends.has(i) && opensPage(current, i, lines, furniture)) close();
    current.lines.push(line);
    current.furniture.push(furniture[i]! && (pages.length > 0 || i >= firstFooter));
    if (ends.has(i)) close();
  });
  const rest = current;
  close();
  if (pages.at(-1) !== rest && rest.lines.length > 0) {
    const last = pages.at(-1);
    if (last) {
      last.lines.push(...rest.lines);
      last.furniture.push(...rest.furniture);
    } else pages.push(rest);
  }
  return pages;
}
