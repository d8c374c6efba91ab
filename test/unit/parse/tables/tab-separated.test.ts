import { describe, expect, it } from 'vitest';
import { extractTables } from '~/converter/parse/tables/index.ts';

const T = '\t';
const row = (...cells: string[]) => cells.join(T);

describe('tab-separated tables', () => {
  it('flattens a two-level header: a group spans the blank cells after it', () => {
    const lines = [
      '盈利预测',
      row('代码', '名称', 'EPS', '', 'PE', ''),
      row('', '', '2025E', '2026E', '2025E', '2026E'),
      row('0700.HK', '腾讯', '26.50', '29.55', '15.07', '13.51'),
      row('3690.HK', '美团', '-2.28', '3.41', '-', '20.12'),
    ];
    const [found] = extractTables(lines).tables;
    expect(found?.table.columns).toEqual(['代码', '名称', 'EPS 2025E', 'EPS 2026E', 'PE 2025E', 'PE 2026E']);
    expect(found?.table.rows).toHaveLength(2);
    expect(found?.table.rows[1]).toEqual(['3690.HK', '美团', '-2.28', '3.41', '-', '20.12']);
  });

  it('keeps a blank category cell on continuation rows as an empty string', () => {
    const lines = [row('板块', '代码', '涨跌幅'), row('文娱', 'A', '-6.0'), row('', 'B', '3.4'), row('游戏', 'C', '0.5')];
    const [found] = extractTables(lines).tables;
    expect(found?.table.rows.map((cells) => cells[0])).toEqual(['文娱', '', '游戏']);
  });

  it('skips a stray page number and blank lines inside the table', () => {
    const lines = [row('代码', '涨跌幅'), row('A', '1.0'), '', '12', '', row('B', '2.0')];
    const { tables } = extractTables(lines);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.table.rows).toEqual([['A', '1.0'], ['B', '2.0']]);
    expect([tables[0]?.startLine, tables[0]?.endLine]).toEqual([0, 5]);
  });

  it('leaves a table of contents alone (entry, tab, page number)', () => {
    const lines = ['行情回顾.....\t3', '投资建议\t15', '风险提示\t15'];
    expect(extractTables(lines).tables).toEqual([]);
  });

  it('needs two rows: a single tabbed line is not a table', () => {
    expect(extractTables([row('上海', '北京')]).tables).toEqual([]);
  });
});
