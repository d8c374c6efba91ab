/**
 * Page furniture of flattened reports, found by repetition, disclaimer pointers and page markers.
 * Every page text below is cut from a report of the development corpus (華金, 中银, 东吴, 安信, 长城
 * layouts); only the body between the running headers is shortened.
 */
import { describe, expect, it } from 'vitest';
import { findFurniture } from '~/converter/parse/layout/flattened/furniture.ts';
import { pageMarkerSpans, readPageCounter } from '~/converter/parse/layout/flattened/page-markers.ts';
import { maskDigits, recurringClusters } from '~/converter/parse/layout/flattened/repetition.ts';

/** Body text of different pages (each page says something else: only the furniture repeats). */
const BODIES = [
  '封装是指将生产加工后的晶圆进行切割、焊线塑封，使电路与外部器件实现连接，并为半导体产品提供机械保护。',
  '半导体是电子终端产品的关键组成部分，产业链可分为设计、制造、封测三大环节。',
  '晶圆代工厂制造完成的晶圆在出厂前会经过一道电性测试，称为晶圆可接受度测试。',
  '根据封装材料的不同，半导体封装可分为塑料封装、金属封装、陶瓷封装和玻璃封装。',
  '目前，引线键合技术因成本相对低廉，仍是主流的封装互联技术，但它不适合对高密度、高频有要求的产品。',
  '倒装芯片工艺流程中晶圆减薄、芯片倒装和底部填充是关键工艺。',
];
const BODY = BODIES[0]!;
const body = (k: number) => BODIES[k % BODIES.length]!;

/** 华金证券 行业深度: URL, page of 35 and pointer, with the report type before it from page 2 on. */
const HUAJIN = [
  'http://www.huajinsc.cn/1/35请务必阅读正文之后的免责条款部分2021年03月03日行业研究●证券研究报告半导体行业深度分析先进封装，价值增厚投资要点◆封测外包是全球半导体分工的产物。',
  `${body(1)}行业深度分析http://www.huajinsc.cn/2/35请务必阅读正文之后的免责条款部分◆风险提示：中美关系紧张；下游需求不及预期。`,
  `${body(2)}行业深度分析http://www.huajinsc.cn/3/35请务必阅读正文之后的免责条款部分内容目录一、半导体封测行业概述.........6`,
  `${body(3)}行业深度分析http://www.huajinsc.cn/4/35请务必阅读正文之后的免责条款部分图10：DIP封装产品........11`,
  `${body(4)}行业深度分析http://www.huajinsc.cn/5/35请务必阅读正文之后的免责条款部分一、半导体封测行业概述${body(5)}`,
].join('');

function texts(text: string): string[] {
  return findFurniture(text).map((span) => text.slice(span.start, span.end));
}

