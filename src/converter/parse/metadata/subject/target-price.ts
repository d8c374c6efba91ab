/**
 * Candidates for a company report's target price, in every printed form:
 *
 *   目标价：612.6 · 目标价：35.64元（6个月） · 目标价(元)  1000 · 目標價 CNY 147 (+22.19%)
 *   当前价/目标价：340.10/395.20元 (the value in 目标价's place) · 6 个月目标价 45.6 元
 *   给予目标价 35.64 元 · 目 標 價 147 元 (letter-spaced, in the summary)
 *
 * Never the current price (当前价格, 收盘价, 昨收盘, 股价, 现价): their labels are not 目标价, and
 * a value is only read right after 目标价 (through brackets, a colon, a currency), so an empty
 * slot (目标价格：最新收盘价：416.00, 目标价：——元) reads as nothing. A range (12.89-15.21) or a
 * change (+22%) is not a target price. Scores: in a label slot 80, in a sentence 50, minus up
 * to 25 for the distance from the top of the page.
 */
import type { TargetPrice } from '../../../../schema/report.ts';
import type { Candidate } from '../candidates.ts';
import { earliness, snippet, type FrontRegion } from '../front-region.ts';

const CURRENCY = String.raw`港元|港币|美元|人民币元|人民币|元|HKD|USD|RMB|CNY|HK\$|US\$`;
const LABEL = String.raw`(?:\d{1,2}\s*个月)?\s*目\s?[标標]\s?[价價](?:\s?[格位])?`;
const NUMBER = String.raw`(\d{1,6}(?:\.\d{1,3})?)`;
const TARGET = new RegExp(
  String.raw`(${LABEL})\s*(?:[（(]\s*(${CURRENCY})\s*[）)])?\s*(?:[（(][^）)]{1,8}[）)])?\s*[:：为為]?\s*(${CURRENCY})?\s*${NUMBER}\s*(${CURRENCY})?(?![\d.%]|\s*[-~～至]\s*\d|\s*[%％])`,
  'g',
);
/** 当前价/目标价：340.10/395.20元: labels and values paired by their place. */
const PAIRED = new RegExp(
  String.raw`((?:[\u4e00-\u9fa5]{1,5}价\s*/\s*)*)目标价((?:\s*/\s*[\u4e00-\u9fa5]{1,5}价)*)\s*[:：]\s*(\d[\d.]*(?:\s*/\s*\d[\d.]*)+)\s*(${CURRENCY})?`,
  'g',
);

function price(value: string, currency: string | undefined): TargetPrice | null {
  const number = Number(value);
  return number > 0 ? { value: number, currency: currency ?? null } : null;
}

/** Whether the label stands in a slot of its own (masthead box) rather than in a sentence. */
function inSlot(text: string, index: number): boolean {
  return /(?:^|\n|\s{2}|[：:\]）)】])\s*$/.test(text.slice(Math.max(0, index - 3), index)) || index === 0;
}

/** Every target price the first page prints, scored. */
export function targetPriceCandidates(region: FrontRegion): Candidate<TargetPrice>[] {
  const { text } = region;
  const found: Candidate<TargetPrice>[] = [];
  for (const m of text.matchAll(PAIRED)) {
    const place = (m[1]?.match(/\//g)?.length ?? 0);
    const value = m[3]!.split('/')[place]?.trim();
    const read = value ? price(value, m[4]) : null;
    if (read) found.push({ value: read, score: 85 - 25 * (1 - earliness(m.index)), evidence: snippet(text, m.index, m.index + m[0].length, 0) });
  }
  for (const m of text.matchAll(TARGET)) {
    if (/\/\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue; // read by PAIRED
    const read = price(m[4]!, m[2] ?? m[3] ?? m[5]);
    if (!read) continue;
    const score = (inSlot(text, m.index) ? 80 : 50) - 25 * (1 - earliness(m.index));
    found.push({ value: read, score, evidence: snippet(text, m.index, m.index + m[0].length, 0) });
  }
  return found;
}
