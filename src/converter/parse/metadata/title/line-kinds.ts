/**
 * What a masthead line is, for the title finder: the lines around a title are labels and values
 * (投资评级 买入, 报告日期 2025-10-30), category paths (电子 | 半导体), report-type banners
 * (证券研究报告·公司点评), the subject (北京君正（300223）), people and contacts, chart legends
 * and slogans. A title is none of these: a headline, usually two clauses (业绩高增，估值修复).
 */

/** Label words that open a masthead field (the value follows). */
/** Short field words that are labels only when a separator follows (行业：电子; not 行业需求风起云涌). */
const SHORT_LABEL = /^(?:行业|评级|日期|作者|执业|证书|地址|网址|现价|現價|股价|流通|市值|一年|事件|事项|点评|来源|财务|財務|每股|ROE|PE|PB|EPS)\s*(?:[：:|（(]|\s|$)/iu;

const FIELD_LABEL =
  /^(?:(?:公司)?基本(?:数据|情况|资料)|当前股价|市场价格|板块评级|原评级|换手率|近\s*\d+\s*个?月|主要股东|股票信息|股票数据|净资产|总资产|成交金额|成交额|人民币|投资评级|投資評級|行业评级|公司评级|股票评级|股票投资评级|上次评级|评级变动|报告日期|发布日期|发布时间|报告时间|证券分析师|分析师|研究员|联系人|研究助理|SAC|登记编号|邮箱|电邮|E-?mail|电话|Tel|目标价|目標價|当前价|當前價|收盘价|昨收盘|最新收盘|总股本|总市值|52\s*周|12\s*个月|基本数据|市场数据|主要数据|交易数据|公司数据|基础数据|公司简介|相关研究|相关报告|投资要点|核心观点|主要观点|报告摘要|资料来源|数据来源|风险提示|投资建议|首选股票|行业表现|市场表现|股价表现|个股表现|股价走势|最近一年|盈利预测|重要财务|主要财务|所属行业|板块表现|第一大股东|资产负债率|市盈率|市净率)/iu;

/** The words of report types and categories: a line made only of them is a banner, not a title. */
const BANNER_WORDS =
  /有限公司|有限|证券研究报告|研究报告|证券研究|研究所|研究院|股份有限公司|有限责任公司|证券|行业研究|公司研究|策略研究|宏观研究|固收研究|金融工程|金工研究|金工|量化|行业|公司|点评|快评|快报|简评|周报|月报|季报|年报|半年报|一季报|三季报|深度|专题|策略|动态|跟踪|调研|首次覆盖|信息更新|更新报告|业绩|评论|事件|定期|简报|报告|研究|分析|投资|覆盖|新股|系列|EQUITY|RESEARCH|Company|Update|Report|China|Research|Dept\.?/giu;
const SEPARATORS = /[\s|｜·•●/／、—–\-_:：()（）【】[\]]+/gu;

/** Rating words and actions: a line made only of them is the rating box. */
const RATING_WORDS = /Buy|Sell|Hold|Outperform|Underperform|Overweight|Underweight|Neutral|Accumulate|Reduce|买入|買入|买进|買進|增持|推荐|强烈推荐|谨慎推荐|审慎推荐|优于大市|领先大市|同步大市|强于大市|弱于大市|中性|持有|减持|卖出|看好|超配|标配|低配|跑赢|跑输|维持|首次|上调|下调|调高|调低|评级|[A-D]/gu;

const DATE = /\d{4}\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}\s*日?|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}/iu;
const CONTACT = /@|S\d{13}|https?:|www\.|\.com|\d{3,4}-\d{7,8}|\d{11}/iu;
const TICKER = /[（(]\s*\d{4,6}(?:\.[A-Z]{2})?\s*[)）]|\b\d{6}\.(?:SH|SZ|BJ)\b|\b\d{4,5}\.HK\b|[（(]\d{6}\s*CH[)）]/u;
const CJK = /[\u3400-\u9fff]/gu;

function strip(text: string, pattern: RegExp): string {
  return text.replace(pattern, '');
}

