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
 */
import type { ConversionOutcome } from './convert-report.ts';

type Published = Extract<ConversionOutcome, { ok: true }>;

/** Rejects later copies of a report already published from an earlier file. */
function rejectCopies(outcomes: readonly ConversionOutcome[]): ConversionOutcome[] {
  const firstByHash = new Map<string, string>();
  return outcomes.map((outcome) => {
    if (!outcome.ok) return outcome;
    const first = firstByHash.get(outcome.contentHash);
    if (first === undefined) {
      firstByHash.set(outcome.contentHash, outcome.source);
      return outcome;
    }
    const reason = `与 ${first} 内容相同（重复文件），只发布 ${first}`;
    return { ok: false, source: outcome.source, reason, bytes: outcome.bytes };
  });
}

/** The first `<slug>-n` (n ≥ 2) that no report has and no report will keep. */
function freeSlug(slug: string, taken: ReadonlySet<string>): string {
  let n = 2;
  while (taken.has(`${slug}-${n}`)) n += 1;
  return `${slug}-${n}`;
}

/** Gives each later report with an already-used slug a suffixed one, with a warning. */
function separateSlugs(outcomes: readonly ConversionOutcome[]): ConversionOutcome[] {
  const published = outcomes.filter((o): o is Published => o.ok);
  // Every slug some report was given is reserved, so a suffix never takes another report's slug.
  const taken = new Set(published.map((o) => o.report.slug));
  const owner = new Map<string, string>();
  return outcomes.map((outcome) => {
    if (!outcome.ok) return outcome;
    const { slug } = outcome.report;
    const holder = owner.get(slug);
    if (holder === undefined) {
      owner.set(slug, outcome.source);
      return outcome;
    }
    const renamed = freeSlug(slug, taken);
    taken.add(renamed);
    owner.set(renamed, outcome.source);
    const warning = `网址 slug「${slug}」已被 ${holder} 使用，本报告改用「${renamed}」；请在修正文件中设置不同的 slug`;
    const report = { ...outcome.report, slug: renamed, warnings: [...outcome.report.warnings, warning] };
    return { ...outcome, report };
  });
}

/** Resolves copies, then slug collisions; `outcomes` must be sorted by source. */
export function resolveDuplicates(outcomes: readonly ConversionOutcome[]): ConversionOutcome[] {
  return separateSlugs(rejectCopies(outcomes));
}
