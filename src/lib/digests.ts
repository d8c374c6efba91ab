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

/** The digests either side of `id` in newest-first order: `newer` comes before it, `older` after. */
export function neighbours<T extends { id: string }>(sorted: readonly T[], id: string): { newer: T | null; older: T | null } {
  const index = sorted.findIndex((d) => d.id === id);
  if (index < 0) return { newer: null, older: null };
  return { newer: sorted[index - 1] ?? null, older: sorted[index + 1] ?? null };
}
