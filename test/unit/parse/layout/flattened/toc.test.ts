/**
 * Tables of contents and figure lists of flattened reports, and the body cut where their entries
 * recur. Entries are cut from reports of the development corpus (长城, 华金, 中泰, 东兴, 广证恒生).
 */
import { describe, expect, it } from 'vitest';
import { readFlattened } from '~/converter/parse/layout/flattened/index.ts';
import { readTocs, recurringEntries } from '~/converter/parse/layout/flattened/toc.ts';

const entries = (text: string, lastPage = 40) => readTocs(text, lastPage).flatMap((block) => block.entries.map((e) => [e.title, e.page]));

describe('TOC entries', () => {
  it('splits a page number fused with the next entry\'s number (长城: `......41.1总量数据`)', () => {
    const toc =
      '目录1.本周行业总量观察...............................41.1总量数据点评：Q1手机出货量同比大增，3月半导体设备出货额创近年新高4' +
      '2.行业细分领域跟踪.............82.1消费电子：面板价格延续强势.........82.2半导体：半导体行业景气度高涨持续......103.重点行业新闻......11';
    expect(entries(toc, 30)).toEqual([
      ['1.本周行业总量观察', 4],
      ['1.1总量数据点评：Q1手机出货量同比大增，3月半导体设备出货额创近年新高', 4],
      ['2.行业细分领域跟踪', 8],
      ['2.1消费电子：面板价格延续强势', 8],
      ['2.2半导体：半导体行业景气度高涨持续', 10],
      ['3.重点行业新闻', 11],
    ]);
  });

  it('gives the next entry its number when its title opens with a figure (国海: `......142.2、5G时代已来`)', () => {
    const toc = '目录1、功率半导体应用广泛..........42、景气需求驱动行业发展..........132.1、新能源汽车功率半导体成本占比过半，前景广阔..........142.2、5G时代已来，通信行业对功率半导体需求激增..........172.3、IGBT贡献主要增量..........18';
    expect(entries(toc)).toEqual([
      ['1、功率半导体应用广泛', 4],
      ['2、景气需求驱动行业发展', 13],
      ['2.1、新能源汽车功率半导体成本占比过半，前景广阔', 14],
      ['2.2、5G时代已来，通信行业对功率半导体需求激增', 17],
      ['2.3、IGBT贡献主要增量', 18],
    ]);
  });

  it('reads `-3-` page numbers (中泰) and a page number fused with `1、` (华金: `......101、封装技术`)', () => {
    expect(entries('内容目录全年业绩符合预期，医药工业实现正增长..........-3-产品线布局齐全，医美板块迎来快速发展.........-5-')).toEqual([
      ['全年业绩符合预期，医药工业实现正增长', 3],
      ['产品线布局齐全，医美板块迎来快速发展', 5],
    ]);
    expect(entries('内容目录（三）先进封装是后摩尔时代的必然选择..........101、封装技术发展史..........102、封装技术........10', 35)).toEqual([
      ['（三）先进封装是后摩尔时代的必然选择', 10],
      ['1、封装技术发展史', 10],
      ['2、封装技术', 10],
    ]);
  });

  it('starts a figure list at its own label, and takes a TOC that lists itself (广证恒生: `目录目录......`)', () => {
    const blocks = readTocs('目录目录..........3一、公司概况..........5图表目录图表1.深耕医疗器械27年..........5图表2.产品覆盖三大领域........6', 40);
    expect(blocks.map((b) => [b.kind, b.entries.length])).toEqual([['toc', 2], ['figures', 2]]);
  });

  it('reads a TOC of bullet items without page numbers (东兴)', () => {
    expect(entries('目录❑1.2020批签发概况：疫情影响国内采浆❑2.2020年分品种批签发情况❑5.风险提示')).toEqual([
      ['1.2020批签发概况：疫情影响国内采浆', null],
      ['2.2020年分品种批签发情况', null],
      ['5.风险提示', null],
    ]);
  });

  it('finds the entries where they recur, in order, figures and tables as separate series', () => {
    const text = '图表目录图1：甲乙丙丁......3表1：戊己庚辛......4图2：壬癸子丑......5本文图1：甲乙丙丁说明表1：戊己庚辛说明图2：壬癸子丑说明';
    const [block] = readTocs(text, 10);
    const found = recurringEntries(text, block!.entries, block!.end, (at) => at < block!.end);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['图1：甲乙丙丁', '表1：戊己庚辛', '图2：壬癸子丑']);
  });
});

describe('TOC in the reader', () => {
  const report =
    '请务必阅读正文之后的重要声明部分评级：买入(维持)投资要点事件：公司公布2020年年报。' +
    '请务必阅读正文之后的重要声明部分-2-公司点评内容目录全年业绩符合预期，医药工业实现正增长..........-3-盈利预测和投资建议..........-7-' +
    '请务必阅读正文之后的重要声明部分-3-公司点评全年业绩符合预期，医药工业实现正增长公司业绩符合预期。2020年受疫情和阿卡波糖片集采失标等影响，公司整体收入有所下滑。' +
    '盈利预测和投资建议我们预计2021-2023年公司营业收入分别为357.40亿元、395.47亿元、443.76亿元。';
  const lines = readFlattened(report).map((line) => line.text);

  it('gives an entry printed without leaders the usual ones, so it reads as a TOC line', () => {
    const text = '目录1.本周行业总量观察...............................41.1总量数据点评：Q1手机出货量同比大增，3月半导体设备出货额创近年新高42.行业细分领域跟踪.............8';
    expect(readFlattened(text).map((line) => line.text)).toContain('1.1总量数据点评：Q1手机出货量同比大增，3月半导体设备出货额创近年新高……4');
  });

  it('prints each entry as a TOC line ending in its page number', () => {
    expect(lines).toContain('内容目录');
    expect(lines).toContain('全年业绩符合预期，医药工业实现正增长..........3');
    expect(lines).toContain('盈利预测和投资建议..........7');
  });

  it('cuts the body exactly where a listed heading recurs', () => {
    expect(lines).toContain('全年业绩符合预期，医药工业实现正增长');
    expect(lines).toContain('公司业绩符合预期。2020年受疫情和阿卡波糖片集采失标等影响，公司整体收入有所下滑。');
    expect(lines).toContain('盈利预测和投资建议');
    expect(lines.some((line) => line.startsWith('我们预计2021-2023年'))).toBe(true);
  });
});
