import { describe, expect, it } from 'vitest';
import { companyNames, placeInSections, withoutLines } from '~/converter/parse/placement.ts';

const table = (columns: string[], rows: string[][]) => ({ id: 't', caption: null, label: null, source: null, columns, rows, section: null });

describe('companyNames', () => {
  it('takes names from ticker rows of a table, and from movers, longest first', () => {
    const names = companyNames(
      [table(['证券代码', '证券简称'], [['603000.SH', '人民网'], ['0700.HK', '腾讯控股'], ['', '内容']])],
      [{ section: null, name: '拼多多', change: -2.45 }, { section: null, name: '上证指数', change: 1.29 }],
      null,
    );
    expect(names).toEqual(['腾讯控股', '人民网', '拼多多']);
  });
});

describe('placement', () => {
  it('puts an item in the section whose line range holds it, or none on the title page', () => {
    const ranges = [{ id: 's1', from: 10, to: 20 }, { id: 's2', from: 20, to: 30 }];
    expect(placeInSections([{ at: 5 }, { at: 10 }, { at: 25 }], ranges).map((i) => i.section)).toEqual([null, 's1', 's2']);
  });

  it('blanks taken lines without shifting the others', () => {
    expect(withoutLines(['a', 'b', 'c', 'd'], [{ startLine: 1, endLine: 2 }])).toEqual(['a', '', '', 'd']);
  });
});
