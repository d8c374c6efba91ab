/**
 * Every full date printed in a text, with the role its neighbours give it. A report prints many
 * dates besides its own: data dates (截至…, 股价日期为…, 收盘价 (2025-09-02), 市场数据(2026-04-24),
 * 基础数据), the dates of related reports (《…》——2021-03-21), chart axes and spans
 * (2019-12-02~2020-11-30), and event dates in prose (公司于 2025 年 3 月 31 日收盘后发布…,
 * 2026 年 4 月 30 日，中矿资源发布…). Only a date that is none of these can be the publication date.
 *
 *   labelled  报告日期：2023-07-16 · 发布时间：2025-08-27 · [Table_ReportDate]2021年05月09日 · 日期：…
 *   plain     a date with no such neighbour: 证券研究报告 | 2025年07月23日 · 行业周报2021年03月28日
 *   data      after 截至 / 数据 / 股价 / 收盘, before 收盘价 / 收市价, or alone in brackets
 *   related   after the 》 of a report title
 *   series    one of a span, an axis or a list of dates
 *   prose     inside a sentence: after 于 / 在 / a comma, before a comma / 公告 / 发布, a timestamp
 */
import { TEMPLATE_TAG } from '../front-region.ts';
import { findFullDates, type FoundDate } from './grammar.ts';

export type DateRole = 'labelled' | 'plain' | 'data' | 'related' | 'series' | 'prose';

/** A full date and what it is. */
export interface DateMention extends FoundDate {
  role: DateRole;
  /** For a labelled date: a publication label (报告日期) is strong, a bare 日期 / 时间 weak. */
  label: 'strong' | 'weak' | null;
  /** The date is all its segment holds (a masthead line of its own). */
  lone: boolean;
}

/** How far before and after a date its neighbours are read. */
const BEFORE = 24;
const AFTER = 12;

const TAG_LABEL = /(?:ReportDate|createTime\d*)\W*$/i;
const STRONG_LABEL = /(?:(?:报告|發佈|发布|發布|出版|发表|撰写|完成)(?:日期|时间|時間)|Report\s*Date|Date\s+of\s+Report)$/i;
const WEAK_LABEL = /(?:日期|时间|時間|Date)$/i;
/** Separators between a label and its value; brackets are not (市场数据(2026-04-24) is data). */
const LABEL_GAP = /[\s:：।|｜]*$/;
const DATA_BEFORE =
  /(?:截至|截止|数据|股价|收盘价?|收市价?|价格|行情|时点|基准日|日期为|交易日|注)\s*(?:日期|时间|為|为)?[\s:：]*$/;
const PROSE_BEFORE = /(?:[于在自从至到以及和与是为]|[，,、；;]|\d{1,2}:\d{2}\s*[·•]?)\s*$/;
const OPEN_BRACKET = /[(（\[]\s*$/;
const CLOSE_BRACKET = /^\s*[)）\]]/;
const RELATED_BEFORE = /》[\s—–\-~～,，、:：）)]*$/;
const SPAN_BEFORE = /(?:\d\s*[日号]|\d{4}[-./]\d{1,2}[-./]\d{1,2}|(?<![\d.])\d{1,2}[./]\d{1,2})\s*(?:[-–—~～]+|至|到)\s*$/;
const SPAN_AFTER = /^\s*(?:[-–—~～]+|至|到)\s*\d/;
const DATE_BESIDE_BEFORE = /\d{4}\s*(?:[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*$/;
const DATE_BESIDE_AFTER = /^\s*\d{4}\s*(?:[-./]\s*\d{1,2}\s*[-./]|年\s*\d{1,2}\s*月)/;
const DATA_AFTER = /^\s*[)）]?\s*(?:收盘|收市|开盘|盘后|盘前|星期)/;
const PROSE_AFTER = /^\s*(?:[，,、；;]|起|止|前|以来|至今|之前|之后|公告|发布|披露|召开|举办|举行|期间|左右|上市|挂牌|晚间|的)/;

function withoutTags(text: string): string {
  return text.includes('_') || text.includes('#') || text.includes('＃') || text.includes(']') ? text.replace(TEMPLATE_TAG, ' ') : text;
}

/** The label before a date: strong, weak or none (the text before has its tags kept). */
function labelBefore(rawBefore: string, before: string): 'strong' | 'weak' | null {
  if (TAG_LABEL.test(rawBefore)) return 'strong';
  const bare = before.replace(LABEL_GAP, '');
  if (STRONG_LABEL.test(bare)) return 'strong';
  return WEAK_LABEL.test(bare) ? 'weak' : null;
}

/** What a date's neighbours make of it. */
function roleOf(before: string, after: string, label: 'strong' | 'weak' | null): DateRole {
  if (label === 'strong') return 'labelled';
  if (RELATED_BEFORE.test(before)) return 'related';
  if (SPAN_BEFORE.test(before) || SPAN_AFTER.test(after) || DATE_BESIDE_BEFORE.test(before) || DATE_BESIDE_AFTER.test(after)) {
    return 'series';
  }
  if (DATA_BEFORE.test(before) || DATA_AFTER.test(after) || (OPEN_BRACKET.test(before) && CLOSE_BRACKET.test(after))) return 'data';
  if (label === 'weak') return 'labelled';
  return PROSE_BEFORE.test(before) || PROSE_AFTER.test(after) ? 'prose' : 'plain';
}

/** Whether the date is all its segment (`\n`-delimited) holds, once tags are gone. */
function isLone(text: string, date: FoundDate): boolean {
  const start = text.lastIndexOf('\n', date.index - 1) + 1;
  const end = text.indexOf('\n', date.end);
  const rest = withoutTags(text.slice(start, date.index) + text.slice(date.end, end < 0 ? text.length : end));
  return /^[\s|｜·•●:：\-—]*$/.test(rest) || /^\s*(?:证券研究报告|研究报告)\s*[|｜·•]?\s*$/.test(rest);
}

/** Every full date in `text`, in order, with its role. */
export function dateMentions(text: string): DateMention[] {
  return findFullDates(text).map((date) => {
    // Column padding and line breaks count as one space: the neighbours are the words around.
    const rawBefore = text.slice(Math.max(0, date.index - 4 * BEFORE), date.index).replace(/\s+/g, ' ').slice(-BEFORE);
    const before = withoutTags(rawBefore);
    const after = withoutTags(text.slice(date.end, date.end + 4 * AFTER).replace(/\s+/g, ' ').slice(0, AFTER));
    const label = labelBefore(rawBefore, before);
    const role = roleOf(before, after, label);
    return { ...date, role, label: role === 'labelled' ? label : null, lone: isLone(text, date) };
  });
}
