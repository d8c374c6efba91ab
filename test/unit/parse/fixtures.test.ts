/**
 * Fixture suite, unified style: every `test/fixtures/parse/<case>/input.{txt,md}` and every seed
 * report in `content/reports/` is converted and compared with its expected JSON.
 * `UPDATE=1 npm run test:unit -- test/unit/parse/fixtures.test.ts` regenerates the expected files:
 * read every regenerated file before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '~/converter/parse/index.ts';
import { slugFor } from '~/converter/slug.ts';
import { slugVocabulary } from '~/converter/slug-vocabulary.ts';
import { Report } from '~/schema/report.ts';

const UPDATE = process.env['UPDATE'] === '1';
const CASES_DIR = 'test/fixtures/parse';
const SEEDS_DIR = 'content/reports';
const SEED_EXPECTATIONS = 'test/fixtures/seeds';

interface FixtureCase {
  name: string;
  input: string;
  expected: string;
}

function fixtureCases(): FixtureCase[] {
  const handMade = readdirSync(CASES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const input = ['input.txt', 'input.md'].map((f) => join(CASES_DIR, d.name, f)).find(existsSync);
      if (!input) throw new Error(`${CASES_DIR}/${d.name} has no input.txt or input.md`);
      return { name: d.name, input, expected: join(CASES_DIR, d.name, 'expected.json') };
    });
  const seeds = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: `seed ${f}`, input: join(SEEDS_DIR, f), expected: join(SEED_EXPECTATIONS, f.replace(/\.txt$/, '.json')) }));
  return [...handMade, ...seeds];
}

function convert(input: string): Report {
  const source = input.split('/').at(-2) === 'reports' ? input.split('/').at(-1)! : input.split('/').slice(-2).join('/');
  const parsed = parseReport(readFileSync(input, 'utf8'), source);
  return Report.parse({ ...parsed, slug: slugFor(parsed, slugVocabulary) });
}

describe('parse fixtures', () => {
  for (const fixture of fixtureCases()) {
    it(`${fixture.name} matches its expected JSON`, () => {
      const actual = convert(fixture.input);
      if (UPDATE || !existsSync(fixture.expected)) {
        writeFileSync(fixture.expected, `${JSON.stringify(actual, null, 2)}\n`);
        if (!UPDATE) throw new Error(`${fixture.expected} did not exist: written now, read it, then rerun`);
        return;
      }
      expect(actual).toEqual(JSON.parse(readFileSync(fixture.expected, 'utf8')));
    });
  }
});
