import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMovers, moversInText } from '~/converter/parse/movers/index.ts';

describe('moversInText', () => {
  it('reads a 、-separated list with full-width brackets', () => {
    expect(moversInText('重点个股：拼多多（-2.45%）、京东集团-SW（-3.29%）。')).toEqual([
      { name: '拼多多', change: -2.45 },
      { name: '京东集团-SW', change: -3.29 },
    ]);
  });

  it('reads half-width brackets inside a sentence and keeps names with spaces', () => {
    expect(moversInText('本周，上证指数(+1.29%)转涨；沪深 300(+1.92%)转涨，Spotify Technology（+5.64%）')).toEqual([
      { name: '上证指数', change: 1.29 },
      { name: '沪深 300', change: 1.92 },
      { name: 'Spotify Technology', change: 5.64 },
    ]);
  });

  it('drops list lead-ins such as 分别为', () => {
    expect(moversInText('港股涨幅前三分别为：哔哩哔哩-W(+15.89%)，猫眼娱乐(+15.44%)')).toEqual([
      { name: '哔哩哔哩-W', change: 15.89 },
      { name: '猫眼娱乐', change: 15.44 },
    ]);
  });

  it('ignores unsigned percentages in brackets, which are shares rather than moves', () => {
    expect(moversInText('云业务收入占比提升（35%），毛利率（56.2%）')).toEqual([]);
  });
});

describe('extractMovers on seed 000', () => {
  it('finds 拼多多 at -2.45 in the section it is reported in', () => {
    const text = readFileSync('content/reports/000_2272510a5eb1dbfa.txt', 'utf8');
    const paragraph = text.split('\n').find((line) => line.includes('拼多多（'))!;
    const movers = extractMovers([{ id: 's1-1', title: '电商&互联网', level: 2, paragraphs: [paragraph, paragraph] }]);
    expect(movers.find((m) => m.name === '拼多多')).toEqual({ section: 's1-1', name: '拼多多', change: -2.45 });
    // Line 66 of the seed lists 11 names (checked by hand); repeated paragraphs are not double-counted.
    expect(movers).toHaveLength(11);
    expect(movers.at(-1)).toMatchObject({ name: '叮咚买菜', change: -14.94 });
  });
});
