/** Facts about the seed reports, checked by reading the files. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTables, type FoundChart, type FoundTable } from '~/converter/parse/tables/index.ts';

const files = readdirSync('content/reports').filter((file) => file.endsWith('.txt')).sort();
const linesOf = (prefix: string) =>
  readFileSync(`content/reports/${files.find((file) => file.startsWith(prefix))}`, 'utf8').replace(/\r\n?/g, '\n').split('\n');
const byLabel = (tables: FoundTable[], label: string) => tables.find((found) => found.table.label === label);

function expectNoPartialOverlap(items: readonly (FoundTable | FoundChart)[]): void {
  const ranges = items.map((item) => [item.startLine, item.endLine] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (let k = 1; k < ranges.length; k++) {
    const [prev, next] = [ranges[k - 1], ranges[k]];
    const same = prev?.[0] === next?.[0] && prev?.[1] === next?.[1];
    if (!same) expect(next?.[0], JSON.stringify([prev, next])).toBeGreaterThan(prev?.[1] ?? -1);
  }
}

describe('seed reports', () => {
  it('000: eight lost charts 图表1…图表8 with their iFind sources, and no table among them', () => {
    const { tables, charts } = extractTables(linesOf('000_'));
    expect(charts.map((found) => found.chart.label)).toEqual(['图表1', '图表2', '图表3', '图表4', '图表5', '图表6', '图表7', '图表8']);
    expect(charts[0]?.chart).toMatchObject({ id: 'fig-1', caption: '相关行业指数表现（6.29-7.3）', source: 'iFind，国金证券研究所' });
    expect(charts[4]?.chart.source).toBe('Coingecko, 国金证券研究所');
    expect(tables.filter((found) => found.endLine < 170)).toEqual([]);
  });

  it('001: the EPS table has eight companies and flattened two-level columns', () => {
    const { tables } = extractTables(linesOf('001_'));
    const eps = tables.find((found) => found.table.columns.includes('EPS 2025E'));
    expect(eps?.table.caption).toBe('重点公司盈利预测及投资评级');
    expect(eps?.table.columns).toEqual(expect.arrayContaining(['EPS 2026E', 'PE 2025E', 'PE 2026E']));
    expect(eps?.table.rows.map((row) => row[0])).toEqual(['0700.HK', '9999.HK', '3690.HK', '9888.HK', '1024.HK', '9988.HK', 'PDD.O', '9618.HK']);
    expect(eps?.table.rows[7]?.[1]).toBe('京东集团-SW');
    expect(eps?.table.source).toBe('Wind、国信证券经济研究所预测');
  });

  it('001: 图3 is a table whose category column is blank on continuation rows', () => {
    const found = byLabel(extractTables(linesOf('001_')).tables, '图3');
    expect(found?.table.columns[0]).toBe('细分板块');
    expect(found?.table.rows[0]?.slice(0, 3)).toEqual(['文娱', '0772.HK', '阅文集团']);
    expect(found?.table.rows[1]?.[0]).toBe('');
  });

  it('002: the wrapped space-separated forecast table has four rows of nine cells', () => {
    const { tables, charts } = extractTables(linesOf('002_'));
    const forecast = tables.find((found) => found.table.rows[0]?.[0] === '0700.HK');
    expect(forecast?.table.rows).toHaveLength(4);
    expect(forecast?.table.rows.every((row) => row.length === 9)).toBe(true);
    expect(forecast?.table.columns).toHaveLength(9);
    expect(forecast?.table.columns).toContain('EPS 2024E');
    expect(charts.filter((found) => found.chart.label === '图1' || found.chart.label === '图2').map((found) => found.chart.source)).toEqual([
      'Wind，国信证券经济研究所整理',
      'Wind，国信证券经济研究所整理',
    ]);
  });

  it('003: 图表4 is a table of 10 rows and 4 columns; the contents pipe tables are skipped', () => {
    const { tables } = extractTables(linesOf('003_'));
    const found = byLabel(tables, '图表4');
    expect(found?.table.caption).toBe('2026年3月中国PC端AI原生办公智能体平台月访问量及增速情况');
    expect(found?.table.rows).toHaveLength(10);
    expect(found?.table.columns).toHaveLength(4);
    expect(found?.table.source).toBe('易观分析, 国金证券研究所');
    expect(tables.some((table) => table.table.rows.some((row) => row.join('').includes('风险提示')))).toBe(false);
  });

  it('004: 图表 9 is one table of 57 rows across the page break, ending with 遥望科技', () => {
    const { tables } = extractTables(linesOf('004_'));
    const found = byLabel(tables, '图表 9');
    expect(found?.table.id).toBe('tab-9');
    expect(found?.table.rows).toHaveLength(57);
    expect(found?.table.rows.at(-1)).toContain('遥望科技');
    expect(tables.filter((table) => table.table.label === '图表 9')).toHaveLength(1);
  });

  it('every seed: ranges never partially overlap, rows match their columns, ids are unique', () => {
    for (const file of files) {
      const { tables, charts } = extractTables(linesOf(file.slice(0, 4)));
      expectNoPartialOverlap([...tables, ...charts]);
      for (const found of tables) expect(found.table.rows.every((row) => row.length === found.table.columns.length)).toBe(true);
      const ids = [...tables.map((found) => found.table.id), ...charts.map((found) => found.chart.id)];
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
