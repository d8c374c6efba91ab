/**
 * Re-segmentation of flattened text: each mark that starts a printed line starts a line again, and
 * nothing cuts inside a sentence or a number. Excerpts are cut from reports of the development
 * corpus; the last block is the former one-line normalization case (a text that kept its blanks).
 */
import { describe, expect, it } from 'vitest';
import { readFlattened } from '~/converter/parse/layout/flattened/index.ts';

/** The text lines (blank lines, which end paragraphs, are checked on their own below). */
const linesOf = (text: string) => readFlattened(text).map((line) => line.text).filter((line) => line !== '');

describe('template tags and bullets', () => {
  it('cut at template tags and drop them (国盛, 西南, 华金)', () => {
    const lines = linesOf('[Table_Title]医美板块暴涨，多个美妆品牌布局抖音[Table_IndustryRank]强于大市(维持)[Table_ReportDate]2021年05月05日＃title＃元器件板块超预期');
    expect(lines).toEqual(['医美板块暴涨，多个美妆品牌布局抖音', '强于大市(维持)', '2021年05月05日', '元器件板块超预期']);
  });

  it('leave a date printed right after a bare tag to the text (安信: `Table_Title2020年08月07日`)', () => {
    expect(linesOf('Table_Title2020年08月07日生物医药Table_BaseInfo行业动态分析')).toEqual(['2020年08月07日', '生物医药', '行业动态分析']);
  });

  it('cut before every bullet glyph, private-use Wingdings bullets included', () => {
    const lines = linesOf('投资要点◆封测外包是全球半导体分工的产物：1968年，美国公司安靠成立。◆先进封装是后摩尔时代的必然选择：摩尔定律逼近极限。\uF06C分子诊断：新技术驱动行业增长。');
    expect(lines).toEqual([
      '投资要点',
      '◆封测外包是全球半导体分工的产物：1968年，美国公司安靠成立。',
      '◆先进封装是后摩尔时代的必然选择：摩尔定律逼近极限。',
      '\uF06C分子诊断：新技术驱动行业增长。',
    ]);
  });
});

describe('numbered headings and items', () => {
  it('cut before 一、 and （一） at a boundary, not inside 一、二线 or 第一、', () => {
    const lines = linesOf('封测行业概述。一、半导体封测行业概述半导体的生产过程可分为几个步骤。（一）处于半导体产业链下游一、二线城市需求旺盛，第一、二季度均增长。');
    expect(lines).toEqual([
      '封测行业概述。',
      '一、半导体封测行业概述半导体的生产过程可分为几个步骤。',
      '（一）处于半导体产业链下游一、二线城市需求旺盛，第一、二季度均增长。',
    ]);
  });

  it('cut before a dotted number that continues the numbering, even after a word (`全年1.1海内外`)', () => {
    const lines = linesOf('看好景气度贯穿全年。1、被动元件迎业绩爆发期，看好行业高景气贯穿全年1.1海内外龙头业绩持续高增被动元件企业接连亮出年报。');
    expect(lines).toEqual(['看好景气度贯穿全年。', '1、被动元件迎业绩爆发期，看好行业高景气贯穿全年', '1.1海内外龙头业绩持续高增被动元件企业接连亮出年报。']);
  });

  it('never cut inside an amount, a percentage or a date', () => {
    const text = '本期指数同比增长1.1倍，收入3.5亿元，毛利率提升2.1%，公司于2021年4月20日公告，苹果APU（A10）订单。';
    expect(linesOf(text)).toEqual([text]);
  });

  it('end a heading without a TOC where its paragraph opens with a year or a list item (安信)', () => {
    const lines = linesOf('进口白蛋白增速较快。1.1-7月份国内血制品批签发披露概况1）白蛋白：7月份国产与进口分别披露批签发量199万。2.白蛋白2020年1-7月，我国国产与进口白蛋白的批签发量分别为1261万支、2292万支。');
    expect(lines).toEqual([
      '进口白蛋白增速较快。',
      '1.1-7月份国内血制品批签发披露概况',
      '1）白蛋白：7月份国产与进口分别披露批签发量199万。',
      '2.白蛋白',
      '2020年1-7月，我国国产与进口白蛋白的批签发量分别为1261万支、2292万支。',
    ]);
  });

  it('cut before list items after a clause end', () => {
    expect(linesOf('推荐逻辑：1）背靠母公司中国奥园，赋能庞大客户群；2）公司加速布局医美产业上下游。')).toEqual([
      '推荐逻辑：',
      '1）背靠母公司中国奥园，赋能庞大客户群；',
      '2）公司加速布局医美产业上下游。',
    ]);
  });
});

