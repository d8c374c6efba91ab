/**
 * Queries made from an archive's own text, as a reader would type them: a Chinese word, a Latin
 * word or code (0700.HK, 688506, GPT-5.5, H100, Q1), or two Chinese words of one report. Words
 * come from `Intl.Segmenter('zh', { granularity: 'word' })`, codes from a pattern (the segmenter
 * cuts 0700.HK at its dot). The same texts and seed give the same queries.
 */

export type QueryKind = 'zh' | 'code' | 'two';

export const QUERY_KINDS: readonly { kind: QueryKind; label: string }[] = [
  { kind: 'zh', label: 'Chinese word' },
  { kind: 'code', label: 'Latin word or code' },
  { kind: 'two', label: 'two words' },
];

export interface Query {
  kind: QueryKind;
  /** As typed: terms separated by a space. */
  text: string;
  terms: string[];
}

/** A small seeded generator (mulberry32): the same seed, the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HAN_WORD = /^[\u3400-\u9fff]{2,}$/u;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The Chinese words of a text (two characters or more), in order, repeats kept. */
export function chineseWords(text: string): string[] {
  return [...segmenter.segment(text)].filter((s) => s.isWordLike && HAN_WORD.test(s.segment)).map((s) => s.segment);
}

const CODE = /(?<![A-Za-z0-9.\-])[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*(?![A-Za-z0-9])/g;

/** No reader types a longer code: longer runs are table cells or chart labels read as one. */
const LONGEST_CODE = 20;

/** Latin words and codes: two to LONGEST_CODE characters with a letter, or a six-digit stock code. */
export function latinWordsAndCodes(text: string): string[] {
  return [...text.matchAll(CODE)].map((m) => m[0]).filter((w) => w.length >= 2 && w.length <= LONGEST_CODE && (/[A-Za-z]/.test(w) || /^\d{6}$/.test(w)));
}

function pick<T>(items: readonly T[], random: () => number): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(random() * items.length)];
}

function draw(kind: QueryKind, text: string, random: () => number): string[] | null {
  if (kind === 'code') {
    const code = pick(latinWordsAndCodes(text), random);
    return code ? [code] : null;
  }
  const words = chineseWords(text);
  const first = pick(words, random);
  if (!first) return null;
  if (kind === 'zh') return [first];
  const second = pick(words.filter((w) => w !== first && !w.includes(first) && !first.includes(w)), random);
  return second ? [first, second] : null;
}

/** `perKind` distinct queries of each kind, drawn from random texts of `texts` with `seed`. */
export function makeQueries(texts: readonly string[], perKind: number, seed: number): Query[] {
  const random = seededRandom(seed);
  const queries: Query[] = [];
  for (const { kind } of QUERY_KINDS) {
    const seen = new Set<string>();
    for (let attempt = 0; seen.size < perKind && attempt < perKind * 50; attempt++) {
      const terms = draw(kind, pick(texts, random)!, random);
      const key = terms && [...terms].sort().join(' ').toLowerCase();
      if (!terms || !key || seen.has(key)) continue;
      seen.add(key);
      queries.push({ kind, text: terms.join(' '), terms });
    }
  }
  return queries;
}
