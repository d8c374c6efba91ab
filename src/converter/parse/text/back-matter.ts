/**
 * Body / legal back matter split. The back matter is a run of marker blocks (免责声明, 分析师声明,
 * 投资评级说明, 分析师简介, office addresses …) at the end of the report. A marker counts only as a
 * line of its own (a heading), never inside a sentence; and only markers after the last piece of
 * body structure (a numbered heading, a caption, a source line, 风险提示) count, so a marker on the
 * cover page does not cut the report there.
 */
import type { BodyAndBackMatter } from '../types.ts';
import { bulletMarker, isBlank, isCaption, isNumberedHeading, isSourceLine } from './line-kinds.ts';

/** Back-matter headings, optionally after a short prefix such as a broker name (国金证券特别声明). */
const MARKER_HEADING = new RegExp(
  '^[\\u4e00-\\u9fff]{0,8}?(?:' +
    [
      '免责声明',
      '免责条款',
      '特别声明',
      '分析师声明',
      '分析师承诺',
      '重要声明',
      '法律声明',
      '一般声明',
      '投资评级的?说明',
      '评级的?(?:说明|定义|标准|体系)',
      '(?:分析师|作者|研究员|研究助理)[与和及、]?.{0,8}?简介',
      '联系我们',
      '联系方式',
    ].join('|') +
    ')[:：]?$',
  'u',
);

const CITY = '(?:上海|北京|深圳|广州|杭州|南京|香港|成都|武汉|天津|重庆|西安|合肥|福州|厦门|长沙|济南|青岛|苏州|宁波)';
/** An office-address header: two or more city names alone on a line (`上海  北京  深圳`). */
const CITY_ROW = new RegExp(`^(?:${CITY}(?:市|总部|分部|办公室)?\\s*){2,}$`, 'u');
/** A single city name alone on a line, which heads an address block when an address follows. */
const CITY_ALONE = new RegExp(`^${CITY}(?:市|总部|分部|办公室)?$`, 'u');
const ADDRESS_LINE = /^(?:地址|邮编|电话|总机)[:：]|[区县].{0,20}[路街道].{0,12}号/u;

/** A section number before a marker heading: `一、`, `7.`, `8、`. */
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}(?:[.．]\d{1,2})*[、.．]?)/u;

/** Body labels that are never back matter; they anchor the end of the body. */
const BODY_LABEL = /^(?:风险提示|投资建议|投资要点|核心观点)[:：]?$/u;

/** Consecutive back-matter markers further apart than this many non-blank lines are not one block. */
const MAX_MARKER_GAP = 80;

/** Splits body lines from the legal back matter that starts at the last reasonable marker block. */
export function splitBackMatter(lines: readonly string[]): BodyAndBackMatter {
  const start = backMatterStart(lines);
  if (start < 0) return { body: [...lines], backMatter: [] };
  return { body: lines.slice(0, start), backMatter: lines.slice(start) };
}

/** The index of the first line of the back matter, or -1 when there is none. */
function backMatterStart(lines: readonly string[]): number {
  // Only markers after the last body signal count: scan back from the end to that signal.
  const candidates: number[] = [];
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const text = plain(lines[i]!);
    if (text === '') continue;
    if (isMarkerLine(text, lines, i)) candidates.push(i);
    else if (isBodySignal(text)) break;
  }
  candidates.reverse();
  let start = candidates.at(-1) ?? -1;
  for (let k = candidates.length - 2; k >= 0; k -= 1) {
    const previous = candidates[k] ?? -1;
    if (nonBlankBetween(lines, previous, start) > MAX_MARKER_GAP) break;
    start = previous;
  }
  return start;
}

/** A line with bullets, Markdown bold/heading markers, table pipes and tabs removed. */
function plain(line: string): string {
  // Runs on every line: each replacement only where its character occurs.
  const unbolded = line.includes('**') ? line.replace(/\*\*/g, '') : line;
  const text = (unbolded.includes('#') ? unbolded.replace(/^\s*#{1,6}\s+/, '') : unbolded).trim();
  const rest = text.slice(bulletMarker(text).length);
  return (/[|\t]/.test(rest) ? rest.replace(/[|\t]+/g, ' ') : rest).trim();
}

function isMarkerLine(text: string, lines: readonly string[], index: number): boolean {
  const compact = (/\s/.test(text) ? text.replace(/\s+/g, '') : text).replace(SECTION_NUMBER, '');
  if (MARKER_HEADING.test(compact) || CITY_ROW.test(text)) return true;
  if (!CITY_ALONE.test(compact)) return false;
  const next = lines.slice(index + 1, index + 6).find((line) => !isBlank(line));
  return next !== undefined && ADDRESS_LINE.test(plain(next));
}

function isBodySignal(text: string): boolean {
  return isNumberedHeading(text) || isCaption(text) || isSourceLine(text) || BODY_LABEL.test(text);
}

function nonBlankBetween(lines: readonly string[], from: number, to: number): number {
  let n = 0;
  for (let i = from + 1; i < to; i += 1) if (!isBlank(lines[i] ?? '')) n += 1;
  return n;
}
