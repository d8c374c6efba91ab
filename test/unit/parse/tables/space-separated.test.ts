import { describe, expect, it } from 'vitest';
import { extractTables } from '~/converter/parse/tables/index.ts';
import { rebuildHeader } from '~/converter/parse/tables/space-header.ts';

describe('rebuildHeader', () => {
  it('uses a one-line header as is', () => {
    expect(rebuildHeader([['代码', '名称', '收盘价', '涨跌幅']], 4)).toEqual(['代码', '名称', '收盘价', '涨跌幅']);
  });

  it('appends continuation words left to right and keeps a column open while its bracket is', () => {
    const header = [['公司', '公司', '昨收盘', '市值'], ['代码', '名称'], ['（港元/'], ['美元）']];
    expect(rebuildHeader(header, 4)).toEqual(['公司代码', '公司名称', '昨收盘（港元/美元）', '市值']);
  });

  it('splits the last top-level columns into groups with the leaf line', () => {
    expect(rebuildHeader([['代码', 'EPS', 'PE'], ['2024E', '2025E', '2024E', '2025E']], 5)).toEqual([
      '代码', 'EPS 2024E', 'EPS 2025E', 'PE 2024E', 'PE 2025E',
    ]);
  });

  it('gives up (null) when the words cannot make the width', () => {
    expect(rebuildHeader([['代码', '名称']], 5)).toBeNull();
  });
});

describe('space-separated tables', () => {
  it('finds rows of equal width with a wrapped header, blank lines between', () => {
    const lines = [
      '重点公司盈利预测', '', '公司 公司 EPS PE', '', '代码 名称', '2024E 2025E 2024E 2025E', '',
      '0700.HK 腾讯控股 24.1 26.3 15 14', '', '9999.HK 网易-S 11.2 12.0 11 10', '', '资料来源：Wind，某研究所',
    ];
    const { tables } = extractTables(lines);
    expect(tables).toHaveLength(1);
    const [found] = tables;
    expect(found?.table.columns).toEqual(['公司代码', '公司名称', 'EPS 2024E', 'EPS 2025E', 'PE 2024E', 'PE 2025E']);
    expect(found?.table.rows[1]).toEqual(['9999.HK', '网易-S', '11.2', '12.0', '11', '10']);
    expect(found?.table.caption).toBe('重点公司盈利预测');
    expect(found?.table.source).toBe('Wind，某研究所');
    expect([found?.startLine, found?.endLine]).toEqual([0, 11]);
  });

  it('does not take prose lines or a single numeric line for a table', () => {
    const lines = ['单月涨幅为 16.7%、9.1%、7.7%，跑赢恒生科技指数 20.0pct。', '', 'A 1.0 2.0 3.0'];
    expect(extractTables(lines).tables).toEqual([]);
  });
});
