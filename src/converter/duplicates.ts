/**
 * Copies and slug collisions in an archive, resolved deterministically by source order (sources
 * are sorted, so the same folder always gives the same result):
 *
 * - The same report twice (identical text after decoding, so a UTF-8 file and its GBK copy count
 *   too): the first file in source order is published; every later copy is rejected as
 *   "与 <first> 内容相同", since two pages of one report would split its readers and links. The
 *   copy's sidecar file, if any, is not used.
 * - Two different reports with one slug (in practice two sidecar files setting the same `slug`,
 *   since derived slugs end in a fingerprint of the file name): the first in source order keeps
 *   the slug; each later one gets `<slug>-2` (or `-3` …, never a slug another report has) and a
 *   warning naming the file that has the slug. Only a colliding report's slug depends on the
 *   others in the archive; every other slug stays stable.
 *
 * Resolved as the outcomes stream past in source order (`DuplicateResolver`), so a build need not
 * hold every report at once: a copy is known when it arrives, and so is a report whose slug is
 * already held; only such a report waits for the end, when every slug is known and its suffix can
 * be chosen (a suffix must not take a slug a later report holds).
 */
import type { ConversionOutcome } from './convert-report.ts';

type Published = Extract<ConversionOutcome, { ok: true }>;

/** What an outcome is once resolved: publish it as it is, or the resolution is known only at the end. */
export type Admission = { outcome: ConversionOutcome } | { deferred: true };

/** The first `<slug>-n` (n ≥ 2) that no report has and no report will keep. */
function freeSlug(slug: string, taken: ReadonlySet<string>): string {
  let n = 2;
  while (taken.has(`${slug}-${n}`)) n += 1;
  return `${slug}-${n}`;
}

/** Resolves copies and slug collisions of outcomes given one by one in source order. */
export class DuplicateResolver {
  readonly #firstByHash = new Map<string, string>();
  /** Every slug some report was given: a suffix never takes another report's slug. */
  readonly #taken = new Set<string>();
  readonly #owner = new Map<string, string>();
  readonly #deferred: Published[] = [];

  /** The outcome as published (a later copy rejected), or deferred when its slug is already held. */
  admit(outcome: ConversionOutcome): Admission {
    if (!outcome.ok) return { outcome };
    const first = this.#firstByHash.get(outcome.contentHash);
    if (first !== undefined) {
      const reason = `与 ${first} 内容相同（重复文件），只发布 ${first}`;
      return { outcome: { ok: false, source: outcome.source, reason, bytes: outcome.bytes } };
    }
    this.#firstByHash.set(outcome.contentHash, outcome.source);
    const { slug } = outcome.report;
    this.#taken.add(slug);
    if (this.#owner.has(slug)) {
      this.#deferred.push(outcome);
      return { deferred: true };
    }
    this.#owner.set(slug, outcome.source);
    return { outcome };
  }

  /** The deferred outcomes, in source order, each with a suffixed slug and a warning naming the holder. */
  finish(): Published[] {
    return this.#deferred.splice(0).map((outcome) => {
      const { slug } = outcome.report;
      const holder = this.#owner.get(slug)!;
      const renamed = freeSlug(slug, this.#taken);
      this.#taken.add(renamed);
      this.#owner.set(renamed, outcome.source);
      const warning = `网址 slug「${slug}」已被 ${holder} 使用，本报告改用「${renamed}」；请在修正文件中设置不同的 slug`;
      return { ...outcome, report: { ...outcome.report, slug: renamed, warnings: [...outcome.report.warnings, warning] } };
    });
  }
}

/** Resolves copies, then slug collisions; `outcomes` must be sorted by source. */
export function resolveDuplicates(outcomes: readonly ConversionOutcome[]): ConversionOutcome[] {
  const resolver = new DuplicateResolver();
  const admitted = outcomes.map((outcome) => resolver.admit(outcome));
  const renamed = new Map(resolver.finish().map((outcome) => [outcome.source, outcome]));
  return admitted.map((admission, index) => ('outcome' in admission ? admission.outcome : renamed.get(outcomes[index]!.source)!));
}
