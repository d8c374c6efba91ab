/**
 * Tickers as reports print them, and the one form the archive stores (the form the tables and
 * company pages use, see src/lib/companies.ts):
 *
 *   A shares      300896 · 300896.SZ · 600089.SH · 688506 CH · 002920 CH  → 300896.SZ, 688506.SH
 *   New Third     430335.OC · 832278 (NEEQ and Beijing codes keep what is printed)
 *   Hong Kong     0700.HK · 00700.HK · 0460 (in a Hong Kong report)     → 0700.HK, 0460.HK
 *   US            SY.O · SY.US · PDD.O · BILI.N                         → as printed, upper case
 *
 * A bare six-digit A-share code gets its exchange from its prefix (60/68/90 Shanghai, 00/30/20
 * Shenzhen): that is what the code means, not a guess.
 */

/** A printed ticker; group 1 is all of it. Bare codes are only taken inside brackets or by label. */
export const TICKER = String.raw`(\d{6}(?:\s*\.\s*(?:SH|SZ|BJ|OC|NQ)|\s+(?:CH|CN|C1|C2))?|(?:\d{4}|0\d{4})(?:\s*\.\s*HK|\s+HK)?|[A-Z]{1,5}(?:\s*\.\s*(?:O|N|OQ|US|A))|[A-Z]{1,5}\s+US)(?![\dA-Za-z])`;

/** A ticker that names its exchange: safe to take outside brackets (300896.SZ, 0700.HK, 688506 CH). */
export const EXCHANGE_TICKER = String.raw`(\d{6}\s*\.\s*(?:SH|SZ|BJ|OC|NQ)|\d{6}\s+(?:CH|CN)|\d{4,5}\s*\.\s*HK|[A-Z]{1,5}\s*\.\s*(?:O|N|OQ|US))(?![\dA-Za-z])`;

const SHANGHAI = /^(?:60|68|90)/;
const SHENZHEN = /^(?:00|30|20)/;

/** The stored form of a printed ticker. */
export function normalizeTicker(printed: string): string {
  const compact = printed.replace(/\s*\.\s*/g, '.').trim().toUpperCase();
  const [code = '', market = ''] = compact.split(/[.\s]+/);
  if (/^\d{6}$/.test(code)) {
    if (market && !/^(?:CH|CN|C1|C2)$/.test(market)) return `${code}.${market}`;
    if (SHANGHAI.test(code)) return `${code}.SH`;
    if (SHENZHEN.test(code)) return `${code}.SZ`;
    return code;
  }
  if (/^\d{4,5}$/.test(code)) return `${code.replace(/^0+(?=\d{4})/, '').padStart(4, '0')}.HK`;
  return market ? `${code}.${market}` : code;
}

/** The digits of a ticker (or its letters, for a US one): what two printings of it share. */
export function tickerCode(ticker: string): string {
  return ticker.split(/[.\s]/)[0]!.replace(/^0+(?=\d{4})/, '');
}
