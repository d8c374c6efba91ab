/**
 * Line helpers shared by the metadata rules: clean a raw line, tell tables, captions and
 * source lines apart, and find where the title page and the front matter end.
 */

/** A line without Markdown emphasis, heading marks or doubled spaces. */
export function cleanLine(line: string): string {
  // Most lines need none of the replacements below: one scan instead of four.
  if (!/\*\*|__|^#|[\u00a0\u3000\t]|\s\s/.test(line)) return line.trim();
  return line
    .replace(/\*\*|__/g, '')
    .replace(/^#{1,6}\s+/, '')
    .replace(/[\u00a0\u3000\t]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** The text's lines, cleaned (index i is the text's line i). */
export function cleanLines(text: string): string[] {
  return text.split('\n').map(cleanLine);
}

/** Width as printed: CJK and full-width characters count 1, ASCII counts ½. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return width;
}

const NUMBER_CELL = /^[-+]?[\d,.]+[%xXEe]?$/;
const CJK_LABEL_CELL = /^[\u4e00-\u9fa5]{1,4}$/;
const SHORT_CELL = /^(?:[\u4e00-\u9fa5]{1,4}|[A-Za-z]{1,4}|[-+]?[\d,.]+[%xXEe]?)$/;

/**
 * A table row: tab- or pipe-separated cells, or space-separated cells that are mostly numbers,
 * all short Chinese labels (代码 名称 评级), or at least four short labels (公司 投资 EPS PE).
 * Spaces an extractor puts between digits and Chinese (2026 年 6 月) do not separate cells.
 */
export function isTableRow(rawLine: string): boolean {
  if (rawLine.includes('\t') || /^\s*\|/.test(rawLine)) return true;
  const cells = rawLine
    .trim()
    .replace(/(?<=\d)\s+(?=[\u4e00-\u9fa5])|(?<=[\u4e00-\u9fa5])\s+(?=\d)/g, '')
    .split(/\s+/)
    // A lone separator (优于大市 · 维持) joins two labels, it is not a cell.
    .filter((cell) => !/^[·•|/-]$/.test(cell));
  if (cells.length < 3) return false;
  const numbers = cells.filter((cell) => NUMBER_CELL.test(cell)).length;
  return (
    numbers * 2 >= cells.length ||
    cells.every((cell) => CJK_LABEL_CELL.test(cell)) ||
    (cells.length >= 4 && cells.every((cell) => SHORT_CELL.test(cell)))
  );
}

/** A chart or table caption (图表 1：…, 图 3：…, 表 2 …) or a 资料来源 line. */
export function isCaptionOrSource(line: string): boolean {
  return /^(图表|图|表)\s*\d/.test(line) || isSourceLine(line);
}

/** A 资料来源 / 来源 / 数据来源 line under a chart or table. */
export function isSourceLine(line: string): boolean {
  return /^(资料|数据)?来源\s*[:：]/.test(line) || line.includes('资料来源');
}

/** A line that opens a table of contents; what comes after it is the report body. */
const TOC_HEADING = /^(内容目录|目录|正文目录|图表目录|插图目录|表格目录)$/;

/** How many lines to treat as front matter when a report has no table of contents. */
const FRONT_LINES_WITHOUT_TOC = 150;

/**
 * The number of front-matter lines: everything before the first table of contents, where
 * title pages put the rating, the classification and the analysts (sometimes after a table).
 */
export function frontMatterLength(lines: readonly string[]): number {
  const toc = lines.findIndex((line) => TOC_HEADING.test(line));
  return toc >= 0 ? toc : Math.min(lines.length, FRONT_LINES_WITHOUT_TOC);
}

/** Headings where a title page gives way to the summary or the body. */
const BODY_START =
  /^(核心观点|周观点|本周观点|主要观点|投资要点|报告摘要|摘要|内容提要|本期内容提要|投资建议|事件|点评|内容目录|目录|正文目录|相关研究报告|相关研究|相关报告)[:：]?$/;

/** A line of running prose: a sentence end and more than a headline's width. */
function isProse(line: string): boolean {
  return /[。；]/.test(line) && displayWidth(line) > 40;
}

/** The number of title-page lines: those before the first summary heading or prose line. */
export function titlePageLength(lines: readonly string[]): number {
  const end = lines.findIndex((line) => BODY_START.test(line) || isProse(line));
  return end >= 0 ? end : Math.min(lines.length, FRONT_LINES_WITHOUT_TOC);
}
