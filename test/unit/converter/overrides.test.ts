import { describe, expect, it } from 'vitest';
import { applyOverrides, parseSidecar } from '~/converter/overrides.ts';
import { makeReport } from '../../helpers/report-factory.ts';

describe('parseSidecar', () => {
  it('accepts metadata fields', () => {
    const result = parseSidecar('title: 修正后的标题\nrating:\n  value: 买入\n  action: 首次\n', 'a.meta.yaml');
    expect(result).toEqual({ ok: true, fields: { title: '修正后的标题', rating: { value: '买入', action: '首次' } } });
  });

  it('names the file and the field when a value is invalid', () => {
    const result = parseSidecar('date: 7月5日\n', 'a.meta.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/a\.meta\.yaml.*date/);
  });

  it('rejects fields that cannot be overridden, such as the body', () => {
    const result = parseSidecar('sections: []\n', 'a.meta.yaml');
    expect(result.ok).toBe(false);
  });

  it('reports YAML syntax errors with the file name', () => {
    const result = parseSidecar('title: [oops\n', 'b.meta.yaml');
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('b.meta.yaml') });
  });
});

describe('applyOverrides', () => {
  it('lets sidecar values win, marks a sidecar date as override and keeps the slug separate', () => {
    const warnings = ['发布日期（date）由报告期推断（2026-07-03）', '未找到行业（sector）'];
    const { slug, ...report } = makeReport({ date: '2026-07-03', dateSource: 'inferred', warnings });
    const applied = applyOverrides(report, { date: '2026-07-05', slug: 'my-weekly' });
    expect(applied.slug).toBe('my-weekly');
    expect(applied.report).toMatchObject({ date: '2026-07-05', dateSource: 'override', overrides: ['date', 'slug'] });
    // The date warning is settled by the publisher; the sector one still stands.
    expect(applied.report.warnings).toEqual(['未找到行业（sector）']);
    expect(slug).toBe('sample');
  });
});
