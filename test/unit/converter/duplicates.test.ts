/** Copies and colliding slugs are resolved by source order, and the build report says what happened. */
import { describe, expect, it } from 'vitest';
import type { ConversionOutcome } from '~/converter/convert-report.ts';
import { resolveDuplicates } from '~/converter/duplicates.ts';
import { makeReport } from '../../helpers/report-factory.ts';

function published(source: string, slug: string, contentHash: string): ConversionOutcome {
  return { ok: true, source, report: makeReport({ source, slug }), bytes: 10, contentHash };
}

describe('resolveDuplicates', () => {
  it('publishes the first of identical reports and rejects each later copy, naming the first', () => {
    const resolved = resolveDuplicates([published('a.txt', 'a', 'h1'), published('b.txt', 'b', 'h1'), published('c.txt', 'c', 'h1')]);
    expect(resolved.map((o) => o.ok)).toEqual([true, false, false]);
    expect(resolved[1]).toMatchObject({ ok: false, source: 'b.txt', reason: expect.stringContaining('与 a.txt 内容相同') });
    expect(resolved[2]).toMatchObject({ reason: expect.stringContaining('与 a.txt 内容相同') });
  });

  it('gives later reports with a taken slug the first free suffix, never another report’s slug', () => {
    const resolved = resolveDuplicates([
      published('a.txt', 'same', 'h1'),
      published('b.txt', 'same', 'h2'),
      published('c.txt', 'same-2', 'h3'),
      published('d.txt', 'same', 'h4'),
    ]);
    const slugs = resolved.map((o) => (o.ok ? o.report.slug : null));
    expect(slugs).toEqual(['same', 'same-3', 'same-2', 'same-4']);
    const b = resolved[1];
    expect(b?.ok && b.report.warnings).toEqual([expect.stringContaining('「same」已被 a.txt 使用')]);
    const a = resolved[0];
    expect(a?.ok && a.report.warnings).toEqual([]);
  });

  it('leaves rejected outcomes and unique reports alone', () => {
    const rejected: ConversionOutcome = { ok: false, source: 'x.txt', reason: '文件为空', bytes: 0 };
    const outcomes = [rejected, published('y.txt', 'y', 'h')];
    expect(resolveDuplicates(outcomes)).toEqual(outcomes);
  });
});
