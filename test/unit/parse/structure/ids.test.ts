import { describe, expect, it } from 'vitest';
import { assignIds, baseId } from '~/converter/parse/structure/ids.ts';

describe('section ids', () => {
  it('derives ids from numbering, else from the 1-based position', () => {
    expect(baseId({ numbers: [1] }, 1)).toBe('s1');
    expect(baseId({ numbers: [1, 1] }, 2)).toBe('s1-1');
    expect(baseId({ numbers: [3, 1] }, 7)).toBe('s3-1');
    expect(baseId({ numbers: null }, 2)).toBe('s-2');
  });

  it('de-duplicates with letter suffixes that cannot collide with numbered ids', () => {
    expect(assignIds([{ numbers: [1] }, { numbers: [1, 2] }, { numbers: [1] }, { numbers: [1] }, { numbers: null }])).toEqual([
      's1',
      's1-2',
      's1-b',
      's1-c',
      's-5',
    ]);
  });

  it('is stable: the same headings give the same ids', () => {
    const input = [{ numbers: [2] }, { numbers: null }, { numbers: [2] }];
    expect(assignIds(input)).toEqual(assignIds(input));
  });
});
