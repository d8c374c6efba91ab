/**
 * The report text as the broker finder searches it: simplified characters, half-width letters
 * and punctuation, letter-spaced Chinese closed up (西 南证券研究院), column gaps marked. Every
 * rule then needs one spelling of each name and label.
 */
import { createRequire } from 'node:module';

type OpenCC = typeof import('opencc-js/t2cn');

/** Common characters that exist only in traditional writing; a traditional text is full of them. */
const TRADITIONAL_ONLY = /[證國華報價資產與為這們來時會說對於經還點開關從體後過現東車業買賣額網發議當標權視]/g;
/**
 * A simplified report quoting a traditional name has one or two; a traditional one has dozens in
 * a few lines. (Converting a simplified text changes nothing: the test only spares the time.)
 */
const TRADITIONAL_MIN = 8;
const SAMPLE = 4_000;

let toSimplified: ((text: string) => string) | null = null;

/** Whether the lines are written in traditional characters (sampled from the start). */
export function isTraditional(lines: readonly string[]): boolean {
  let sample = '';
  for (const line of lines) {
    sample += line;
    if (sample.length >= SAMPLE) break;
  }
  return (sample.match(TRADITIONAL_ONLY)?.length ?? 0) >= TRADITIONAL_MIN;
}

/**
 * The lines in simplified characters (OpenCC's tables); a simplified text is returned as it is
 * (the same array). `always` converts without asking (a masthead of a text already found traditional).
 */
export function simplified(lines: readonly string[], always = false): readonly string[] {
  if (!always && !isTraditional(lines)) return lines;
  // Loaded and built on first use (about 0.2 s): most archives hold no traditional report.
  toSimplified ??= (createRequire(import.meta.url)('opencc-js/t2cn') as OpenCC).Converter({ from: 't', to: 'cn' });
  return lines.map((line) => toSimplified!(line));
}

const FULL_WIDTH = /[\uff01-\uff5e]/g;
const HAS_FULL_WIDTH = /[\uff01-\uff5e]/;
const HAN = '\\u3400-\\u9fff';
const SPACED_HAN = new RegExp(`([${HAN}])[ \\u00a0\\u3000]([${HAN}])`, 'g');
const COLUMN_GAP = /[ \u00a0\u3000]{2,}/g;

/** One line made searchable: ＠Ａ１（ → @A1(, 西 南证券 → 西南证券, a run of spaces → a tab. */
export function searchable(line: string): string {
  let text = HAS_FULL_WIDTH.test(line) ? line.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : line;
  text = text.replace(COLUMN_GAP, '\t');
  // Twice: the first pass consumes the character after each space, so 证 券 研 究 needs a second.
  if (/[ \u00a0\u3000]/.test(text)) text = text.replace(SPACED_HAN, '$1$2').replace(SPACED_HAN, '$1$2');
  return text;
}

/** The same line for English names: lower case, without any spaces (PHILLIPCAPITAL HONGKONG, CINDASECURITIESCO.,LTD). */
export function compactLatin(line: string): string {
  return line.toLowerCase().replace(/\s+/g, '');
}