/** A line that opens with a field label (投资评级：买入, 报告日期 2025-10-30, 分析师 李泽). */
export function isFieldLine(line: string): boolean {
  // A template tag's leftover letters may stand before the label (cReport 相关报告).
  const text = compact(line).replace(/^[•●■◆▌⚫❑➢◼lu]+/u, '').replace(/^[A-Za-z_\]]+\s+(?=[\u3400-\u9fff])/u, '');
  return FIELD_LABEL.test(text) || SHORT_LABEL.test(text) || BODY_LABEL.test(text) || TABLE_CAPTION.test(text) || (text.length <= 14 && ROLE.test(text)) || (text.length <= 24 && MARKET_DATA.test(text));
}

/** The labels that open the summary and the body's blocks. */
const BODY_LABEL = /^(?:本周观点|周观点|核心观点|投资要点|主要观点|报告摘要|内容摘要|摘要|内容提要|本期内容提要|投资摘要|报告要点|要点|投资建议|投资分析意见|风险提示|投资亮点|报告导读|本报告导读)[：:]?$/u;
/** Captions of the masthead's tables (重点公司盈利预测及投资评级, 财务摘要). */
const TABLE_CAPTION = /盈利预测|投资评级|估值表|财务摘要|财务数据|主要指标/u;

/** Market-data fields, wherever a column layout leaves them on the line. */
const MARKET_DATA = /(?:总市值|流通市值|总股本|流通股本|换手率|收盘价|价格区间|成交额|市盈率|市净率|每股净资产|资产负债率|股息率)\s*[（(]|[（(](?:百万|亿|万)?(?:元|股|港元|美元)[)）]/u;

/** A person's role beside their name (李纵横 分析师, 杜致远（联系人）, 魏红梅SAC, 行业走势作者). */
const ROLE = /分析师|研究员|联系人|联系信息|研究助理|首席|作者|SAC/u;

/** The line without the spaces extractors put between CJK characters (西 南证券, 沪 深 300). */
export function compact(line: string): string {
  return line.replace(/(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff\d])|(?<=[\u3400-\u9fff\d])\s+(?=[\u3400-\u9fff])/gu, '').trim();
}

/** A line made only of report-type, category and firm words (证券研究报告·公司研究·医疗器械). */
export function isBannerLine(line: string, sectors: ReadonlySet<string>): boolean {
  const compacted = compact(line);
  if (INSTITUTE.test(compacted)) return true;
  let rest = strip(compacted, BANNER_WORDS);
  // Only removals follow: a line this short already is a banner.
  if (rest.length <= 2) return true;
  for (const sector of sectors) if (rest.includes(sector)) rest = rest.split(sector).join('');
  rest = strip(strip(strip(rest, DATE), PERIOD_WORDS), SEPARATORS);
  return rest.length <= 2;
}

/** A research department's name (医药健康研究中心, 海通证券研究所): who wrote it, not what it says. */
const INSTITUTE = /^[\u3400-\u9fffA-Za-z]{0,12}(?:研究中心|研究所|研究院|研究部|研究发展中心)$/u;

/** Years, quarters and halves in a report-type line (2025 年半年报, 25Q1, 2023 年年报及 2024 年一季报). */
const PERIOD_WORDS = /\d{2,4}\s*年度?|\d{2}Q\d|Q\d|[上下]半年|[一二三四]季度|及|和|与/gu;

/** The subject and the report type, and nothing else (中国电信（601728）2025 年半年报点评). */
export function isSubjectTypeLine(line: string, sectors: ReadonlySet<string>): boolean {
  const ticker = TICKER.exec(line);
  if (!ticker || ticker.index > 16) return false;
  const rest = line.slice(ticker.index + ticker[0].length);
  return rest.trim() === '' || isBannerLine(rest, sectors) || isCategoryPath(rest.trim()) || sectors.has(rest.trim());
}

/** The rating box: 买入（维持）, 推荐 维持评级, ——首次, 领先大市-B. */
export function isRatingValueLine(line: string): boolean {
  return strip(strip(compact(line), RATING_WORDS), SEPARATORS).length === 0;
}

