/**
 * Where things found on lines go: into the section whose line range holds them, and out of the
 * lines the prose is made from. Plus the company names the report itself lists.
 */
import type { Mover, Subject } from '../../schema/report.ts';
import type { Table } from '../../schema/table.ts';
import type { SectionRange } from './types.ts';

/** Blanks the line ranges (inclusive) taken by tables and charts, keeping every index in place. */
export function withoutLines(lines: readonly string[], taken: readonly { startLine: number; endLine: number }[]): string[] {
  const out = [...lines];
  for (const { startLine, endLine } of taken) for (let i = startLine; i <= endLine && i < out.length; i++) out[i] = '';
  return out;
}

/** Gives each item the id of the section whose range holds its line `at` (null on the title page). */
export function placeInSections<T extends { at: number }>(items: readonly T[], ranges: readonly SectionRange[]): (Omit<T, 'at'> & { section: string | null })[] {
  return items.map(({ at, ...item }) => {
    const range = ranges.find((r) => at >= r.from && at < r.to);
    return { ...item, section: range?.id ?? null };
  });
}

const NAME_COLUMN = /公司名称|股票名称|证券简称|^名称$|^公司$|^简称$|^标的$/u;
/** A-share, Hong Kong and US tickers: 603000.SH, 0700.HK, PDD.O, BILI. */
const TICKER = /^(?:\d{6}\.(?:SH|SZ|BJ)|\d{4,5}\.HK|[A-Z]{1,5}(?:\.[A-Z]{1,2})?)$/u;
const NOT_A_COMPANY = /指数$|指$|板块$|^沪深|^\d|^[\d.,%+\-\s]+$/u;

function plausibleCompany(name: string): boolean {
  const trimmed = name.trim();
  return trimmed.length >= 2 && trimmed.length <= 16 && !NOT_A_COMPANY.test(trimmed);
}

/** The first cell that is a ticker once its whitespace is removed, so compared and kept. */
function firstTicker(row: readonly string[]): string | undefined {
  for (const cell of row) {
    const compact = /\s/.test(cell) ? cell.replace(/\s+/g, '') : cell;
    if (TICKER.test(compact)) return compact;
  }
  return undefined;
}

/** Companies the report lists in its tables' ticker rows, its price moves and its subject, with tickers where printed. */
export function listedCompanies(tables: readonly Table[], movers: readonly Mover[], subject: Subject | null): Subject[] {
  const tickers = new Map<string, string | null>();
  const add = (name: string, ticker: string | null) => {
    const key = name.trim();
    if (plausibleCompany(key) && !tickers.get(key)) tickers.set(key, ticker);
  };
  for (const table of tables) {
    const columns = table.columns.flatMap((c, i) => (NAME_COLUMN.test(c.trim()) ? [i] : []));
    // Only rows that carry a ticker name a company for sure; loose cells can hold any word.
    for (const row of table.rows) {
      // Extractors split tickers (`0700. HK`); compared and kept without whitespace.
      const ticker = firstTicker(row);
      if (ticker) for (const i of columns) if (row[i]) add(row[i], ticker);
    }
  }
  for (const mover of movers) add(mover.name, null);
  if (subject) add(subject.name, subject.ticker);
  // Longest first, so 腾讯控股 is matched before 腾讯.
  return [...tickers]
    .map(([name, ticker]) => ({ name, ticker }))
    .sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name));
}
