import { describe, expect, it } from 'vitest';
import { brokerCode, erasOf, FIRMS, lookupBroker, nameOn, namesOf } from '~/converter/parse/metadata/brokers/registry.ts';
import { brokerCode as exportedBrokerCode } from '~/converter/parse/metadata/index.ts';

/** Every broker the development corpus's gold names (../shared/corpus/gold.json), and the seeds'. */
const CORPUS_BROKERS = [
  '万联证券', '上海证券', '东兴证券', '东吴证券', '东莞证券', '中信建投证券', '中原证券', '中国银河证券', '中泰证券',
  '中邮证券', '中银证券', '信达证券', '光大证券', '兴业证券', '华创证券', '华安证券', '华泰证券', '华源证券', '华金证券',
  '华鑫证券', '国信证券', '国元证券', '国开证券', '国泰君安', '国海证券', '国盛证券', '国金证券', '太平洋证券', '安信证券',
  '川财证券', '平安证券', '广发证券', '广证恒生', '开源证券', '新时代证券', '民生证券', '浙商证券', '海通证券', '渤海证券',
  '爱建证券', '粤开证券', '群益证券', '联储证券', '西南证券', '西部证券', '诚通证券', '财通证券', '辉立证券', '金元证券',
  '长城国瑞证券', '长城证券', '首创证券', '齐鲁证券',
];

/** The codes the registry gave before it knew former names: browse pages and slugs use them. */
const PUBLISHED_CODES: Record<string, string> = {
  国金证券: 'gjzq', 国信证券: 'gxzq', 华安证券: 'hazq', 中信证券: 'zxzq', 中金公司: 'zjgs', 中国国际金融: 'zjgs', 华泰证券: 'htzq',
  国泰海通: 'gtht', 国泰海通证券: 'gtht', 招商证券: 'zszq', 广发证券: 'gfzq', 申万宏源: 'swhy', 申万宏源证券: 'swhy', 兴业证券: 'xyzq',
  东吴证券: 'dwzq', 天风证券: 'tfzq', 中泰证券: 'ztzq', 长江证券: 'cjzq', 国投证券: 'gtzq', 光大证券: 'gdzq', 方正证券: 'fzzq',
  民生证券: 'mszq', 浙商证券: 'zheszq', 开源证券: 'kyzq', 国盛证券: 'gszq', 东北证券: 'dbzq', 信达证券: 'xdzq', 华西证券: 'hxzq',
  西部证券: 'xbzq', 国海证券: 'ghzq', 德邦证券: 'debzq', 东方证券: 'dfzq', 中银证券: 'zyzq', 中银国际证券: 'zyzq', 平安证券: 'pazq',
  财通证券: 'ctzq', 华创证券: 'hczq', 中信建投: 'zxjt', 中信建投证券: 'zxjt', 东方财富证券: 'dfcf', 华福证券: 'hfzq',
  太平洋证券: 'tpyzq', 东兴证券: 'dxzq', 国元证券: 'gyzq', 首创证券: 'sczq', 万联证券: 'wlzq',
};

const allEras = FIRMS.flatMap((firm) => erasOf(firm).filter((era) => era.forms.length > 0));

