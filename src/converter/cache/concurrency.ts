/**
 * Bounded parallel file work. An archive of 10,000 reports means 10,000 cache entries and digests:
 * started all at once they would hold thousands of open files (EMFILE); one at a time they would
 * wait on the disk for each.
 */

/** Runs `work` on every item, at most `limit` at a time; results keep the order of `items`. */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
