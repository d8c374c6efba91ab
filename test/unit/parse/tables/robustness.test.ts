import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTables } from '~/converter/parse/tables/index.ts';

// A hang fails these through vitest's test timeout; speed itself is measured by `npm run bench:convert`.
describe('hostile input', () => {
  it('does not crash or hang on a report flattened onto one line', () => {
    const text = readdirSync('content/reports').map((file) => readFileSync(`content/reports/${file}`, 'utf8')).join(' ');
    const result = extractTables([text.replace(/\s*\n\s*/g, ' ')]);
    expect(Array.isArray(result.tables)).toBe(true);
  });

  it('survives empty input, lone separators and unclosed HTML', () => {
    expect(extractTables([])).toEqual({ tables: [], charts: [], warnings: [] });
    expect(() => extractTables(['|', '|---|', '<table><tr><td>a', '\t\t', '图表 1：'])).not.toThrow();
  });

  it('handles long runs of spaces and pipes without slowing down', () => {
    const lines = [`图1：${' '.repeat(50_000)}x`, `${'| '.repeat(20_000)}`, `资料来源：${' 来源'.repeat(5_000)}`];
    extractTables(lines);
  });
});
