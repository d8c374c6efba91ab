/** Reads a seed report from content/reports by its number prefix and runs the text-cleaning steps. */
import { readdirSync, readFileSync } from 'node:fs';
import { normalizeText } from '~/converter/parse/text/normalize.ts';

const DIR = 'content/reports/';

/** The raw text of the seed whose file name starts with `prefix` (e.g. `002_`). */
export function readSeed(prefix: string): string {
  const file = readdirSync(DIR).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(DIR + file, 'utf8');
}

/** The normalized lines of a seed. */
export function seedLines(prefix: string): string[] {
  return normalizeText(readSeed(prefix)).split('\n');
}
