/**
 * Raw extractor output → normalized text: one line-ending convention, no invisible control
 * characters, no trailing blanks, simple MinerU LaTeX numbers as plain text, side-by-side
 * columns put in reading order. (Reports flattened onto one line have their own layout reader:
 * layout/flattened/.)
 */
import { decolumnize } from './columns.ts';

/** C0 and C1 control characters except `\t` and `\n`, plus DEL and stray byte-order marks. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFEFF]/g;

/**
 * MinerU writes numbers as inline LaTeX: `$3\%$`, `$12.5$`, `$-0.8 \%$`. Only a lone (signed,
 * grouped, decimal) number with an optional percent sign is unwrapped; other LaTeX is kept.
 */
const LATEX_NUMBER = /\$\s*([+\-−]?\d[\d,]*(?:\.\d+)?)\s*(\\%)?\s*\$/g;

/** Normalizes raw report text (line endings, control characters, trailing blanks, LaTeX numbers, layouts). */
export function normalizeText(raw: string): string {
  return decolumnize(cleanText(raw).split('\n')).join('\n');
}

/** Raw text with one line-ending convention, no control characters, no trailing blanks, plain LaTeX numbers. */
export function cleanText(raw: string): string {
  // Each replacement only when its character occurs: most reports need none of them.
  let text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  // A form feed is a page break: keep it as a line break so the pages' lines stay apart.
  if (text.includes('\f')) text = text.replace(/\f/g, '\n');
  text = text.replace(CONTROL_CHARACTERS, '');
  if (text.includes('$')) text = text.replace(LATEX_NUMBER, (_, number: string, percent: string | undefined) => (percent ? `${number}%` : number));
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}