describe('broker registry', () => {
  it('covers at least 50 firms, every corpus and seed broker among them', () => {
    expect(FIRMS.length).toBeGreaterThanOrEqual(50);
    const names = allEras.map((era) => era.name);
    for (const broker of CORPUS_BROKERS) expect(names).toContain(broker);
  });

  it('gives every name a unique lower-case ASCII code', () => {
    const codes = allEras.map((era) => era.code);
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
    for (const code of codes) expect(code).toMatch(/^[a-z]+$/);
  });

  it('keeps every code it has published', () => {
    for (const [name, code] of Object.entries(PUBLISHED_CODES)) expect([name, brokerCode(name)]).toEqual([name, code]);
    expect(exportedBrokerCode('国金证券')).toBe('gjzq');
    expect(brokerCode('某某证券')).toBeNull();
  });

  it('gives former names their own codes, so a report keeps its name and its page', () => {
    expect([brokerCode('安信证券'), brokerCode('国泰君安'), brokerCode('海通证券'), brokerCode('齐鲁证券'), brokerCode('新时代证券')])
      .toEqual(['axzq', 'gtja', 'haitzq', 'qlzq', 'xsdzq']);
  });

  it('lets no printed name, licence prefix or domain point to two firms', () => {
    const forms = FIRMS.flatMap((firm) => erasOf(firm).flatMap((era) => era.forms));
    expect(forms.filter((form, i) => forms.indexOf(form) !== i)).toEqual([]);
    const prefixes = FIRMS.flatMap((firm) => firm.licencePrefixes);
    expect(prefixes.filter((prefix, i) => prefixes.indexOf(prefix) !== i)).toEqual([]);
    for (const prefix of prefixes) expect(prefix).toMatch(/^[SA]\d{4}$/);
    const domains = FIRMS.flatMap((firm) => [...firm.emailDomains, ...firm.webDomains]);
    expect(domains.filter((domain, i) => domains.indexOf(domain) !== i)).toEqual([]);
  });

  it('writes legal names as legal names and English names in Latin letters', () => {
    for (const firm of FIRMS) {
      expect(firm.legalName).toMatch(/公司$/);
      for (const english of firm.english) expect(english).toMatch(/^[A-Za-z][A-Za-z .()&,-]+$/);
    }
  });

  it('finds a firm by any name it prints', () => {
    for (const name of ['国金证券股份有限公司', '中国国际金融股份有限公司', '中银国际证券', '银河证券', '国泰君安证券', '國泰君安証券', '輝立證券']) {
      expect(lookupBroker(name), name).not.toBeNull();
    }
    expect(lookupBroker('中国国际金融股份有限公司')?.name).toBe('中金公司');
    expect(lookupBroker('安信证券')?.name).toBe('国投证券');
    expect(namesOf(lookupBroker('国投证券')!)).toEqual(expect.arrayContaining(['安信证券', '国投证券']));
  });
});

describe('nameOn: a report keeps the name its firm had when it was published', () => {
  const firm = (name: string) => lookupBroker(name)!;

  it('switches on the day of a change known to the day (齐鲁证券 → 中泰证券, 2015-09-26)', () => {
    expect(nameOn(firm('中泰证券'), '2015-08-14')).toBe('齐鲁证券');
    expect(nameOn(firm('中泰证券'), '2015-09-25', new Map([['中泰证券', 3]]))).toBe('齐鲁证券');
    expect(nameOn(firm('中泰证券'), '2015-09-26')).toBe('中泰证券');
    expect(nameOn(firm('中泰证券'), '2021-04-21', new Map([['齐鲁证券', 1]]))).toBe('中泰证券');
  });

  it('credits 安信证券 before 2024 and 国投证券 after, whatever the report prints', () => {
    expect(nameOn(firm('国投证券'), '2020-08-07')).toBe('安信证券');
    expect(nameOn(firm('国投证券'), '2025-03-01', new Map([['安信证券', 5]]))).toBe('国投证券');
  });

  it('lets the printed name decide inside a change known only to the month or year', () => {
    expect(nameOn(firm('国投证券'), '2024-05-10', new Map([['安信证券', 2]]))).toBe('安信证券');
    expect(nameOn(firm('国投证券'), '2024-05-10', new Map([['国投证券', 2], ['安信证券', 1]]))).toBe('国投证券');
    expect(nameOn(firm('国投证券'), '2024-05-10')).toBe('国投证券');
    expect(nameOn(firm('国泰海通'), '2025-04-15', new Map([['国泰君安', 1]]))).toBe('国泰君安');
  });

  it('follows a merger: 国泰君安 and 海通证券 reports are 国泰海通 from April 2025', () => {
    expect(nameOn(firm('国泰海通'), '2021-10-12')).toBe('国泰君安');
    expect(nameOn(firm('海通证券'), '2020-07-24')).toBe('海通证券');
    expect(nameOn(firm('国泰海通'), '2025-06-01')).toBe('国泰海通');
    expect(nameOn(firm('海通证券'), '2025-06-01')).toBe('国泰海通');
  });

  it('without a date, takes the name the report prints, else the current one', () => {
    expect(nameOn(firm('国投证券'), null, new Map([['安信证券', 3]]))).toBe('安信证券');
    expect(nameOn(firm('中泰证券'), null, new Map([['齐鲁证券', 1], ['中泰证券', 2]]))).toBe('中泰证券');
    expect(nameOn(firm('国投证券'), null)).toBe('国投证券');
    expect(nameOn(firm('国金证券'), '2019-01-01')).toBe('国金证券');
  });
});