describe('captions and sources', () => {
  it('cut before captions and their sources, and after the research unit that ends a source', () => {
    const lines = linesOf('市场规模不断增长。图12：全球功率半导体市场规模稳步增长图13：汽车为功率半导体最主要终端应用资料来源：Yole预测、国海证券研究所资料来源：智研咨询、国海证券研究所作为功率半导体的重要分支，功率器件市场规模不断增长。');
    expect(lines).toEqual([
      '市场规模不断增长。',
      '图12：全球功率半导体市场规模稳步增长',
      '图13：汽车为功率半导体最主要终端应用',
      '资料来源：Yole预测、国海证券研究所',
      '资料来源：智研咨询、国海证券研究所',
      '作为功率半导体的重要分支，功率器件市场规模不断增长。',
    ]);
  });

  it('keep a heading\'s number with its 、 after a source (国海: `国海证券研究所5、行业评级`)', () => {
    const lines = linesOf('图63：2023年氮化镓功率器件市场规模或达13亿美元资料来源：Yole、国海证券研究所5、行业评级功率半导体下游多个应用领域需求全面开花，给予行业“推荐”评级。');
    expect(lines.some((line) => line.startsWith('5、行业评级'))).toBe(true);
    expect(lines.some((line) => /^(?:\d|、)/u.test(line) && !line.startsWith('5、行业评级'))).toBe(false);
  });

  it('keep every source of a line and its note (`研究院整理`, `，WIND`), but not a reference to a figure', () => {
    expect(linesOf('资料来源：清科研究中心，银河证券研究院整理回顾美国医美行业的发展历史。')).toEqual(['资料来源：清科研究中心，银河证券研究院整理', '回顾美国医美行业的发展历史。']);
    expect(linesOf('来源：中泰证券研究所，WIND营业收入')).toEqual(['来源：中泰证券研究所，WIND', '营业收入']);
    expect(linesOf('如图1所示，收入同比增长。')).toEqual(['如图1所示，收入同比增长。']);
    expect(linesOf('资料来源：中检院、各地方所、安信证券研究中心，注：规格统一折算为10g/支，数据统计日期截至2020年08月03日从月度数据来看，进口白蛋白月度批签发量均显著高于国产。')).toEqual([
      '资料来源：中检院、各地方所、安信证券研究中心，注：规格统一折算为10g/支，数据统计日期截至2020年08月03日',
      '从月度数据来看，进口白蛋白月度批签发量均显著高于国产。',
    ]);
  });

  it('end a caption without a figure list after its units, before its table', () => {
    expect(linesOf('表1：部分上市公司1月份血制品批签发量汇总（单位：瓶）天坛生物华兰生物双林生物数据来源：中检院，国开证券研究部')).toEqual([
      '表1：部分上市公司1月份血制品批签发量汇总（单位：瓶）',
      '天坛生物华兰生物双林生物',
      '数据来源：中检院，国开证券研究部',
    ]);
  });
});

describe('chart residue', () => {
  it('drops axis runs and the legend before a page break, so the interrupted sentence reads on', () => {
    const footer = (page: number) => `证券研究报告请务必阅读正文后免责条款部分${page}`;
    const text =
      `功率半导体是电子装置电能转换与电路控制的核心。${footer(11)}功率IC通常由功率器件、电源管理芯片和驱动电路集成而来。` +
      `功率IC可以分为以010203040506020162017201820192020E2021E2022EIGBT芯片市场规模（亿美元）${footer(12)}下五大类：线性稳压器、开关稳压器。` +
      `${footer(13)}全球功率器件市场规模稳步增长。`;
    expect(linesOf(text).filter((line) => !line.includes('请务必阅读'))).toEqual([
      '功率半导体是电子装置电能转换与电路控制的核心。',
      '功率IC通常由功率器件、电源管理芯片和驱动电路集成而来。功率IC可以分为以下五大类：线性稳压器、开关稳压器。',
      '全球功率器件市场规模稳步增长。',
    ]);
  });

  it('keeps the year of a date printed right after chart data (财通)', () => {
    const lines = linesOf('增持688050爱博医疗210.20199.990.630.761.33315.3263.7150.6-2020年09月17日眼科植入医疗器械专题报告');
    expect(lines.join('')).toContain('2020年09月17日');
    expect(lines.join('')).not.toContain('150.6');
  });

  it('keeps numbers that belong to a sentence', () => {
    const text = '我们预计2021-2023年EPS分别为1.72/3.57/5.37，PE对应为33x/16x/11x。';
    expect(linesOf(text)).toEqual([text]);
    expect(linesOf('-40%-20%0%20%40%60%半导体(申万)沪深300请务必阅读正文之后的免责条款部分').filter((line) => line !== '请务必阅读正文之后的免责条款部分')).toEqual([]);
  });
});

