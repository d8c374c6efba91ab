import { describe, expect, it } from 'vitest';
import { extractTables } from '~/converter/parse/tables/index.ts';

describe('lost charts', () => {
  it('makes a chart of a caption followed by its source, blank lines between', () => {
    const { charts, tables } = extractTables(['正文。', '图3：指数走势', '', '', '资料来源：Wind，某所', '正文。']);
    expect(tables).toEqual([]);
    expect(charts).toEqual([{ chart: { id: 'fig-3', caption: '指数走势', label: '图3', source: 'Wind，某所' }, startLine: 1, endLine: 4 }]);
  });

  it('pairs two captions then two sources in order, ranges not overlapping', () => {
    const lines = ['图表1：甲', '', '图表2：乙', '', '来源：A', '', '来源：B'];
    const { charts } = extractTables(lines);
    expect(charts.map((found) => [found.chart.caption, found.chart.source, found.startLine, found.endLine])).toEqual([
      ['甲', 'A', 0, 1],
      ['乙', 'B', 2, 6],
    ]);
  });

  it('pairs side-by-side captions with side-by-side sources; they share the range of their lines', () => {
    const lines = ['图1：甲 图2：乙', '', '资料来源：A 资料来源：B'];
    const { charts } = extractTables(lines);
    expect(charts.map((found) => [found.chart.id, found.chart.source, found.startLine, found.endLine])).toEqual([
      ['fig-1', 'A', 0, 2],
      ['fig-2', 'B', 0, 2],
    ]);
  });

  it('keeps an image residue between caption and source in the chart, but not a paragraph', () => {
    const withResidue = extractTables(['图表1：推文截图', '王亚历山大', '@alexandr.wang', '', '来源：X']).charts;
    expect(withResidue[0]).toMatchObject({ startLine: 0, endLine: 4, chart: { source: 'X' } });
    const withProse = extractTables(['图表1：推文截图', '这是一段正文，结尾有句号。', '来源：X']);
    expect(withProse.charts[0]).toMatchObject({ startLine: 0, endLine: 0, chart: { source: null } });
    expect(withProse.warnings).toHaveLength(1);
  });

  it('gives a table caption to the table, not to a chart', () => {
    const lines = ['图表 4：访问量', '', '| a | b |', '|---|---|', '| 1 | 2 |', '来源：易观'];
    const result = extractTables(lines);
    expect(result.charts).toEqual([]);
    expect(result.tables[0]?.table).toMatchObject({ id: 'tab-4', label: '图表 4', source: '易观' });
  });
});

describe('ids', () => {
  it('numbers uncaptioned tables by position and deduplicates repeated numbers', () => {
    const lines = ['图表 1：甲', '| a | b |', '|---|---|', '| 1 | 2 |', '', '正文。', '图表 1：乙', '| a | b |', '|---|---|', '| 3 | 4 |', '', '正文。', '| c | d |', '|---|---|', '| 5 | 6 |'];
    expect(extractTables(lines).tables.map((found) => found.table.id)).toEqual(['tab-1', 'tab-1-2', 'table-3']);
  });
});
