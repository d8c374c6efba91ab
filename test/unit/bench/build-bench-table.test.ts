import { describe, expect, it } from 'vitest';
import { markdownTable } from '../../../scripts/bench/lib/build-bench-table.ts';
import { quantile, spread } from '../../../scripts/bench/lib/site-measures.ts';
import { isGeneratedSource } from '../../../scripts/bench/lib/workspace.ts';

describe('markdownTable', () => {
  it('has a row per measure and a right-aligned column per size', () => {
    const table = markdownTable(['N = 100', 'N = 1,000'], [{ measure: 'wall time', cells: ['10.0 s', '90.0 s'] }]);
    expect(table).toBe('| measure | N = 100 | N = 1,000 |\n| --- | ---: | ---: |\n| wall time | 10.0 s | 90.0 s |');
  });
});

describe('quantile', () => {
  it('takes the nearest rank', () => {
    expect(quantile([5, 1, 3], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(quantile(Array.from({ length: 100 }, (_, i) => i + 1), 0.95)).toBe(95);
    expect(quantile([], 0.5)).toBeNaN();
    expect(spread([3, 1, 2])).toEqual({ median: 2, p95: 3, max: 3 });
  });
});

describe('isGeneratedSource', () => {
  it('leaves generated digests out of a workspace copy, and nothing else', () => {
    expect(isGeneratedSource('src/content/digests')).toBe(true);
    expect(isGeneratedSource('src/content/digests/a.mdx')).toBe(true);
    expect(isGeneratedSource('src/content/digests-old/a.mdx')).toBe(false);
    expect(isGeneratedSource('src/content.config.ts')).toBe(false);
  });
});
