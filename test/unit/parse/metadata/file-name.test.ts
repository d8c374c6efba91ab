import { describe, expect, it } from 'vitest';
import { fileNameHints, fillBroker, fillDate, fillTitle } from '~/converter/parse/metadata/file-name.ts';
import { metadataOf } from '../../../helpers/metadata.ts';

describe('fileNameHints', () => {
  it.each([
    ['2026-04-26-华鑫证券-公司事件点评报告-锂盐锂资源产能持续增长.txt', '2026-04-26', '华鑫证券', '锂盐锂资源产能持续增长'],
    ['20250827_中邮证券_奥士康_高阶HDI持续放量.txt', '2025-08-27', '中邮证券', '高阶HDI持续放量'],
    ['华鑫证券-中兴通讯-服务器算力业务未来可期.txt', null, '华鑫证券', '服务器算力业务未来可期'],
    ['深度报告-20210506-西南证券-奥园美谷-000615.SZ-医美布局落地，地产业务剥离.pdf.txt', '2021-05-06', '西南证券', '医美布局落地，地产业务剥离'],
    ['中泰证券-公司研究报告-根植齐鲁大地争创一流券商-240529(30页).pdf', '2024-05-29', '中泰证券', '根植齐鲁大地争创一流券商'],
    ['公司点评：Q3符合预期，BD高效破局-(中泰证券)-20201026.txt', '2020-10-26', '中泰证券', 'Q3符合预期，BD高效破局'],
    ['2024年12月02日 国信证券 互联网行业2024年12月投资策略.txt', '2024-12-02', '国信证券', '互联网行业2024年12月投资策略'],
    ['reports/2026/04/2026.04.17_群益证券_中际旭创_1.6T推动一季度盈利高速增长.md', '2026-04-17', '群益证券', '1.6T推动一季度盈利高速增长'],
    ['2026-05-08-某某证券-船舶订单持续增长.txt', '2026-05-08', '某某证券', '船舶订单持续增长'],
  ])('reads %s', (source, date, broker, title) => {
    expect(fileNameHints(source)).toEqual({ date, broker, title });
  });

  it.each([
    ['flat_01.txt'], // the corpus's names
    ['000_2272510a5eb1dbfa.txt'], // the seeds'
    ['a20240512b.txt'], // digits inside a hash are no date
    ['300308_中际旭创.txt'], // a ticker is no date; a company name is no title
    ['2026-13-40_report.txt'], // no such day
  ])('finds nothing in %s', (source) => {
    expect(fileNameHints(source)).toEqual({ date: null, broker: null, title: null });
  });
});

describe('filling fields from the file name', () => {
  const hints = fileNameHints('2026-04-26-华鑫证券-公司事件点评报告-锂盐锂资源产能持续增长.txt');

  it('fills a date the text does not print, with a warning instead of the missing-date one', () => {
    expect(fillDate({ date: null, dateSource: null, warnings: ['未找到报告日期（date）'] }, hints)).toEqual({
      date: '2026-04-26',
      dateSource: 'file-name',
      warnings: ['发布日期（date）取自文件名（2026-04-26）'],
    });
  });

  it('keeps the text date: silently when both agree, with a warning when they disagree', () => {
    const agreeing = { date: '2026-04-26', dateSource: 'explicit' as const, warnings: [] };
    expect(fillDate(agreeing, hints)).toEqual(agreeing);
    const disagreeing = fillDate({ date: '2026-04-25', dateSource: 'explicit', warnings: [] }, hints);
    expect(disagreeing.date).toBe('2026-04-25');
    expect(disagreeing.warnings).toEqual(['发布日期（date）与文件名不一致：正文为 2026-04-25，文件名为 2026-04-26，取正文']);
  });

  it('fills a broker the text does not name, under the name it had on the date', () => {
    expect(fillBroker({ broker: null, warnings: ['未识别出券商（broker）'] }, hints, '2026-04-26')).toEqual({
      broker: '华鑫证券',
      warnings: ['券商（broker）取自文件名（华鑫证券）'],
    });
    const anxin = fileNameHints('2020-08-07-安信证券-精选层巡礼.txt');
    expect(fillBroker({ broker: null, warnings: [] }, anxin, '2025-02-01').broker).toBe('国投证券');
  });

  it('keeps the text broker, warning only when the name names another firm', () => {
    expect(fillBroker({ broker: '华鑫证券', warnings: [] }, hints, null).warnings).toEqual([]);
    expect(fillBroker({ broker: '国信证券', warnings: [] }, hints, null)).toEqual({
      broker: '国信证券',
      warnings: ['券商（broker）与文件名不一致：正文为国信证券，文件名为华鑫证券，取正文'],
    });
  });

  it('titles a report from its name only when the title finder had to guess', () => {
    const guessed = { title: '公司简介', subtitle: null, warnings: ['缺少标题页，标题（title）取自正文首个小标题：公司简介'] };
    expect(fillTitle(guessed, hints)).toEqual({ title: '锂盐锂资源产能持续增长', subtitle: null, warnings: ['标题（title）取自文件名（锂盐锂资源产能持续增长）'] });
    const found = { title: '锂盐产能持续增长，Q1业绩超预期', subtitle: null, warnings: [] };
    expect(fillTitle(found, hints)).toBe(found);
  });

  it('changes nothing for a name that says nothing', () => {
    const none = fileNameHints('flat_01.txt');
    const date = { date: null, dateSource: null, warnings: ['未找到报告日期（date）'] };
    expect(fillDate(date, none)).toBe(date);
  });
});

describe('the metadata stage with a file name', () => {
  // Cut from layoutb_03 (国金证券, first-page header lost: no title, no date, no analysts printed)
  const headless = [
    '10 月 21 日，公司披露 2025 年三季报，前三季度实现营业收入 163.8 亿元，同比增长 11.6%。',
    '来源：公司年报、国金证券研究所',
    '特别声明：国金证券股份有限公司经中国证券监督管理委员会批准，已具备证券投资咨询业务资格。',
  ].join('\n');

  it('fills the date and the title from the name, and keeps the text broker', () => {
    const metadata = metadataOf(headless, '2025-10-22-国金证券-中国西电-业绩符合预期，在手订单增厚可期.txt');
    expect(metadata.broker).toBe('国金证券');
    expect([metadata.date, metadata.dateSource]).toEqual(['2025-10-22', 'file-name']);
    expect(metadata.title).toBe('业绩符合预期，在手订单增厚可期');
    expect(metadata.warnings).toEqual(expect.arrayContaining(['发布日期（date）取自文件名（2025-10-22）', '标题（title）取自文件名（业绩符合预期，在手订单增厚可期）']));
    expect(metadata.warnings.filter((w) => w.includes('（broker）'))).toEqual([]);
  });

  it('reads the same text under a name that says nothing as before', () => {
    const metadata = metadataOf(headless, 'layoutb_03.txt');
    expect(metadata.dateSource).not.toBe('file-name');
    expect(metadata.warnings.some((w) => w.includes('文件名'))).toBe(false);
  });
});
