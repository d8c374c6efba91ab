/** The region the label finders search: masthead first, column gaps cut, short first pages extended. */
import { describe, expect, it } from 'vitest';
import type { FieldContext } from '~/converter/parse/metadata/context.ts';
import { FRONT_MIN_CHARS, frontRegion, placeAt, segmentsOf } from '~/converter/parse/metadata/front-region.ts';

const context = (masthead: string[], body: string[], rest: string[] = []): FieldContext => ({
  kind: 'columns',
  masthead,
  front: [...masthead, ...body],
  all: [...masthead, ...body, ...rest],
  source: 'r.txt',
  firstPage: [],
});

describe('segmentsOf', () => {
  it('cuts a pdftotext -layout line at its column gaps (layout_03)', () => {
    expect(segmentsOf('    买入(维持)                                               事件')).toEqual(['买入(维持)', '事件']);
  });

  it('keeps single spaces, folds full-width digits and drops Markdown marks', () => {
    expect(segmentsOf('## 依 米 康（３００２４９）')).toEqual(['依 米 康（300249）']);
  });
});

describe('frontRegion', () => {
  it('puts the masthead first and tells where each zone ends', () => {
    const region = frontRegion(context(['证券研究报告', '买入（维持）'], ['投资要点']));
    expect(region.text).toBe('证券研究报告\n买入（维持）\n投资要点');
    expect(placeAt(region, 0)).toBe('masthead');
    expect(placeAt(region, region.text.indexOf('投资要点'))).toBe('front');
  });

  it('extends a short first page with the text after it, up to its minimum length', () => {
    const long = '正'.repeat(FRONT_MIN_CHARS * 2);
    const region = frontRegion(context([], ['短的第一页'], [long]));
    expect(region.text.length).toBeLessThanOrEqual(FRONT_MIN_CHARS + 1);
    expect(placeAt(region, region.text.length - 1)).toBe('beyond');
  });
});
