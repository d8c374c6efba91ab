/**
 * Reports flattened onto one line (or a few huge lines): line breaks are re-inserted before
 * structural markers so that later stages can find headings, captions and labels. A marker
 * counts only at a boundary (start of the line, after a sentence end, or after blanks for the
 * less ambiguous markers), so numbers and words inside sentences stay where they are.
 */

/** A line this long is not a paragraph but a flattened page or report. */
const HUGE_LINE = 2000;
/** In a text of very few lines, a line this long is treated as flattened too. */
const FLAT_TEXT_LINE = 300;
/** A text with at most this many non-blank lines may be flattened. */
const FLAT_TEXT_MAX_LINES = 5;

const SENTENCE_END = /[。！？；!?;][”’」』）)】]*\s*$/u;
const BLANK_BEFORE = /\s$/u;
const CLOSER_BEFORE = /[》）)】”]\s*$/u;

/** Units after a decimal: `1.1 倍`, `3.5 亿元` are amounts, not section numbers. */
const UNIT = '倍亿万千百元个年月日天周次家只款名位岁台套张件吨股份点项%‰';

/**
 * Structural markers and where each may follow: `sentence` = only at the start or after a
 * sentence end, `blank` = also after whitespace or a closing bracket, `any` = anywhere.
 */
const MARKERS: readonly { pattern: RegExp; after: 'sentence' | 'blank' | 'any' }[] = [
  { pattern: /[一二三四五六七八九十]{1,3}、/gu, after: 'sentence' },
  { pattern: /[1-9]\d?(?:\.\d{1,2}){1,3}、/gu, after: 'blank' },
  { pattern: new RegExp(`[1-9]\\d?(?:\\.\\d{1,2}){1,3}\\s+(?=[\\u4e00-\\u9fffA-Za-z])(?![${UNIT}])`, 'gu'), after: 'blank' },
  { pattern: /(?:图表|图|表)\s*\d{1,3}(?=\s*[：:\s])/gu, after: 'blank' },
  { pattern: /(?:资料|数据)?来源\s*[：:]/gu, after: 'blank' },
  { pattern: /(?:核心观点|周观点|主要观点|投资要点|风险提示|相关研究|内容目录|分析师[：:])/gu, after: 'blank' },
  // The legal back matter begins with one of these; a break lets the back-matter cut find it.
  { pattern: /(?:特别声明|免责声明|分析师声明|重要声明|法律声明)(?=\s*[：:\s])/gu, after: 'blank' },
  // A contact line ends with its e-mail address.
  { pattern: /(?<=[\w.-]+@[\w-]+(?:\.[\w-]+)+\s)(?=\S)/gu, after: 'any' },
  { pattern: /[●■•◆▪]/gu, after: 'any' },
  // A Markdown dash bullet, not a range such as `20% - 30%`.
  { pattern: /-\s+(?=[^\d\s])/gu, after: 'blank' },
];

/** Re-inserts line breaks into flattened lines; other lines are returned unchanged. */
export function unflatten(lines: readonly string[]): string[] {
  const flatText = lines.filter((line) => line.trim() !== '').length <= FLAT_TEXT_MAX_LINES;
  const minLength = flatText ? FLAT_TEXT_LINE : HUGE_LINE;
  return lines.flatMap((line) => (line.length >= minLength && !isTableLike(line) ? splitFlattened(line) : [line]));
}

function isTableLike(line: string): boolean {
  return line.includes('\t') || /^\s*\|/.test(line) || /<table\b/i.test(line);
}

/** Splits one flattened line before every structural marker found at a boundary. */
function splitFlattened(line: string): string[] {
  const cuts = new Set<number>();
  for (const { pattern, after } of MARKERS) {
    for (const match of line.matchAll(pattern)) {
      const index = match.index ?? 0;
      if (index > 0 && atBoundary(line, index, after)) cuts.add(index);
    }
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const cut of sorted) {
    pieces.push(line.slice(from, cut).trim());
    from = cut;
  }
  pieces.push(line.slice(from).trim());
  const [head = '', ...rest] = pieces.filter((piece) => piece !== '');
  return [...splitHeadTokens(head), ...rest.flatMap(splitHeadingFromText)];
}

/** Numbered headings and block labels that a flattened line runs straight into their text. */
const HEADING_START = /^(?:[一二三四五六七八九十]{1,3}、|[1-9]\d?(?:\.\d{1,2}){0,3}[、\s])/u;
const LABEL_START = /^((?:核心观点|周观点|主要观点|投资要点|风险提示|相关研究|特别声明|免责声明|分析师声明|重要声明|法律声明)[：:]?)\s+/u;
const LONGEST_HEADING = 30;

/**
 * `1.1、价格跟踪 本周 H100 …` → `1.1、价格跟踪` / `本周 H100 …`: a heading ends at its first space
 * after a CJK character (spaces after Latin words such as `Meta 进军…` belong to the heading).
 */
function splitHeadingFromText(piece: string): string[] {
  const label = LABEL_START.exec(piece);
  if (label) return [label[1]!, piece.slice(label[0].length)];
  if (!HEADING_START.test(piece)) return [piece];
  const marker = HEADING_START.exec(piece)![0].length;
  const end = piece.slice(marker).search(/(?<=[\u3400-\u9fff）)])\s+/u);
  if (end < 0) return [piece];
  const heading = piece.slice(0, marker + end).trim();
  if (heading.length > LONGEST_HEADING || /[。！？；]/u.test(heading)) return [piece];
  return [heading, piece.slice(marker + end).trim()];
}

/**
 * The head of a flattened report is its title page: short items (行业研究, 买入（维持评级）, 行业周报 …)
 * separated by spaces between CJK characters. Each becomes a line, as on the printed page.
 */
function splitHeadTokens(head: string): string[] {
  const tokens = head.split(/(?<=[\u3400-\u9fff）)])\s+(?=[\u3400-\u9fff（(])/u);
  const shortItems = tokens.every((token) => token.length <= 20 && !/[。！？；]/u.test(token));
  return shortItems ? tokens : [head];
}

/** Whether position `index` follows a boundary of the required kind. */
function atBoundary(line: string, index: number, after: 'sentence' | 'blank' | 'any'): boolean {
  if (after === 'any') return true;
  // Only the last few characters matter; a short window keeps every test linear.
  const before = line.slice(Math.max(0, index - 8), index);
  if (SENTENCE_END.test(before)) return true;
  if (after === 'sentence') return false;
  return BLANK_BEFORE.test(before) || CLOSER_BEFORE.test(before);
}