describe('title page', () => {
  const page =
    '请务必阅读正文后免责条款部分2021年02月28日行业研究评级:推荐（维持）研究所证券分析师：吴吉森S0350520050002wujs01@ghzq.com.cn联系人：何昊S0350120080069heh@ghzq.com.cn' +
    '行业需求风起云涌，功率半导体国产替代正当时——功率半导体行业深度报告相关报告《电子行业周报：电子板块震荡、分化格局何时休》——2021-02-21《电子行业周报：苹果公司2021年第一财季业绩解读》——2021-01-31' +
    '投资要点：功率半导体是电子装置核心器件，应用广泛且分散。功率半导体是电子装置电能转换与电路控制的核心。';
  const lines = readFlattened(page);
  const texts = lines.map((line) => line.text);

  it('cuts the masthead at its labels, dates, e-mail addresses and related reports', () => {
    expect(texts).toContain('2021年02月28日');
    expect(texts.some((line) => line.startsWith('评级:推荐（维持）'))).toBe(true);
    expect(texts).toContain('证券分析师：吴吉森S0350520050002wujs01@ghzq.com.cn');
    expect(texts).toContain('联系人：何昊S0350120080069heh@ghzq.com.cn');
    expect(texts).toContain('《电子行业周报：电子板块震荡、分化格局何时休》——2021-02-21');
    expect(texts.some((line) => line.startsWith('行业需求风起云涌，功率半导体国产替代正当时'))).toBe(true);
  });

  it('puts the masthead in header and sidebar, the summary in the body', () => {
    const zone = (text: string) => lines.find((line) => line.text.startsWith(text))?.zone;
    expect(zone('请务必阅读')).toBe('furniture');
    expect(zone('2021年02月28日')).toBe('header');
    expect(zone('证券分析师')).toBe('sidebar');
    expect(zone('《电子行业周报')).toBe('sidebar');
    expect(texts).toContain('投资要点：');
    expect(zone('投资要点')).toBe('body');
    expect(zone('功率半导体是电子装置核心器件')).toBe('body');
  });

  it('ends a price field at its value, before the title printed after it (西南)', () => {
    expect(linesOf('买入（首次）当前价：20.28元奥园美谷（000615）房地产目标价：35.64元（6个月）集团资源赋能，打造医美生态平台投资要点')).toEqual([
      '买入（首次）',
      '当前价：20.28元',
      '奥园美谷（000615）房地产',
      '目标价：35.64元（6个月）',
      '集团资源赋能，打造医美生态平台',
      '投资要点',
    ]);
  });

  it('sets the rating box\'s value, the series line and the report type apart from the title', () => {
    expect(linesOf('风险提示：下游需求不及预期；中美科技摩擦。增持（维持）行业走势作者')).toContain('增持（维持）');
    expect(linesOf('＃investSuggestion＃推荐(＃investSuggestionChange＃维持）＃relatedReport＃相关报告')).toContain('推荐(维持）');
    const head = linesOf('数据来源：贝格数据面板价格延续强势，半导体景气度持续高涨——电子元器件周报（04.19-05.09）');
    expect(head).toContain('——电子元器件周报（04.19-05.09）');
    expect(linesOf('证券研究报告行业重大事件点评报告1月血制品行业批签发数据点评--医药行业点评报告')).toEqual([
      '证券研究报告',
      '行业重大事件点评报告',
      '1月血制品行业批签发数据点评',
      '--医药行业点评报告',
    ]);
  });

  it('keeps a label inside brackets with its field (`买入（维持评级）`) and a sector with its unit (`计算机行业研究`)', () => {
    expect(linesOf('计算机行业研究 买入（维持评级） 行业周报 证券研究报告')).toEqual(['计算机行业研究', '买入（维持评级）', '行业周报', '证券研究报告']);
  });
});

describe('summary label', () => {
  it('is moved before its summary when the page printed it after (长城: the side column\'s labels come last)', () => {
    const lines = readFlattened(
      '投资评级：强于大市（维持）面板价格延续强势，半导体景气度持续高涨——电子元器件周报◼面板价格持续强势，大尺寸面板周期属性有望弱化：5月上旬价格环比上涨。◼半导体景气度持续高涨。核心观点重点推荐公司盈利预测分析师',
    ).map((line) => line.text).filter((line) => line !== '');
    expect(lines.indexOf('核心观点')).toBe(lines.indexOf('◼面板价格持续强势，大尺寸面板周期属性有望弱化：5月上旬价格环比上涨。') - 1);
  });
});

