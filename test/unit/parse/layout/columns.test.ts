/**
 * The pdftotext -layout reader, on excerpts cut from real reports of the development corpus
 * (column positions kept exactly as the extractor printed them).
 */
import { describe, expect, it } from 'vitest';
import { liftBanners } from '~/converter/parse/layout/columns/banner.ts';
import { findBodyColumn } from '~/converter/parse/layout/columns/body-column.ts';
import { readColumns } from '~/converter/parse/layout/columns/index.ts';
import { findFooters, isDisclaimerPointer, pageNumberOf, splitPages } from '~/converter/parse/layout/columns/pages.ts';
import { sideColumnOf, splitColumns } from '~/converter/parse/layout/columns/split.ts';

/** A first page with the market-data box to the left of the body (华安证券, 公司点评). */
const LEFT_SIDEBAR = `[Table_BaseData]
收盘价（元）                            92.99    2025 年 10 月 28 日，北京君正公告 2025 年第三季度报告，公司前三
近 12 个月最高/最低（元） 101.25/56.95               季度实现营业收入 34.37 亿元，同比增长 7.35%，归母净利润 2.44 亿
总股本（百万股）                           483     元，同比下降 19.75%，扣非归母净利润 1.90 亿元，同比下降 40.29%。
流通股本（百万股）                          421     对应 3Q25 单季度营业收入 11.87 亿元，同比增长 8.50%，环比下降
流通股比例（%）                          87.16    0.13%，单季度归母净利润 0.41 亿元，同比下降 61.48%，环比下降
总市值（亿元）                            449     68.12%，单季度扣非归母净利润 0.29 亿元，同比下降 75.71%，环比
流通市值（亿元）                           391      下降 69.38%。`.split('\n');

/** Rating box to the right of the body (华金证券, 公司快报). */
const RIGHT_SIDEBAR = `  实现归母净利润 3.06 亿元，同比增长 24.38%；实现扣非归母净利润 3.01 亿元，             流通市值（百万元）                        6,855.02
  同比增长 23.35%。                                               总股本（百万股）                          312.20
                                                             流通股本（百万股）                         161.64
 业务规模增长带动业绩增长，费用管控合理。Q2 实现营收 21.69 亿元，同比
                                                             12 个月价格区间                  53.30/29.20
  25H1 公司箱式变电站、变压器、成套开关柜分别实现营收 18.66/5.68/5.13 亿元，           一年股价表现
  同比增长 16.13%/19.91%/91.03%；毛利率分别为 20.69%/23.40%/13.16%，同比
  下降 1.27/1.59/4.70pct，箱式变电站及成套开关柜业务规模增长带动业绩增长。`.split('\n');

describe('column split', () => {
  it('finds the body column where most prose lines start and end', () => {
    const body = findBodyColumn(LEFT_SIDEBAR)!;
    expect(body.start).toBeGreaterThanOrEqual(38);
    expect(body.start).toBeLessThanOrEqual(44);
  });

  it('keeps the market-data box out of the body when the side column is on the left', () => {
    const body = findBodyColumn(LEFT_SIDEBAR)!;
    expect(sideColumnOf(LEFT_SIDEBAR, body)).toBe('left');
    const parts = splitColumns(LEFT_SIDEBAR, body, 'left');
    expect(parts[2]).toEqual({ side: '近 12 个月最高/最低（元） 101.25/56.95', body: '季度实现营业收入 34.37 亿元，同比增长 7.35%，归母净利润 2.44 亿' });
    expect(parts.map((p) => p.body).join('')).not.toMatch(/收盘价|92\.99|流通市值/);
  });

  it('reads a side column on the right after the body', () => {
    const body = findBodyColumn(RIGHT_SIDEBAR)!;
    expect(sideColumnOf(RIGHT_SIDEBAR, body)).toBe('right');
    const parts = splitColumns(RIGHT_SIDEBAR, body, 'right');
    expect(parts[0]?.side.replace(/\s+/g, ' ')).toBe('流通市值（百万元） 6,855.02');
    expect(parts[5]?.body).toBe('25H1 公司箱式变电站、变压器、成套开关柜分别实现营收 18.66/5.68/5.13 亿元，');
  });

  it('cuts a label glued to the body by one space at the gutter, but never a line of prose', () => {
    const glued = [
      ...LEFT_SIDEBAR.slice(1),
      `投资评级${' '.repeat(34)}买入 同比下降 5.57pct，环比下降 3.13pct，主要系台币汇`,
    ];
    const body = findBodyColumn(glued)!;
    const last = splitColumns(glued, body, 'left').at(-1)!;
    expect(last.side.replace(/\s+/g, ' ')).toBe('投资评级 买入');
    expect(last.body).toBe('同比下降 5.57pct，环比下降 3.13pct，主要系台币汇');
  });
});

