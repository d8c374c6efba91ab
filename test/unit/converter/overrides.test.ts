import { describe, expect, it } from 'vitest';
import { applyOverrides, parseSidecar } from '~/converter/overrides.ts';
import { makeReport } from '../../helpers/report-factory.ts';

describe('parseSidecar', () => {
  it('accepts metadata fields', () => {
    const result = parseSidecar('title: 修正后的标题\nrating:\n  value: 买入\n  action: 首次\n', 'a.meta.yaml');
    expect(result).toEqual({ fields: { title: '修正后的标题', rating: { value: '买入', action: '首次' } }, warnings: [] });
  });

  it('keeps the valid fields and warns about each invalid one, naming the file, the field and the problem', () => {
    const result = parseSidecar('title: 修正后的标题\nslug: Not A Slug\ndate: 7月5日\nsector: 计算机\nrating: { value: 买入, action: 7 }\n', 'a.meta.yaml');
    expect(result.fields).toEqual({ title: '修正后的标题', sector: '计算机' });
    expect(result.warnings).toEqual([
      '修正文件 a.meta.yaml 的字段 slug 无效，已忽略该字段：slug: a slug is lower-case ASCII letters, digits and hyphens',
      '修正文件 a.meta.yaml 的字段 date 无效，已忽略该字段：date: expected an ISO date such as 2026-07-03',
      expect.stringMatching(/^修正文件 a\.meta\.yaml 的字段 rating 无效，已忽略该字段：rating\.action: /),
    ]);
  });

  it('ignores fields that cannot be overridden, such as the body, and applies the rest', () => {
    const result = parseSidecar('sections: []\ntitle: 新标题\n', 'a.meta.yaml');
    expect(result.fields).toEqual({ title: '新标题' });
    expect(result.warnings).toEqual([expect.stringMatching(/^修正文件 a\.meta\.yaml 的字段 sections 不能修正，已忽略该字段（可以修正：slug、title、/)]);
  });

  it('ignores a file that is not YAML, or not a list of fields, naming the file', () => {
    expect(parseSidecar('title: [oops\n', 'b.meta.yaml')).toEqual({ fields: {}, warnings: [expect.stringMatching(/^已忽略修正文件：b\.meta\.yaml 不是有效的 YAML：/)] });
    expect(parseSidecar('- title\n- date\n', 'c.meta.yaml').warnings).toEqual(['已忽略修正文件：c.meta.yaml 应是「字段: 值」的列表（如 title: 新标题），而不是列表']);
    expect(parseSidecar('', 'd.meta.yaml')).toEqual({ fields: {}, warnings: [] });
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
