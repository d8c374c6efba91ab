import { describe, expect, it } from 'vitest';
import { resultHref, resultMetaLine } from '~/lib/search/result-view.ts';

describe('result links and metadata', () => {
  it('drops an empty highlight parameter but keeps real ones and the anchor', () => {
    expect(resultHref('/digests/a/?highlight=')).toBe('/digests/a/');
    expect(resultHref('/digests/a/?highlight=#e-1')).toBe('/digests/a/#e-1');
    expect(resultHref('/digests/a/?highlight=%E5%8F%AF#e-1')).toBe('/digests/a/?highlight=%E5%8F%AF#e-1');
  });

  it('shows broker, date and rating, skipping what is missing', () => {
    expect(resultMetaLine({ broker: '国金证券', date: '2026-07-03', rating: '维持 · 买入', title: 't' })).toBe('国金证券 · 2026-07-03 · 维持 · 买入');
    expect(resultMetaLine({ broker: '国金证券', title: 't' })).toBe('国金证券');
  });
});
