/**
 * The real reports, randomly damaged (line ranges deleted, duplicated, swapped; tokens inserted;
 * the text cut short, flattened into one line, or given other line endings), still convert:
 * no throw, a valid report, MDX that reads back with no code from the text.
 *
 * A counterexample is printed as the edit list; rebuild the text with
 * `applyMutations(seedText, edits)` from `./mutations.ts`.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { PROPERTY_TIMEOUT_MS, convertText, expectNoCodeFromText, loadSeeds, parseMdx } from './checks.ts';
import { applyMutations, mutations } from './mutations.ts';

/** Fewer runs for the big seeds, so the file stays within a few seconds per seed. */
function runsFor(text: string): number {
  return text.length > 50_000 ? 8 : 25;
}

describe('mutated seed reports through the converter', () => {
  for (const seed of loadSeeds()) {
    it(`${seed.source}: converts after random edits`, () => {
      fc.assert(
        fc.property(mutations, (edits) => {
          convertText(applyMutations(seed.text, edits), seed.source);
        }),
        { numRuns: runsFor(seed.text) },
      );
    }, PROPERTY_TIMEOUT_MS);
  }

  it('the MDX of a mutated seed reads back with no code from the text', () => {
    const seeds = new Map(loadSeeds().filter((s) => s.text.length <= 50_000).map((s) => [s.source, s.text]));
    // Seeds are drawn by name, so a counterexample prints the file name, not the whole report.
    fc.assert(
      fc.property(fc.constantFrom(...seeds.keys()), mutations, (source, edits) => {
        expectNoCodeFromText(parseMdx(convertText(applyMutations(seeds.get(source)!, edits), source).mdx));
      }),
      { numRuns: 15 },
    );
  }, PROPERTY_TIMEOUT_MS);
});
