/**
 * Browse-by pages: brokers, sectors, report types and months, each term with a readable ASCII slug
 * that depends only on the term itself (so adding reports never changes an existing page's URL).
 */
import { createHash } from 'node:crypto';
import { brokerCode } from '../converter/parse/metadata/brokers/registry.ts';
import { REPORT_TYPE_WORDS, SECTOR_WORDS } from '../converter/slug-vocabulary.ts';

/** The facets a reader can browse by. */
export type Facet = 'broker' | 'sector' | 'reportType';

/** Minimal shape of a digest for grouping (the content collection entry satisfies it). */
export interface Groupable {
  id: string;
  data: { date: string | null; broker: string | null; sector: string | null; reportType: string | null };
}

function fallbackSlug(value: string): string {
  return `t-${createHash('sha256').update(value).digest('hex').slice(0, 8)}`;
}

/**
 * The table's word for a value. Synonyms share a word (医药生物, 医药 → healthcare), but two terms
 * must not share a page: the first key keeps the bare word, a later synonym adds its fingerprint.
 */
function exactWord(table: Readonly<Record<string, string>>, value: string): string | null {
  const word = table[value];
  if (!word) return null;
  const owner = Object.keys(table).find((key) => table[key] === word);
  return owner === value ? word : `${word}-${fallbackSlug(value).slice(2)}`;
}

/** ASCII slug of a facet term: 国金证券 → gjzq, 互联网 → internet, 行业周报 → industry-weekly. */
export function termSlug(facet: Facet, value: string): string {
  if (facet === 'broker') return brokerCode(value) ?? fallbackSlug(value);
  if (facet === 'sector') return exactWord(SECTOR_WORDS, value) ?? fallbackSlug(value);
  const scope = value.startsWith('公司') ? 'company' : value.startsWith('行业') ? 'industry' : null;
  const kind = Object.keys(REPORT_TYPE_WORDS)
    .filter((k) => value.includes(k))
    .sort((a, b) => b.length - a.length)[0];
  // Only a type fully described by its words gets them; anything else keeps a unique fingerprint.
  if (!kind || `${value.startsWith('公司') ? '公司' : value.startsWith('行业') ? '行业' : ''}${kind}` !== value) return fallbackSlug(value);
  const word = exactWord(REPORT_TYPE_WORDS, kind)!;
  return [scope, word].filter(Boolean).join('-');
}

/** One term of a facet with the digests filed under it. */
export interface Term<T> {
  value: string;
  slug: string;
  digests: T[];
}

/** Terms of a facet, most digests first then by name; digests without a value are left out. */
export function termsOf<T extends Groupable>(digests: readonly T[], facet: Facet): Term<T>[] {
  const byValue = new Map<string, T[]>();
  for (const digest of digests) {
    const value = digest.data[facet];
    if (value) byValue.set(value, [...(byValue.get(value) ?? []), digest]);
  }
  return [...byValue]
    .map(([value, list]) => ({ value, slug: termSlug(facet, value), digests: list }))
    .sort((a, b) => b.digests.length - a.digests.length || a.value.localeCompare(b.value, 'zh-CN'));
}

/** Digests grouped by month (`2026-07`), newest month first; undated ones under `undated`. */
export function groupByMonth<T extends Groupable>(digests: readonly T[]): { month: string; digests: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const digest of digests) {
    const month = digest.data.date?.slice(0, 7) ?? 'undated';
    groups.set(month, [...(groups.get(month) ?? []), digest]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === 'undated' ? 1 : b === 'undated' ? -1 : b.localeCompare(a)))
    .map(([month, list]) => ({ month, digests: list }));
}

/** `2026-07` → `2026 年 7 月`. */
export function monthLabel(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? `${match[1]} 年 ${Number(match[2])} 月` : '未注明日期';
}
