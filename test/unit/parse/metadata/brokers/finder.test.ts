/**
 * The broker finder on excerpts cut from the development corpus (file named in each case): every
 * kind of evidence, and the traps that name another firm.
 */
import { describe, expect, it } from 'vitest';
import type { FieldContext } from '~/converter/parse/metadata/context.ts';
import { brokerCandidates, findBroker, NO_BROKER_WARNING } from '~/converter/parse/metadata/brokers/index.ts';

function context(all: string[], masthead: string[] = []): FieldContext {
  return { kind: 'plain', masthead, front: all, all, source: 'report.txt', firstPage: [] };
}
const brokerOf = (lines: string[], date: string | null = null, masthead: string[] = []) => findBroker(context(lines, masthead), date).broker;

describe('brokerCandidates: each kind of evidence', () => {
  it.each([
    ['licence prefix', ['分析师：许亮', 'S0820525010002'], '爱建证券'], // layout_12
    ['licence glued to a date (S + 13 digits, then 2021年…)', ['分析师：陈晨SACNO：S11501180800072021年03月31日[Table_Summar'], '渤海证券'], // flat_17
    ['licence printed with 12 digits', ['E-MAIL：guobin@tpyzq.com执业资格证书编码：S119051909001(10%)(1%)7%16%25%33%'], '太平洋证券'], // flat_12
    ['older A licence', ['邮箱：tangaij@gzgzhs.com.cn执业编号：A1310516100001⚫行业层面：迈瑞是内生增长强劲的医疗器械'], '广证恒生'], // flatb_14
    ['e-mail with a full-width ＠', ['18080002(8621)60230221yuan_wei＠gjzq.com.cn流感疫苗放量突出'], '国金证券'], // flatb_08
    ['e-mail run into the licence after it', ['xieheng@xyzq.com.cnS0190519060001lishuangliang@xyzq.com.cnS0190520070005'], '兴业证券'], // flat_02
    ['website in the footers', ['http://www.huajinsc.cn/1/35请务必阅读正文之后的免责', 'http://www.huajinsc.cn/2/35请务必阅读正文之后的免责'], '华金证券'], // flat_06
    ['disclaimer: 本报告由…编制', ['本报告由川财证券有限责任公司编制，仅供本公司客户使用'], '川财证券'], // flat_08
    ['copyright line', ['【郑重声明】本报告版权归国海证券所有。'], '国海证券'], // flat_04
    ['copyright after the name', ['光大证券股份有限公司版权所有。'], '光大证券'], // flat_11
    ['qualification statement', ['渤海证券股份有限公司具备证券投资咨询业务资格'], '渤海证券'], // flat_17
    ['仅供…的客户使用', ['本报告仅供海通证券股份有限公司（以下简称“本公司”）的客户使用。'], '海通证券'], // flatb_06
    ['Hong Kong firm: 此份报告由…编写', ['此份报告由群益证券(香港)有限公司编写，群益证券(香港)有限公司的投资和由群证益券(香港)有限公司提供的投资服务'], '群益证券'], // layoutb_08
    ['rating legend naming its firm', ['金元证券股票投资评级标准：', '资料来源：Wind，金元证券研究所'], '金元证券'], // layoutb_10
    ['banner in the masthead', ['东兴证券股份有限公司证券研究报告：医药行业研'], '东兴证券'], // flatb_10
    ['English byline', ['This publication is prepared by Phillip Securities (Hong Kong) Ltd (“Phillip Securities”). By receiving'], '辉立证券'], // layoutb_18
    ['English name with spaces lost', ['信达证券股份有限公司CINDASECURITIESCO.,LTD北京市西城区闹市口大街9号院1号楼'], '信达证券'], // flat_09
    ['legal name with 股份公司', ['请务必阅读正文最后的中国银河证券股份公司免责声明'], '中国银河证券'], // flat_16
  ])('%s', (_, lines, broker) => {
    expect(brokerOf(lines)).toBe(broker);
  });

  it('reads the compiler of flattened source lines, without line boundaries', () => {
    // flat_04: two source lines run into chart axis labels on one line
    const line = '：立昂微归母净利润变化情况资料来源：wind、国海证券研究所资料来源：wind、国海证券研究所-20%-10%0%10%20%30%40%0102030405060702016201';
    expect(brokerOf([line])).toBe('国海证券');
  });

  it('reads institutes that are not named 研究所: 经济与金融研究院, 研究发展中心, 研究', () => {
    expect(brokerOf(['数据来源：Wind、兴业证券经济与金融研究院整理', '资料来源：Wind、兴业证券经济与金融研究院整理'])).toBe('兴业证券'); // flat_02
    expect(brokerOf(['资料来源：Wind，华鑫证券研究', '资料来源：Wind，华鑫证券研究'])).toBe('华鑫证券'); // layout_03
    expect(brokerOf(['数据来源：Wind ，西南证券', '投资要点西南证券研究发展中心'], null, ['投资要点西南证券研究发展中心'])).toBe('西南证券'); // flat_14
  });

  it('closes up letter-spaced names and reads column-layout source lines', () => {
    // layout_08 (西 南证券研究院), layout_06 (a source line beside the sidebar)
    expect(brokerOf(['西 南证券研究院'], null, ['西 南证券研究院'])).toBe('西南证券');
    expect(brokerOf(['资料来源：东莞证券研究所，iFind        SAC 执业证书编号：', '资料来源：东莞证券研究所，Wind'])).toBe('东莞证券');
  });

  it('reads a report in traditional characters', () => {
    // layoutb_18 in traditional characters; the source line names the firm in English, the rest is simulated in Chinese
    const traditional = [
      '德賽西威 (002920 CH) 智能化業務快速發展，國際化佈局進程加速',
      '德賽西威成立於 1986 年，是汽車電子領域的頭部公司，主要產品為智能座艙、智能駕駛和網聯服務。',
      '2025 年前三季度，公司實現營業收入/歸母淨利潤/扣非淨利潤分別為 223.37 億元，同比增長分別為+17.72%/+27.08%。',
      '本報告版權歸輝立證券(香港)有限公司所有。',
    ];
    expect(brokerOf(traditional)).toBe('辉立证券');
  });

  it('gives the evidence it used', () => {
    const [top] = brokerCandidates(context(['分析师：许亮', 'S0820525010002']), null);
    expect(top).toMatchObject({ value: '爱建证券', score: 4 });
    expect(top!.evidence).toContain('S0820525010002');
  });
});