/** A category path: short parts joined by separators (电子/半导体, 建筑材料 | 玻璃玻纤). */
export function isCategoryPath(line: string): boolean {
  const parts = line.split(/\s*[|｜/／·]\s*|\s{2,}/u).filter((p) => p !== '');
  if (parts.length >= 2 && parts.every((p) => p.length <= 10 && !/[，,]/u.test(p))) return true;
  // 医药生物:医疗器械: a sector and its sub-sector.
  if (/^[\u3400-\u9fff]{2,6}[:：][\u3400-\u9fff]{2,8}$/u.test(line.trim())) return true;
  // 电子-光学光电子: a dash joins two short Chinese names.
  return /^[\u3400-\u9fff]{2,6}-[\u3400-\u9fff]{2,8}$/u.test(line.trim());
}

/** The subject company with its ticker, and nothing else (特变电工（600089.SH）). */
export function isSubjectOnly(line: string): boolean {
  const ticker = TICKER.exec(line);
  if (!ticker) return false;
  return line.slice(ticker.index + ticker[0].length).replace(SEPARATORS, '').length <= 2 && ticker.index <= 12;
}

/** Dates, contacts, numbers, tables: no headline is made of them. */
export function isDataLine(line: string): boolean {
  if (CONTACT.test(line)) return true;
  // A label and its value (换手率(%) 216.19, 光通信收发模块 97.95%).
  const value = /\s[-+]?\d[\d,.]*\s*(?:%|&|元|亿元|万元|倍|x|X)?$/u.exec(line);
  if (value && !/[，,：:]/u.test(line) && value.index <= 16) return true;
  const cjk = line.match(CJK)?.length ?? 0;
  if (DATE.test(line) && strip(strip(line, DATE), SEPARATORS).length <= 4) return true;
  const digits = line.match(/\d/g)?.length ?? 0;
  if (digits > cjk) return true;
  // Figures: two or more decimals (实现归母净利润-18.94 亿元/-17.03).
  if ((line.match(/\d+\.\d+/gu)?.length ?? 0) >= 2) return true;
  // A table's header row: three or more short labels set apart (代码 名称 评级).
  const cells = line.trim().split(/\s+/u);
  if (cells.length >= 3 && cells.every((cell) => /^[\u3400-\u9fff]{1,4}$/u.test(cell))) return true;
  if (cells.length >= 4 && cells.every((cell) => /^(?:[\u3400-\u9fff]{1,4}|[A-Za-z/%()（）]{1,5})$/u.test(cell))) return true;
  if (/^\s*\||\t/u.test(line)) return true;
  // A table row: three or more numbers set apart.
  if ((line.match(/(?:^|\s)[-+]?\d[\d,.]*%?(?=\s|$)/gu)?.length ?? 0) >= 3) return true;
  return /^[-+]?[\d.,%\s/]+$/.test(line);
}

/** Chart legends and axis titles on the masthead (公司价格与沪深 300 走势比较, 北京君正 沪深300). */
export function isChartLegend(line: string, sectors: ReadonlySet<string>): boolean {
  const text = compact(line);
  if (/(?:走势|表现|涨跌幅|相对收益|绝对收益)(?:比较|对比|图)?$|沪深300|上证指数|上证综指|深证成指|恒生指数|创业板指|中证\d+/u.test(text)) return true;
  // A stock's name beside its sector, as a chart's legend or the masthead's stock line (恒瑞医药 医药生物).
  const parts = line.trim().split(/\s+/u);
  return parts.length === 2 && parts[0]!.length <= 6 && sectors.has(parts[1]!);
}

/** A line that points to the disclaimer or is page furniture. */
export function isDisclaimerLine(line: string): boolean {
  return /请务必|敬请|免责|声明|版权|仅供|风险等级|业务资格|投资咨询/u.test(line);
}

/** A figure or table caption, or a note (图1：…, 图表 3, 表1：…, （注：…）). */
export function isCaptionLine(line: string): boolean {
  return /^(?:图表?|表|附图|附表)\s*\d|^[（(]?注[：:]/u.test(line.trim());
}

/** Display width: CJK and full-width count 1, ASCII ½. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return width;
}
