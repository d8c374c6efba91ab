/**
 * Ordering helpers for digests, kept out of pages so they can be tested.
 */

interface Dated {
  id: string;
  data: { date: string | null };
}

/** Newest first; undated digests last; ties broken by id so the order is stable. */
export function newestFirst<T extends Dated>(digests: readonly T[]): T[] {
  return [...digests].sort((a, b) => {
    const byDate = (b.data.date ?? '').localeCompare(a.data.date ?? '');
    return byDate !== 0 ? byDate : a.id.localeCompare(b.id);
  });
}

/**
 * The digests either side of the one at `index` in newest-first order: `newer` comes before it,
 * `older` after. By index, not id: looking each digest up would make a site's paths quadratic.
 */
export function neighbours<T>(sorted: readonly T[], index: number): { newer: T | null; older: T | null } {
  if (index < 0 || index >= sorted.length) return { newer: null, older: null };
  return { newer: sorted[index - 1] ?? null, older: sorted[index + 1] ?? null };
}
