import { describe, expect, it } from 'vitest';
import { listedCompanies, placeInSections, withoutLines } from '~/converter/parse/placement.ts';

const table = (columns: string[], rows: string[][]) => ({ id: 't', caption: null, label: null, source: null, columns, rows, section: null });

describe('listedCompanies', () => {
  it('takes names and tickers from ticker rows of a table, and names from movers, longest first', () => {
    const companies = listedCompanies(
      [table(['证券代码', '证券简称'], [['603000.SH', '人民网'], ['0700. HK', '腾讯控股'], ['', '内容']])],
      [{ section: null, name: '拼多多', change: -2.45 }, { section: null, name: '上证指数', change: 1.29 }],
      null,
    );
    expect(companies).toEqual([
      { name: '腾讯控股', ticker: '0700.HK' },
      { name: '人民网', ticker: '603000.SH' },
      { name: '拼多多', ticker: null },
    ]);
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
