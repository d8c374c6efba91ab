import { describe, expect, it } from 'vitest';
import { joinParagraphs, normalizeText, splitBackMatter, stripFurniture } from '~/converter/parse/text/index.ts';
import { readSeed } from './seeds.ts';

const SEEDS = ['000_', '001_', '002_', '003_', '004_'];

function clean(prefix: string) {
  const lines = normalizeText(readSeed(prefix)).split('\n');
  const { body, backMatter } = splitBackMatter(stripFurniture(lines));
  return { paragraphs: joinParagraphs(body), backMatter };
}

describe('text cleaning on the seed reports', () => {
  it('seed 002: hard wraps with blank lines are re-joined', () => {
    const { paragraphs } = clean('002_');
    expect(paragraphs.some((p) => p.includes('纳斯达克互联网指数录得上涨'))).toBe(true);
    expect(paragraphs.some((p) => p.includes('恒生科技指数估值有下降'))).toBe(true);
    expect(paragraphs).toContain('《港股互联网板块的机遇：开启新一轮上涨》 ——2024-09-23');
  });

  it('seed 002: a sentence split by page furniture is re-joined and the furniture is gone', () => {
    const { paragraphs } = clean('002_');
    expect(paragraphs.some((p) => p.includes('全面排查清理违法信息'))).toBe(true);
    expect(paragraphs.some((p) => p.includes('请务必阅读正文之后的免责声明'))).toBe(false);
    expect(paragraphs).not.toContain('14');
    expect(paragraphs).not.toContain('证券研究报告');
  });

  it('seed 002: headings, numbered items and Wingdings bullets stay separate', () => {
    const { paragraphs } = clean('002_');
    expect(paragraphs).toContain('投资建议');
    expect(paragraphs).toContain('风险提示');
    expect(paragraphs.some((p) => p.startsWith('Word：在 Word 中，Copilot'))).toBe(true);
    expect(paragraphs.filter((p) => p.startsWith('（1）')).length).toBeGreaterThanOrEqual(8);
  });

  it('seed 001: a paragraph split at a page break is re-joined; tab table rows are unchanged', () => {
    const { paragraphs } = clean('001_');
    expect(paragraphs.some((p) => p.includes('打通小说到漫剧的全链路'))).toBe(true);
    expect(paragraphs).toContain('0700.HK\t腾讯控股\t优于大市\t427.20\t3,895,236\t26.50\t29.55\t15.07\t13.51');
  });

  it('seed 000: bullets lose their dash and bold markers, back matter is not in the body', () => {
    const { paragraphs, backMatter } = clean('000_');
    expect(paragraphs).toContain('电商：板块仍呈现疲弱态势，电商销售额同比基本持平。');
    expect(paragraphs.some((p) => p.startsWith('1) Securitize 在纽交所挂牌上市'))).toBe(true);
    expect(paragraphs.join('\n')).not.toContain('特别声明');
    expect(backMatter).toContain('特别声明：');
  });

  it('seed 004: Markdown pipe table rows are kept one per paragraph', () => {
    const { paragraphs } = clean('004_');
    expect(paragraphs).toContain('| 玉骨遥 | 上映 14 天 | 腾讯视频 | 79.57 |');
    expect(paragraphs).toContain('|--------|---------|------------|-------|');
  });

  it('loses no body characters except blanks, bullet glyphs and bold markers', () => {
    for (const prefix of SEEDS) {
      const lines = stripFurniture(normalizeText(readSeed(prefix)).split('\n'));
      const { body } = splitBackMatter(lines);
      const strip = (text: string) => text.replace(/[\s*●•\uF000-\uF0FF-]/g, '');
      expect(strip(joinParagraphs(body).join(''))).toBe(strip(body.join('')));
    }
  });
});