describe('furniture by repetition', () => {
  it('finds the running header and footer wherever it recurs, page 1 variant included', () => {
    expect(texts(HUAJIN)).toEqual([
      'http://www.huajinsc.cn/1/35请务必阅读正文之后的免责条款部分',
      ...[2, 3, 4, 5].map((n) => `行业深度分析http://www.huajinsc.cn/${n}/35请务必阅读正文之后的免责条款部分`),
    ]);
  });

  it('reads the page number each occurrence prints', () => {
    expect(findFurniture(HUAJIN).map((span) => span.number?.value)).toEqual([1, 2, 3, 4, 5]);
  });

  it('takes a header without a disclaimer pointer when its number counts the pages (中银: date, company, page)', () => {
    const pages = ['目录医疗器械行业龙头，业绩稳定增长', '图表目录股价表现', '图表31.迈瑞医疗麻醉工作站', '图表66.酶促反应化学发光', '医疗器械行业龙头，业绩稳定增长公司简介'];
    const text =
      '医药生物|证券研究报告—深度报告2020年11月23日[Table_Stock]300760.SZ增持原评级:增持' +
      pages.map((page, k) => `${body(k)}${body(k + 1)}${body(k + 2)}2020年11月23日迈瑞医疗${k + 2}${page}`).join('');
    const spans = findFurniture(text);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual([2, 3, 4, 5, 6].map((n) => `2020年11月23日迈瑞医疗${n}`));
    // The publication date on the cover is printed once, not on every page: it stays in the text.
    expect(spans[0]!.start).toBeGreaterThan(text.indexOf('[Table_Stock]'));
  });

  it('leaves a sentence the summary repeats in the body alone', () => {
    const sentence = '根据Yole的数据，2019年全球先进封装市场规模为290亿美元，先进封装是后摩尔时代的必然选择。';
    const text = [sentence, body(1), body(2), sentence, body(3), body(4), body(5), sentence].join('');
    expect(findFurniture(text)).toEqual([]);
    expect(recurringClusters(maskDigits(text).masked).some((cluster) => cluster.consensus.includes('后摩尔时代'))).toBe(true);
  });

  it('gives a TOC page number that ran into the page number back to the TOC (东吴: `574/60`)', () => {
    const text = ['1/60', '.........574/60', '.........285/60', '.........466/60', '.........567/60']
      .map((marker, k) => `${body(k)}${marker}东吴证券研究所请务必阅读正文之后的免责声明部分[Table_Yemei]公司深度研究F`)
      .join('');
    const spans = findFurniture(text);
    expect(spans.map((span) => span.number?.value)).toEqual([1, 4, 5, 6, 7]);
    expect(text.slice(spans[1]!.start - 3, spans[1]!.start)).toBe('.57');
    expect(text.slice(spans[1]!.start, spans[1]!.end)).toBe('4/60东吴证券研究所请务必阅读正文之后的免责声明部分[Table_Yemei]公司深度研究F');
  });

  it('takes a constant date printed with the footer, even when a TOC page runs into it (新时代: `302021-03-28`)', () => {
    const text = ['', '30', '10', '', '']
      .map((before, k) => `${body(k)}${before}2021-03-28电子行业敬请参阅最后一页免责声明-${k + 2}-证券研究报告`)
      .join('');
    expect(texts(text)).toEqual([2, 3, 4, 5, 6].map((n) => `2021-03-28电子行业敬请参阅最后一页免责声明-${n}-证券研究报告`));
  });

  it('stops at a template tag the first page prints differently (`[Table_Main]` after the footer)', () => {
    const text = ['Main', 'Yemei', 'Yemei', 'Yemei'].map((tag, k) => `${body(k)}${k + 1}/60东吴证券研究所请务必阅读正文之后的免责声明部分[Table_${tag}]`).join('');
    expect(texts(text)[0]).toBe('1/60东吴证券研究所请务必阅读正文之后的免责声明部分');
  });
});

describe('disclaimer pointers', () => {
  it('are furniture wherever they stand, in every wording of the corpus', () => {
    for (const pointer of [
      '请务必阅读正文之后的信息披露和重要声明',
      '敬请参阅最后一页特别声明',
      '请参考最后一页评级说明及重要声明',
      '谨请参阅尾页重要声明及财通证券股票和行业评级标准',
      '请务必仔细阅读本报告最后部分的重要法律声明',
      '各项声明请参见报告尾页。',
    ]) {
      expect(texts(`${BODY}${pointer}${BODY}`)).toEqual([pointer]);
    }
  });

  it('do not take the next line\'s label with them (`…特别声明` + `内容目录`)', () => {
    expect(texts(`${BODY}公司点评敬请参阅最后一页特别声明内容目录业绩稳健高增长`)).toEqual(['敬请参阅最后一页特别声明']);
  });
});

describe('page markers', () => {
  it('count the pages in every style', () => {
    for (const [text, numbers] of [
      ['第1页/共22页甲第2页/共22页乙第3页/共22页', [1, 2, 3]],
      ['甲2/27乙3/27丙4/27', [2, 3, 4]],
      ['甲1of33乙2of33丙3of33', [1, 2, 3]],
      ['甲Page1乙Page2丙Page3', [1, 2, 3]],
      ['甲P.2乙P.3丙P.4', [2, 3, 4]],
    ] as const) {
      expect(pageMarkerSpans(text).map((span) => span.number?.value)).toEqual(numbers);
    }
  });

  it('leave ratios, dates and TOC page numbers alone', () => {
    expect(pageMarkerSpans('占比约1/3，其余2/3来自海外，2019/11/18星期一')).toEqual([]);
    expect(pageMarkerSpans('目录.........2/9图1......3/9图2......4/9')).toEqual([]);
  });

  it('read fused page numbers by the chain they continue', () => {
    const read = readPageCounter(['1', '574', '285', '466', '567', '8'])!;
    expect(read.map((r) => r?.value)).toEqual([1, 4, 5, 6, 7, 8]);
    expect(readPageCounter(['132', '293', '294', '5'])!.map((r) => r?.value)).toEqual([2, 3, 4, 5]);
    expect(readPageCounter(['2021', '88', '300', '17', '64'])).toBeNull();
  });
});