describe('summary label in the masthead', () => {
  it('is moved to the summary the template tags (西南: 投资要点 before the analyst block)', () => {
    const lines = linesOf(
      '目标价：35.64元（6个月）集团资源赋能，打造医美生态平台投资要点西南证券研究发展中心[Table_Author]分析师：沈猛执业证号：S1250519080004相关研究[Table_Report][Table_Summary]推荐逻辑：1）背靠母公司中国奥园，赋能庞大客户群；2）公司加速布局医美产业上下游。',
    );
    expect(lines.indexOf('投资要点')).toBe(lines.indexOf('推荐逻辑：') - 1);
    expect(lines).toContain('集团资源赋能，打造医美生态平台');
  });
});

describe('back matter', () => {
  it('starts at the first legal heading in the second half of the text, as a line of its own', () => {
    const body = '公司以制药业务为基石，致力于成为一体化CDMO领先企业。'.repeat(6);
    const lines = readFlattened(`投资要点：${body}风险提示：新冠疫情持续风险。分析师声明本人具有中国证券业协会授予的证券投资咨询执业资格。免责声明本报告仅供本公司的客户使用。`);
    const back = lines.filter((line) => line.zone === 'back-matter' && line.text !== '').map((line) => line.text);
    expect(back).toEqual(['分析师声明', '本人具有中国证券业协会授予的证券投资咨询执业资格。', '免责声明', '本报告仅供本公司的客户使用。']);
  });

  it('starts at a heading that names disclaimers and ratings together (东吴: 免责及评级说明部分免责声明…)', () => {
    const body = '公司以制药业务为基石，致力于成为一体化CDMO领先企业。'.repeat(6);
    const lines = readFlattened(`投资要点：${body}风险提示：新冠疫情持续风险。数据来源：贝格数据，东吴证券研究所免责及评级说明部分免责声明东吴证券股份有限公司经中国证券监督管理委员会批准，已具备证券投资咨询业务资格。`);
    const back = lines.filter((line) => line.zone === 'back-matter' && line.text !== '').map((line) => line.text);
    expect(back[0]).toBe('免责及评级说明部分');
  });
});

describe('paragraphs', () => {
  it('end with a blank line where a body line ends a sentence, not inside the masthead', () => {
    const lines = readFlattened('证券研究报告2021年03月28日投资要点◆被动元件迎业绩爆发期。◆面板月度报价屡超预期，涨势从TV向IT扩散。').map((line) => line.text);
    expect(lines).toEqual(['证券研究报告', '2021年03月28日', '投资要点', '◆被动元件迎业绩爆发期。', '', '◆面板月度报价屡超预期，涨势从TV向IT扩散。', '']);
  });
});

describe('a flattened text that kept its blanks', () => {
  const filler = '本周行业整体表现平稳，板块估值处于历史中位附近，我们维持此前判断。'.repeat(8);
  const flat =
    `周观点 - **电商**：板块仍呈现疲弱态势。 - **游戏**：板块景气度稳健向上。 ` +
    `一、行业情况跟踪 1.1、电商&互联网 本期指数同比增长 1.1 倍，${filler}` +
    `图表 1：相关行业指数表现 来源：iFind，国金证券研究所 ` +
    `如图表 1 所示，收入同比增长 3.5 亿元。3.1 算力需求紧张 ${filler}● 重点推荐。二、风险提示 政策监管风险。`;
  const lines = linesOf(flat);

  it('breaks before labels, bullets, numbered headings, captions and sources, and after a heading at its blank', () => {
    expect(lines.slice(0, 5)).toEqual(['周观点', '- **电商**：板块仍呈现疲弱态势。', '- **游戏**：板块景气度稳健向上。', '一、行业情况跟踪', '1.1、电商&互联网']);
    expect(lines[5]).toMatch(/^本期指数同比增长 1\.1 倍，/);
    expect(lines).toContain('图表 1：相关行业指数表现');
    expect(lines).toContain('来源：iFind，国金证券研究所');
    expect(lines).toContain('如图表 1 所示，收入同比增长 3.5 亿元。');
    expect(lines).toContain('3.1 算力需求紧张');
    expect(lines).toContain('● 重点推荐。');
    expect(lines.slice(-2)).toEqual(['二、风险提示', '政策监管风险。']);
  });

  it('loses no characters apart from the blanks at the breaks', () => {
    expect(lines.join('').replace(/\s/g, '')).toBe(flat.replace(/\s/g, ''));
  });
});
