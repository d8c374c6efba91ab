/**
 * Heading patterns: numbered headings (`一、`, `1.1、`, `3.1 `, `1 `) and Markdown headings (`#`, `##`),
 * with the guards that keep list items, amounts, years, captions and sentences out.
 */
import { endsWithFinalPunctuation, startsWithBullet, stripBullet, stripMarkdown, toHalfWidth } from './text-utils.ts';

/** A heading number split off its title. */
export interface Numbering {
  /** `[1]` for 一、, `[1, 1]` for 1.1、, `[3, 1]` for 3.1. */
  numbers: number[];
  /** Depth from the numbering: 1 for 一、 and 1, 2 for 1.1 … */
  level: number;
  /** Chinese numeral, dotted Arabic (1.1), or a single Arabic number (1 / 1、), the weakest form. */
  form: 'chinese' | 'dotted' | 'single';
  /** The heading text without its number. */
  title: string;
}

/** A heading recognised from its own line. */
export interface PatternHeading {
  title: string;
  /** Depth from the numbering, or the number of `#` for an unnumbered Markdown heading. */
  level: number;
  numbering: Numbering | null;
  /** Number of `#` when the line is a Markdown heading, else 0. */
  markdownDepth: number;
}

const CHINESE_DIGITS = '一二三四五六七八九';
const CHINESE_NUMBERED = /^([一二三四五六七八九十]{1,3})\s*[、.．]\s*(\S.*)$/;
const DOTTED_NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){1,4})(?:\s*[、.]\s*|\s+)(\S.*)$/;
/**
 * `2、白蛋白`, `2 白蛋白`, and `2.白蛋白` where the dot cannot be a decimal point (a word or a range
 * 1-7月 follows at once); `1. 海外 AI`, with a space, is a list item as Markdown writes one.
 */
const SINGLE_NUMBERED = /^(\d{1,2})(?:\s*、\s*|\s+|[.．](?=[\u3400-\u9fffA-Za-z]|\d{1,2}\s*[-~～—至]\s*\d))(\S.*)$/u;
/**
 * What follows a number in an amount, a date or a count (3.2 亿元, 7 月, 30 倍), never a heading title.
 * Kept narrow on purpose: 个股, 家电, 千问, 元宇宙 and 日本 start real headings.
 */
const UNIT_START =
  /^(?:年|月(?!度)|日(?![本韩])|号|%|倍|亿|元(?!宇宙)|万(?:[元人股亿家户台辆美港吨张份]|美元)|千[元米克瓦亿万]|百[万亿分]|pct|bp|[xX×](?![A-Za-z])|[-~～至—])/i;
const CAPTION_OR_SOURCE = /^(?:图表?|表|附图|附表|Figure|Table|Fig\.?)\s*\d|^(?:资料|数据)?来源|^注[:：]|^备注/i;
const MAX_HEADING_LENGTH = 50;
const MAX_SINGLE_NUMBER_TITLE_LENGTH = 30;

/** Value of a Chinese numeral from 一 to 九十九. */
function chineseNumber(text: string): number | null {
  if (text === '十') return 10;
  const tens = text.indexOf('十');
  if (tens === -1) return text.length === 1 ? CHINESE_DIGITS.indexOf(text) + 1 || null : null;
  const high = tens === 0 ? 1 : CHINESE_DIGITS.indexOf(text.slice(0, tens)) + 1;
  const lowText = text.slice(tens + 1);
  const low = lowText === '' ? 0 : CHINESE_DIGITS.indexOf(lowText) + 1;
  return high > 0 && (lowText === '' || low > 0) ? high * 10 + low : null;
}

/** The original text after a match made on its half-width copy (toHalfWidth keeps every character's position). */
function originalTail(text: string, matchedTail: string): string {
  return text.slice(text.length - matchedTail.length).trim();
}

/** Splits a heading number off a text (`1.1、电商` → [1, 1] + 电商); null when the text is not numbered. */
export function parseNumbering(rawText: string): Numbering | null {
  const text = stripMarkdown(rawText).trim();
  const half = toHalfWidth(text);
  const chinese = CHINESE_NUMBERED.exec(half);
  if (chinese) {
    const value = chineseNumber(chinese[1]!);
    return value ? { numbers: [value], level: 1, form: 'chinese', title: originalTail(text, chinese[2]!) } : null;
  }
  const arabic = DOTTED_NUMBERED.exec(half) ?? SINGLE_NUMBERED.exec(half);
  if (!arabic) return null;
  const numbers = arabic[1]!.split('.').map(Number);
  const title = originalTail(text, arabic[2]!);
  if (numbers.some((n) => n === 0) || numbers[0]! > 30 || UNIT_START.test(arabic[2]!)) return null;
  // A title is words: `1.2    1.13` is a row of chart labels.
  if (!/[\p{Script=Han}A-Za-z]/u.test(title)) return null;
  return { numbers, level: Math.min(numbers.length, 6), form: numbers.length > 1 ? 'dotted' : 'single', title };
}