describe('brokerCandidates: evidence for other firms', () => {
  it('counts only the compiler of a source line that cites another firm', () => {
    const lines = ['资料来源：中信证券研究部，国金证券研究所', '资料来源：中金公司研究部，国金证券研究所'];
    expect(brokerCandidates(context(lines), null).map((c) => c.value)).toEqual(['国金证券']);
  });

  it('lets the signatures outvote many chart sources of another firm', () => {
    const cited = Array.from({ length: 20 }, () => '资料来源：中信证券研究部');
    expect(brokerOf(['analyst@hazq.com', '执业证书号：S0010521080002', ...cited])).toBe('华安证券');
  });

  it('is not fooled by an analyst biography naming a former employer', () => {
    // layout_03 and flat_05
    expect(brokerOf(['何鹏程：悉尼大学金融硕士，中南大学软件工程学士，曾任职德邦证券研究所'])).toBeNull();
    expect(brokerOf(['计算机学院研究员,中投证券、中泰证券研究所电子分析师。2019年带领团队获得'], null, ['计算机学院研究员,中投证券、中泰证券研究所电子分析师。'])).toBeNull();
    expect(brokerOf(['司早期融资。2017年在太平洋证券研究所,2018年在招商证券研究所任职'])).toBeNull();
  });

  it('does not credit the buyer a distribution watermark names', () => {
    // layoutb_11: the watermark names 联储证券 as the owner and a reader's address
    const watermark = '联储证券版权所有发送给上海奇思信息技术有限公司.吴雪梅2.ybjieshou@eastmoney.com p1';
    expect(brokerOf([watermark])).toBe('联储证券');
    expect(brokerOf(['此报告发送给国金证券研究所.张三', '仅供国信证券经济研究所使用'])).toBeNull();
    expect(brokerOf(['本报告版权归联储证券所有，发送给 zhang@gjzq.com.cn'])).toBe('联储证券');
  });

  it('ignores cited research, shareholders, exchanges and firm names in running text', () => {
    expect(brokerOf(['据中信证券研究部测算，行业增速将达 20%。', '据中信证券研究部测算。'])).toBeNull();
    expect(brokerOf(['中信证券发布公告称，公司将回购股份。'])).toBeNull();
    expect(brokerOf(['资料来源：上海证券交易所', '资料来源：上海证券报'])).toBeNull();
    // layoutb_13: other firms in the body of a first page
    expect(brokerOf(['平台包括方正证券、北大医药、中国高科、北大资源、方正控股等。'], null, ['平台包括方正证券、北大医药、中国高科、北大资源、方正控股等。'])).toBeNull();
    // flat_15: a market maker among the shareholders
    const shareholders = '三板流通股9申万宏源证券有限公司做市专用证券账户0.51'.padStart(300, '—');
    expect(brokerOf([shareholders], null, [shareholders])).toBeNull();
  });

  it('refuses to choose between firms with equal evidence', () => {
    const result = findBroker(context(['本报告版权归国金证券所有', '本报告版权归国信证券所有']), null);
    expect(result.broker).toBeNull();
    expect(result.warnings[0]).toMatch(/券商（broker）证据不一致/);
  });

  it('says so when no broker is found', () => {
    expect(findBroker(context(['行业周报', '风险提示：政策变化']), null)).toMatchObject({ broker: null, warnings: [NO_BROKER_WARNING] });
  });
});

