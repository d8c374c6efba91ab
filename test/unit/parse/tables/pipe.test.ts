import { describe, expect, it } from 'vitest';
import { extractTables } from '~/converter/parse/tables/index.ts';

describe('pipe tables', () => {
  it('merges the part after a page break when its header is blank', () => {
    const lines = [
      '图表 9 个股表现', '', '| 代码 | 简称 | 涨跌幅 |', '|---|---|---|', '| A | 甲 | 1% |', '| B | 乙 | 2% |', '',
      '| | | |', '|---|---|---|', '| C | 丙 | -1% |', '', '资料来源: Wind, 某所',
    ];
    const { tables } = extractTables(lines);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.table.rows.map((row) => row[1])).toEqual(['甲', '乙', '丙']);
    expect(tables[0]?.table).toMatchObject({ id: 'tab-9', label: '图表 9', caption: '个股表现', source: 'Wind, 某所' });
    expect([tables[0]?.startLine, tables[0]?.endLine]).toEqual([0, 11]);
  });

  it('drops a repeated header and keeps a different one as a data row', () => {
    const lines = [
      '| 代码 | 涨跌幅 |', '|---|---|', '| A | 1% |', '', '| 代码 | 涨跌幅 |', '|---|---|', '| B | 2% |', '',
      '| C | 3% |', '|---|---|', '| D | 4% |',
    ];
    const [found] = extractTables(lines).tables;
    expect(found?.table.rows).toEqual([['A', '1%'], ['B', '2%'], ['C', '3%'], ['D', '4%']]);
  });

  it('keeps merged cells blank and pads short rows', () => {
    const lines = ['| 类型 | 公司 | 日期 |', '|---|---|---|', '| 内容 | 甲 | 3月8日 |', '| | | 3月9日 |', '| 4月1日 |'];
    const [found] = extractTables(lines).tables;
    expect(found?.table.rows).toEqual([['内容', '甲', '3月8日'], ['', '', '3月9日'], ['4月1日', '', '']]);
  });

  it('takes a one-cell first row as a title and the next text row as the header', () => {
    const lines = ['| 访问量情况 | | | |', '|---|---|---|---|', '| 产品 | 访问量 | 产品 | 增速 |', '| A | 8.85 | B | 831% |'];
    const [found] = extractTables(lines).tables;
    expect(found?.table.columns).toEqual(['产品', '访问量', '产品', '增速']);
    expect(found?.table.rows).toHaveLength(1);
    expect(found?.table.caption).toBe('访问量情况');
  });

  it('appends a cell that spilled out of its row to that row', () => {
    const lines = ['| 公司 | 模型 |', '|---|---|', '| 甲 | |', '', 'ChatGPT、文心一言', '', '| 乙 | GPT4 |'];
    const { tables } = extractTables(lines);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.table.rows).toEqual([['甲', 'ChatGPT、文心一言'], ['乙', 'GPT4']]);
  });

  it('does not merge two captioned tables across a source and caption', () => {
    const lines = ['| a | b |', '|---|---|', '| 1 | 2 |', '资料来源: X', '图表 2 乙', '| a | b |', '|---|---|', '| 3 | 4 |'];
    expect(extractTables(lines).tables.map((found) => found.table.rows.length)).toEqual([1, 1]);
  });

  it('skips pipe tables under a TOC or figure-list label', () => {
    const lines = ['内容目录', '', '| | |', '|---|---|', '| 一、行业概况 | 3 |', '', '图表目录', '| | |', '|---|---|', '| 图表 1：走势 | 3 |'];
    expect(extractTables(lines)).toMatchObject({ tables: [], charts: [] });
  });
});
