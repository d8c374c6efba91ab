/**
 * A k-way merge of sorted streams through a binary min-heap: each step costs log k, not k. The
 * batch merge of the search index (search-index.ts) merges one word list per batch, and the number
 * of batches grows with the archive (90 at 10,000 reports), so scanning every batch's head for each
 * word grows as batches × words. Measured on that merge it was not yet what took the time (CPU 74 s
 * before, 81 s after, within the machine's noise; gzip was 44 %, see writePagefindFile): this keeps
 * it from becoming so.
 */

/** Items of one key, one per stream that holds it, in stream order. */
export interface KeyGroup<T> {
  key: string;
  items: Array<{ stream: number; value: T }>;
}

interface Head<T> {
  stream: number;
  key: string;
  value: T;
}

/**
 * Merges `streams`, each sorted by `keyOf` under `compare` with no key twice, into groups of equal
 * keys in ascending order; within a group, items keep the order of their streams.
 */
export function* mergeSorted<T>(streams: ReadonlyArray<Iterator<T>>, keyOf: (value: T) => string, compare: (a: string, b: string) => number): Generator<KeyGroup<T>> {
  const less = (a: Head<T>, b: Head<T>) => {
    const order = compare(a.key, b.key);
    return order < 0 || (order === 0 && a.stream < b.stream);
  };
  const heap: Head<T>[] = [];
  const push = (stream: number) => {
    const next = streams[stream]!.next();
    if (next.done) return;
    heap.push({ stream, key: keyOf(next.value), value: next.value });
    siftUp(heap, heap.length - 1, less);
  };
  streams.forEach((_, stream) => push(stream));
  while (heap.length > 0) {
    const key = heap[0]!.key;
    const items: KeyGroup<T>['items'] = [];
    // Equal keys pop in stream order (ties break by stream), so the group needs no sorting.
    while (heap.length > 0 && compare(heap[0]!.key, key) === 0) {
      const head = popMin(heap, less);
      items.push({ stream: head.stream, value: head.value });
      push(head.stream);
    }
    yield { key, items };
  }
}

function siftUp<T>(heap: T[], at: number, less: (a: T, b: T) => boolean): void {
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (!less(heap[at]!, heap[parent]!)) return;
    [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
    at = parent;
  }
}

function popMin<T>(heap: T[], less: (a: T, b: T) => boolean): T {
  const top = heap[0]!;
  const last = heap.pop()!;
  if (heap.length === 0) return top;
  heap[0] = last;
  let at = 0;
  for (;;) {
    const left = 2 * at + 1;
    const right = left + 1;
    let smallest = at;
    if (left < heap.length && less(heap[left]!, heap[smallest]!)) smallest = left;
    if (right < heap.length && less(heap[right]!, heap[smallest]!)) smallest = right;
    if (smallest === at) return top;
    [heap[at], heap[smallest]] = [heap[smallest]!, heap[at]!];
    at = smallest;
  }
}