describe('pages', () => {
  it('reads page numbers in their printed forms', () => {
    expect(pageNumberOf('请务必阅读正文之后的免责声明及其项下所有内容                   1')).toBe(1);
    expect(pageNumberOf('敬请参阅最后一页免责声明                            -2-              证券研究报告')).toBe(2);
    expect(pageNumberOf('请务必仔细阅读正文之后的评级说明和重要声明            第 4页/ 共 11页')).toBe(4);
    expect(pageNumberOf('Page | 3 | PHILLIPCAPITAL HONGKONG RESEARCH')).toBe(3);
    expect(pageNumberOf('http://www.huajinsc.cn/                     1/5                    请务必阅读正文之后的免责条款部分')).toBe(1);
    // A chart's axis run into the body is not a footer.
    expect(pageNumberOf('  -8%10/24   1/25   4/25   7/25            产品的开出，我们认为公司将在明后年迎来显著的成长机会。')).toBeNull();
  });

  it('knows disclaimer pointers however a broker words them', () => {
    for (const footer of ['请务必阅读末页声明。', '请阅读最后一页免责声明及信息披露 http://www.cindasc.com   1', '本公司具备证券投资咨询业务资格，请务必阅读最后一页免责声明', '      市场有风险，投资需谨慎                    请务必阅读正文之后的免责条款部分']) {
      expect(isDisclaimerPointer(footer), footer).toBe(true);
    }
    expect(isDisclaimerPointer('投资者应当认真阅读本报告的声明部分，并对本报告所载的全部内容承担风险，本公司不承担任何责任和义务，包括但不限于直接损失。')).toBe(false);
  });

  it('keeps the text a footer is printed beside (国海证券: a source line, then the footer and page number)', () => {
    const body = Array.from({ length: 16 }, (_, i) => `正文第${i}行，内容照常排版。`);
    const lines = [...body, '资料来源：景旺电子官网，东山精密公告，国海证券研究所                 请务必阅读报告附注中的风险提示和免责声明       15', ...body];
    const [first] = splitPages(lines);
    const kept = first!.lines.filter((_, i) => !first!.furniture[i]).map((line) => line.trim());
    expect(kept.at(-1)).toBe('资料来源：景旺电子官网，东山精密公告，国海证券研究所');
    expect(first!.lines.filter((_, i) => first!.furniture[i]).map((line) => line.trim())).toEqual(['请务必阅读报告附注中的风险提示和免责声明       15']);
  });

  it('ends a page at its footer, and a page without one where the running header recurs', () => {
    const body = (n: number) => Array.from({ length: 16 }, (_, i) => `第${n}页的正文第${i}行，内容照常排版。`);
    const lines = ['证券研究报告', ...body(1), '', '证券研究报告', ...body(2), '请阅读最后一页重要免责声明              2', '', '证券研究报告', ...body(3), '请阅读最后一页重要免责声明              3', '', '证券研究报告', ...body(4)];
    const pages = splitPages(lines);
    expect(pages).toHaveLength(4);
    expect(pages[0]!.lines[0]).toBe('证券研究报告');
    expect(pages[0]!.furniture[0]).toBe(false); // on the first page it is the masthead's
    expect(pages[1]!.lines[0]).toBe('证券研究报告');
    expect(pages[1]!.furniture[0]).toBe(true);
    expect(findFooters(lines).map((f) => lines[f.last])).toEqual([lines[35], lines[54]]);
  });
});

describe('vertical banners', () => {
  it('lifts a word printed one character a line out of the margin', () => {
    const { lines, words } = liftBanners(['证', '券', '研   2025 年 09 月 29 日', '究', '报   服务器算力业务未来可期，政企业务表现亮眼', '告']);
    expect(words).toEqual(['证券研究报告']);
    expect(lines.map((l) => l.trim())).toEqual(['', '', '2025 年 09 月 29 日', '', '服务器算力业务未来可期，政企业务表现亮眼', '']);
  });

  it('lets body text pass beside the banner', () => {
    const { words } = liftBanners(['公                     的全栈全场景智算解决方案。', '司                     服务器在国内运营商份额领先，', '                       算资源池项目。', '研', '                       中标中国移动数据中心交换机集采项目。', '究                     面，公司具备端到端的数据中心解决方案。']);
    expect(words).toEqual(['公司研究']);
  });

  it('leaves two-character row labels alone', () => {
    expect(liftBanners(['营   收入 100', '利   润 20']).words).toEqual([]);
  });
});

describe('readColumns', () => {
  it('puts the first page in masthead, sidebar and body, and furniture apart', () => {
    const page = [
      '                                                                      北京君正（300223）',
      '               毛利率短期波动，经营趋势逐渐向好',
      ' 报告日期：              2025-10-30             [Table_Summary]',
      ...LEFT_SIDEBAR,
      '敬请参阅末页重要声明及评级说明                    1 / 4                              证券研究报告',
    ];
    const lines = readColumns(page.join('\n')).filter((l) => l.text.trim() !== '');
    const zone = (text: string) => lines.find((l) => l.text.includes(text))?.zone;
    expect(zone('毛利率短期波动')).toBe('header');
    expect(zone('收盘价')).toBe('sidebar');
    expect(zone('北京君正公告')).toBe('body');
    expect(zone('敬请参阅')).toBe('furniture');
  });
});