/**
 * Whether an Arabic number continues the numbering seen so far: `k` is 1, or `k - 1` at the same depth
 * was seen, or (below the top level) the parent was. A wrapped line that happens to start with
 * `7 款…` or `1.5 Pro…` does not. `seen` holds keys such as `3` and `3-1`.
 */
export function continuesNumbering(numbers: readonly number[], seen: ReadonlySet<string>): boolean {
  const last = numbers.at(-1)!;
  const parent = numbers.slice(0, -1);
  if (last === 1 || seen.has([...parent, last - 1].join('-'))) return true;
  return parent.length > 0 && seen.has(parent.join('-'));
}

/** Whether a heading title is really a figure caption or a source note. */
export function isCaptionOrSource(title: string): boolean {
  return CAPTION_OR_SOURCE.test(title.trim());
}

/** Whether a title is short enough and unpunctuated enough to be a heading (rather than a sentence). */
export function looksLikeHeadingTitle(title: string): boolean {
  const compact = title.replace(/\s+/g, '');
  return compact.length > 0 && compact.length <= MAX_HEADING_LENGTH && !endsWithFinalPunctuation(title) && !isCaptionOrSource(title);
}

/**
 * Extra guard for the weakest form, `1 标题` / `1、标题`: a short phrase without clause punctuation,
 * not an item of a list that the previous line introduces with a colon.
 */
function isSingleNumberTitle(title: string, previousLine: string): boolean {
  return title.length <= MAX_SINGLE_NUMBER_TITLE_LENGTH && !/[，,；;。]/.test(title) && !/[:：]\s*$/.test(previousLine);
}

/** `#`-count and text of a Markdown heading line, or null. */
function markdownHeading(line: string): { depth: number; text: string } | null {
  const match = /^(#{1,6})\s+(\S.*?)\s*#*$/.exec(line.trim());
  return match ? { depth: match[1]!.length, text: stripMarkdown(match[2]!) } : null;
}

/**
 * The heading a line is by its own form, or null. `previousLine` guards single numbers: after a line
 * ending in a colon (`包括：`) a `1、…` line is a list item.
 */
export function patternHeading(line: string, previousLine: string): PatternHeading | null {
  const markdown = markdownHeading(line);
  const text = markdown ? markdown.text : stripMarkdown(line.trim());
  const numbering = parseNumbering(text);
  if (numbering) {
    if (!looksLikeHeadingTitle(numbering.title)) return null;
    if (numbering.form === 'single' && !markdown && !isSingleNumberTitle(numbering.title, previousLine)) return null;
    return { title: numbering.title, level: numbering.level, numbering, markdownDepth: markdown?.depth ?? 0 };
  }
  if (!markdown || !looksLikeHeadingTitle(text)) return null;
  return { title: text, level: markdown.depth, numbering: null, markdownDepth: markdown.depth };
}

/** Longest title a bullet-marked heading has (a longer bullet line is a point, not a heading). */
const MAX_BULLET_HEADING_LENGTH = 36;

/**
 * The title of a heading marked by a bullet, as company notes print their sections
 * (`▌运营商业务稳步发展，政企业务板块表现亮眼`, `⚫ 投资建议`, `• 事件`): a short title, no sentence.
 * Markdown list dashes (`- …`) mark list items, never headings.
 */
export function bulletHeadingTitle(line: string): string | null {
  const text = line.trim();
  if (!startsWithBullet(text) || /^[-*+·]/u.test(text)) return null;
  const title = stripBullet(text).replace(/[：:]\s*$/u, '').trim();
  const length = title.replace(/\s+/g, '').length;
  if (length < 2 || length > MAX_BULLET_HEADING_LENGTH) return null;
  if (/[。；！？!?]/u.test(title) || endsWithFinalPunctuation(title) || isCaptionOrSource(title)) return null;
  // `■ 业绩超预期：二季度收入…` is a point with its lead-in, not a heading.
  if (/[：:]\s*\S{2,}/u.test(title)) return null;
  return title;
}
