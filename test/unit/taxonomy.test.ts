import { describe, expect, it } from 'vitest';
import { REPORT_TYPE_WORDS, SECTOR_WORDS } from '~/converter/slug-vocabulary.ts';
import { groupByMonth, monthLabel, termSlug, termsOf } from '~/lib/taxonomy.ts';

const digest = (id: string, data: Partial<{ date: string; broker: string; sector: string; reportType: string }>) => ({
  id,
  data: { date: data.date ?? null, broker: data.broker ?? null, sector: data.sector ?? null, reportType: data.reportType ?? null },
});

describe('termSlug', () => {
  it('gives every sector and report type of the vocabulary a page of its own (no two share a slug)', () => {
    const types = Object.keys(REPORT_TYPE_WORDS).flatMap((k) => [k, `行业${k}`, `公司${k}`]);
    const slugs = [...Object.keys(SECTOR_WORDS).map((v) => termSlug('sector', v)), ...types.map((v) => termSlug('reportType', v))];
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('uses readable ASCII words for known terms', () => {
    expect(termSlug('broker', '国金证券')).toBe('gjzq');
    expect(termSlug('sector', '互联网')).toBe('internet');
    // Synonyms in the vocabulary still get pages of their own.
    expect(termSlug('sector', '医药生物')).toBe('healthcare');
    expect(termSlug('sector', '医药')).toMatch(/^healthcare-[0-9a-f]{8}$/);
    expect(termSlug('reportType', '行业周报')).toBe('industry-weekly');
    expect(termSlug('reportType', '公司点评')).toBe('company-note');
  });

  it('gives unknown terms a stable ASCII fingerprint, different per term', () => {
    const a = termSlug('sector', '元宇宙');
    expect(a).toMatch(/^t-[0-9a-f]{8}$/);
    expect(termSlug('sector', '元宇宙')).toBe(a);
    expect(termSlug('sector', '低空经济')).not.toBe(a);
  });

  it('does not give two different report types the same words', () => {
    expect(termSlug('reportType', '行业周报')).not.toBe(termSlug('reportType', '行业周报（修订）'));
  });
});

describe('termsOf', () => {
  it('lists each broker with its digests, most digests first', () => {
    const terms = termsOf([digest('a', { broker: '华安证券' }), digest('b', { broker: '国金证券' }), digest('c', { broker: '国金证券' }), digest('d', {})], 'broker');
    expect(terms.map((t) => [t.value, t.slug, t.digests.map((d) => d.id)])).toEqual([
      ['国金证券', 'gjzq', ['b', 'c']],
      ['华安证券', 'hazq', ['a']],
    ]);
  });
});

describe('groupByMonth', () => {
  it('groups by month, newest month first, undated last', () => {
    const groups = groupByMonth([digest('a', { date: '2023-07-16' }), digest('b', {}), digest('c', { date: '2026-07-03' }), digest('d', { date: '2026-07-01' })]);
    expect(groups.map((g) => [g.month, g.digests.map((d) => d.id)])).toEqual([
      ['2026-07', ['c', 'd']],
      ['2023-07', ['a']],
      ['undated', ['b']],
    ]);
    expect(monthLabel('2026-07')).toBe('2026 年 7 月');
    expect(monthLabel('undated')).toBe('未注明日期');
  });
});
