import { describe, expect, it } from 'vitest';
import { extractTables } from '~/converter/parse/tables/index.ts';

describe('HTML tables', () => {
  it('expands rowspan: the value stays in the first row, following rows get empty strings', () => {
    const html = '<table><tr><td>板块</td><td>公司</td></tr><tr><td rowspan="2">游戏</td><td>甲</td></tr><tr><td>乙</td></tr></table>';
    const [found] = extractTables(['表 1 示例', html]).tables;
    expect(found?.table.columns).toEqual(['板块', '公司']);
    expect(found?.table.rows).toEqual([['游戏', '甲'], ['', '乙']]);
    expect(found?.table.id).toBe('tab-1');
  });

  it('expands colspan in the header and flattens a two-level header', () => {
    const html = [
      '<table>',
      '<tr><td rowspan="2">代码</td><td colspan="2">EPS</td></tr>',
      '<tr><td>2025E</td><td>2026E</td></tr>',
      '<tr><td>0700.HK</td><td>26.50</td><td>29.55</td></tr>',
      '</table>',
    ];
    const { tables } = extractTables(html);
    expect(tables[0]?.table.columns).toEqual(['代码', 'EPS 2025E', 'EPS 2026E']);
    expect(tables[0]?.table.rows).toEqual([['0700.HK', '26.50', '29.55']]);
    expect([tables[0]?.startLine, tables[0]?.endLine]).toEqual([0, 4]);
  });

  it('strips inner tags and decodes entities', () => {
    const html = '<table><tr><th>名称</th><th>值</th></tr><tr><td><b>A&amp;B</b></td><td>1&nbsp;%</td></tr></table>';
    expect(extractTables([html]).tables[0]?.table.rows).toEqual([['A&B', '1 %']]);
  });

  it('leaves a table inside a line of prose alone', () => {
    expect(extractTables(['正文 <table><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr></table>']).tables).toEqual([]);
  });
});
