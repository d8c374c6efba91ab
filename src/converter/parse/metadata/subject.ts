/**
 * What a company report is about: the company and its ticker (腾讯控股（0700.HK）, or
 * 公司名称：… / 股票代码：… lines), and the target price (目标价：520 港元, 目标价格 45.6 元,
 * 目标价(港元)：620). Read from the front matter of company reports only.
 */
import type { Subject, TargetPrice } from '../../../schema/report.ts';

const TICKER = String.raw`\d{6}\.(?:SH|SZ|BJ)|\d{4,5}\.HK|[A-Z]{1,5}\.(?:O|N|OQ|US)|\d{6}`;
const NAME_WITH_TICKER = new RegExp(
  `([\\u4e00-\\u9fa5A-Za-z][\\u4e00-\\u9fa5A-Za-z0-9·-]{1,15}?)\\s*[（(]\\s*(${TICKER})\\s*[）)]`,
);
const NAME_LABEL = /(?:公司名称|公司简称|股票名称|证券简称)\s*[:：]\s*([\u4e00-\u9fa5A-Za-z0-9·-]{2,16})/;
const TICKER_LABEL = new RegExp(`(?:股票代码|证券代码|公司代码)\\s*[:：]\\s*(${TICKER})`);
const CURRENCY = '港元|港币|美元|人民币|元|HKD|USD|RMB|CNY';
const TARGET_PRICE = new RegExp(
  `目标价(?:格|位)?\\s*(?:[（(](${CURRENCY})[）)])?\\s*[:：为]?\\s*(\\d+(?:\\.\\d+)?)\\s*(${CURRENCY})?`,
);

/** A line that is only a company and its ticker (腾讯控股（0700.HK）). */
export function isSubjectLine(line: string): boolean {
  const match = NAME_WITH_TICKER.exec(line);
  return match !== null && match.index === 0 && match[0].length === line.length;
}

/** The company and ticker named in the front matter. */
export function findSubject(frontLines: readonly string[]): Subject | null {
  for (const line of frontLines) {
    const match = NAME_WITH_TICKER.exec(line);
    if (match?.[1] && match[2]) return { name: match[1], ticker: match[2] };
  }
  const name = frontLines.map((line) => NAME_LABEL.exec(line)?.[1]).find(Boolean);
  if (!name) return null;
  const ticker = frontLines.map((line) => TICKER_LABEL.exec(line)?.[1]).find(Boolean) ?? null;
  return { name, ticker };
}

/** The target price printed in the front matter. */
export function findTargetPrice(frontLines: readonly string[]): TargetPrice | null {
  for (const line of frontLines) {
    const match = TARGET_PRICE.exec(line);
    const value = Number(match?.[2]);
    if (match && value > 0) return { value, currency: match[1] ?? match[3] ?? null };
  }
  return null;
}