describe('brokerCandidates: names through time and outside the registry', () => {
  const anxin = ['本报告版权属于安信证券股份有限公司。各项声明请参见报告尾页。', '分析师：邹坤', 'S1450518120001']; // flatb_09

  it('names the firm as it was called on the publication date', () => {
    expect(brokerOf(anxin, '2020-08-07')).toBe('安信证券');
    expect(brokerOf(anxin, '2025-01-10')).toBe('国投证券');
    expect(brokerOf(anxin, null)).toBe('安信证券');
    // flatb_18: 齐鲁证券 until September 2015, known from its address domain alone
    expect(brokerOf(['sunjian@r.qlzq.com.cnhuyc@r.qlzq.com.cn2015年8月14日[T'], '2015-08-14')).toBe('齐鲁证券');
    expect(brokerOf(['sunjian@r.qlzq.com.cn', 'S0740519040001'], '2021-04-21')).toBe('中泰证券');
  });

  it('merges the candidates of firms that became one', () => {
    const haitong = ['本报告仅供海通证券股份有限公司（以下简称“本公司”）的客户使用。', 'S0850513080005']; // flatb_06
    expect(brokerOf(haitong, '2020-07-24')).toBe('海通证券');
    const merged = brokerCandidates(context([...haitong, '本报告仅供国泰海通证券股份有限公司的客户使用。']), '2025-06-01');
    expect(merged.map((c) => c.value)).toEqual(['国泰海通']);
  });

  it('names a publisher outside the registry from its own disclaimer', () => {
    expect(brokerOf(['本报告版权归北海证券股份有限公司所有，未经书面许可不得转载。'])).toBe('北海证券');
    expect(brokerOf(['北海证券发布公告称，公司将回购股份。'])).toBeNull();
  });
});
