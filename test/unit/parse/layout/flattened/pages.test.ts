/**
 * Pages of flattened reports: where the furniture breaks the text, and which page each part is on.
 * The running headers are cut from reports of the development corpus (长城, 信达, 国信).
 */
import { describe, expect, it } from 'vitest';
import { readFlattened } from '~/converter/parse/layout/flattened/index.ts';

const pageOf = (text: string, line: string) => readFlattened(text).find((l) => l.text.startsWith(line))?.page;

const PROSE = [
  '2020年实现营业收入24.64亿元，同比-14.4%；归母净利润4.73亿元，同比+117.19%，主要是公司2019年就商誉计提大额减值准备。',
  '公司获得韩国领先生物制药公司Hugel生产的重磅产品A型肉毒素在中国内地的独家进口、营销及推广权，强势推出医美产品。',
  '创新药方面，轩竹生物在研创新产品项目14项，管线涵盖抗肿瘤、代谢病、消化、肝病等多个领域，多个项目进入临床阶段。',
  '公司以制药业务为基石，致力于成为医药中间体及原料药、高端制剂领域的一体化CDMO领先企业，创新药平台即将迎来爆发。',
];

describe('pages', () => {
  it('keep a disclaimer pointer printed inside the first page\'s masthead on that page (长城)', () => {
    const text =
      `四环医药（）公司动态点评2021年04月12日http://www.cgws.com请参考最后一页评级说明及重要声明投资评级：增持（首次）报告日期：2021年04月12日${PROSE[0]}` +
      [2, 3, 4].map((n, k) => `公司动态点评长城证券${n}请参考最后一页评级说明及重要声明${PROSE[k + 1]}`).join('');
    expect(pageOf(text, '投资评级：增持（首次）')).toBe(1);
    expect(pageOf(text, PROSE[1]!.slice(0, 8))).toBe(2);
    expect(pageOf(text, PROSE[3]!.slice(0, 8))).toBe(4);
  });

  it('do not end the first page before its masthead is printed (信达: the footer of page 2 after three lines)', () => {
    const footer = (n: number) => `请阅读最后一页免责声明及信息披露http://www.cindasc.com${n}`;
    const text = `手机需求放缓，再谈半导体投资逻辑[Table_Industry]电子行业周报[Table_ReportDate]2021年05月09日${footer(2)}证券研究报告行业研究[Table_ReportType]行业周报[Table_StockAndRank]电子投资评级看好上次评级看好${PROSE[0]}${PROSE[1]}${PROSE[2]}${footer(3)}${PROSE[3]}${footer(4)}${PROSE[0]}`;
    expect(pageOf(text, '投资评级看好')).toBe(1);
    expect(pageOf(text, PROSE[3]!.slice(0, 8))).toBe(3);
  });

  it('do not break at a page marker that prints the page it is on (国信: `Page1` under the header)', () => {
    const header = '请务必阅读正文之后的免责条款部分全球视野本土智慧';
    const text = `=${header}行业研究Page1证券研究报告—动态报告/行业快评医药保健医药行业一周观察超配（维持评级）${PROSE[0]}` + [2, 3, 4].map((n, k) => `${header}Page${n}${PROSE[k + 1]}`).join('');
    expect(pageOf(text, '证券研究报告')).toBe(1);
    expect(pageOf(text, '超配（维持评级）')).toBe(1);
    expect(pageOf(text, PROSE[2]!.slice(0, 8))).toBe(3);
  });
});
