import { describe, expect, it } from 'vitest';
import { extractTables } from '~/converter/parse/tables/index.ts';

const grid = ['| 代码 | 涨跌幅 |', '|---|---|', '| A | 1% |'];

describe('caption and source attachment', () => {
  it('allows a unit line between caption and table, and short notes between table and source', () => {
    const lines = ['图表 2：涨跌幅', '单位：%', ...grid, '', '注：数据截至 7 月', '© 某数据', '资料来源：Wind'];
    const [found] = extractTables(lines).tables;
    expect(found).toMatchObject({ startLine: 0, endLine: 8, table: { label: '图表 2', source: 'Wind' } });
  });

  it('does not take a section heading or a sentence for a title', () => {
    // A company note's part label (财务数据及盈利预测) heads the section the table sits in.
    for (const above of ['5.4 影视', '个股方面，表现不一：', '财务数据及盈利预测', '▍ 盈利预测']) {
      const [found] = extractTables([above, ...grid]).tables;
      expect(found).toMatchObject({ startLine: 1, table: { caption: null, id: 'table-1' } });
    }
  });

  it('does not reach past a paragraph for a source', () => {
    const lines = [...grid, '本周市场整体回暖，成交量放大，我们认为后续仍有上行空间。', '资料来源：Wind'];
    expect(extractTables(lines).tables[0]).toMatchObject({ endLine: 2, table: { source: null } });
  });

  it('skips a running line inside a pipe table', () => {
    const lines = [...grid, '请务必阅读正文之后的免责声明及其项下所有内容', '| B | 2% |'];
    expect(extractTables(lines).tables[0]?.table.rows).toEqual([['A', '1%'], ['B', '2%']]);
  });
});
