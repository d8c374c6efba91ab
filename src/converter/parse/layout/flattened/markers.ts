/**
 * The marks a flattened report still carries where its lines began: template tags, bullets,
 * numbered headings and list items, figure and table captions, source lines, labels of the title
 * page, e-mail addresses and licence numbers. Each is a pattern over the joined text; segment.ts
 * decides where each one cuts.
 */

/**
 * Report-template placeholders: `[Table_Title]`, `[table_main]`, `[Ta1le_Main]`, `Table_Address`,
 * `[TABLE_FINANCEINFO]`, and `＃industryId＃` / `#title#` variables. A tag's name is letters only: in
 * `Table_Title2020年08月07日` the date is the text's.
 */
export const TEMPLATE_TAG = /\[?\bT[Aa][Bb1][Ll][Ee]_[A-Za-z]+\]?|\[t[Aa][Bb1][Ll][Ee]_[A-Za-z]+\]|[＃#][A-Za-z][A-Za-z0-9]*[＃#]|\$\$(?:start|end)\$\$/gu;

/** The name of a template tag (`Table_Author` → `author`), '' for a variable. */
export function tagName(tag: string): string {
  return /_([A-Za-z0-9]+)/.exec(tag)?.[1]?.toLowerCase() ?? '';
}

/** Bullet glyphs, Wingdings private-use bullets (U+F000–U+F0FF) included, and a Markdown dash after a blank (not `20% - 30%`). */
export const BULLET = /[•●○◆◇■□▪▫►▶➢➤✓√❑❖◼⚫▌★☆\uF000-\uF0FF]|(?<=\s)-\s+(?=[^\d\s])/gu;

/** `一、` … `十二、` and `（一）`: never inside a number, and not `第一、` or `一、二线`. */
export const CHINESE_HEADING = /(?<![第其之唯统单同万逐一二三四五六七八九十])[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十、])|[（(][一二三四五六七八九十]{1,3}[）)]/gu;

/**
 * Arabic heading and item numbers: `1.`, `1、`, `1.1`, `1.1.1`, `1.1、`. The number must not touch
 * another number or a decimal point, and what follows is not a unit (`1.5亿`, `3.2%`); after `1.` a
 * year or a range may follow (`2.2020年分品种…`, `1.1-7月份…`).
 */
const NUMBER_BODY = '([1-9]\\d?)((?:[.．][1-9]\\d?){0,3})([.．、]?)(?=\\s?[\\p{Script=Han}A-Za-z（(“"【《]|(?<=[.．、])(?:\\d{4}|\\d{1,2}[-－~～月]))';
export const ARABIC_NUMBER = new RegExp(`(?<![\\d.．%A-Za-z／/\\-－~～:：])${NUMBER_BODY}`, 'gu');
/** The same number at a given offset (a page break or dropped residue before it stands for a boundary). */
export const ARABIC_NUMBER_AT = new RegExp(NUMBER_BODY, 'uy');

/** A number followed by one of these is an amount or a date, not a heading number. */
export const UNIT_AFTER = /^(?:年|月(?!度)|日(?![本韩])|号|[%‰倍亿万千百元个只家款项条期周天次位名股台辆吨张份点]|[xX×](?![A-Za-z])|pct|bp|[A-Z]|[-~～至—])/u;

/** Numbered list items that never head a section: `1）`, `（1）`, `(1)`, `①`. */
export const LIST_ITEM = /(?<![\d（(])\d{1,2}[)）]|[（(]\d{1,2}[）)]|[①-⑳]/gu;

/** Figure and table captions: `图1：`, `图表 3`, `表2：`, `图表20.`, `附图1`. Not `如图1所示`, `见表3`. */
export const CAPTION = /(?<![如见据参照附及和与、])(?:附图|附表|图表|图|表)\s?(\d{1,3})(?:[-–.．]\d{1,2})?(?=\s?[：:.．、]|[\p{Script=Han}A-Za-z0-9（(“"【《])/gu;

/** Source lines of charts and tables: `资料来源：`, `数据来源:`, `来源：`. */
export const SOURCE = /(?:资料|数据)?来源\s?[：:]/gu;

/** Where a source line ends: after the research unit that compiled it (`国海证券研究所`, `…研究院整理`). */
export const SOURCE_UNIT = /(?:研究所|研究院|研究中心|研发中心|研究部|研究发展中心)(?:整理|预测|测算|绘制)?/u;
/** Without a research unit, after a word that closes a source (`整理`, `预测`, `贝格数据`). */
export const SOURCE_NOTE = /(?:整理|预测|测算|绘制|制图|统计|数据(?!库))/u;
/** A further source after a separator: a note (`，注：…截至2020年08月03日`), a Latin name (`，WIND`) or a short one closed like a source. */
export const SOURCE_MORE = /^[，,、；;]\s?(?:注[：:][^。！？]{0,70}?(?:(?:截至|截止)\d{4}年\d{1,2}月\d{1,2}日|。)|[A-Za-z][A-Za-z0-9&.\-]*(?![A-Za-z0-9&.\-])|[^，,、；;。：:]{1,16}?(?:研究所|研究院|研究中心|研究部|公告|年报|官网|整理|数据|统计|测算|预测|资讯|协会|网)(?:整理|预测|测算|绘制)?)/u;

/** Longest source line; beyond it the body goes on. */
export const MAX_SOURCE_LENGTH = 70;

/** Labels of the title page's blocks and fields: each starts a line of its own. */
export const MASTHEAD_LABEL = new RegExp(
  [
    '(?:行业|公司|股票|投资|首次|风险)?评级[：:]?',
    '(?:上次|前次|原)评级[：:]?',
    '报告(?:日期|时间)[：:]?',
    '发布(?:日期|时间)[：:]?',
    '(?:首席|证券|高级)?分析师[：:]?',
    '研究助理[：:]?',
    '联系人(?:（研究助理）)?[：:]?',
    '(?:SAC\\s?)?(?:执业|执证)?(?:资格)?(?:证书)?编[号码][：:]?',
    'SAC\\s?(?:NO|No)\\.?[：:]?',
    '(?:执业|执证)编号[：:]?',
    '(?:电话|联系电话|Tel|TEL)[：:]',
    '(?:邮箱|Email|E-mail|EMAIL)[：:]',
    '目标价(?:格)?[：:]?',
    '(?:当前|最新|收盘|市场)价(?:格)?[：:（(]',
    '相关(?:研究|报告)(?:报告)?[：:]?',
    '近期(?:研究|报告)[：:]?',
    '(?:市场|基础|主要|基本|财务)数据[：:（(]?',
    '基本状况',
    '(?:最近一年|一年内|近\\d+个月|近一年)?(?:行业|股价|市场)?(?:走势|表现)(?:图|对比)?',
  ].join('|'),
  'gu',
);

/** A rating with its action, as the rating box prints it: `增持（维持）`, `推荐（维持评级）`, `买入/首次`, `领先大市-B`. */
export const RATING_VALUE =
  /(?:强烈推荐|审慎增持|谨慎增持|谨慎推荐|买入|增持|推荐|中性|持有|减持|卖出|看好|超配|标配|低配|优于大市|强于大市|领先大市|同步大市|跟随大市|弱于大市|落后大市|未评级)(?:-[AB])?(?:[（(](?:[＃#][A-Za-z]+[＃#])?(?:维持|首次|上调|下调|调高|调低|新增|首次覆盖)(?:评级)?[）)]|[/／](?:维持|首次|上调|下调))/gu;

/** Labels that open the report's summary on the title page (its key points). */
export const SUMMARY_LABEL = /(?:投资要点|核心观点|主要观点|报告摘要|投资摘要|报告要点|核心要点|投资观点|观点摘要|周观点|投资聚焦|事件[：:]|摘要[：:])/gu;

/** A full date as a title page prints it: `2021年03月28日`, `2021-03-28`, `2021.03.28`, `2021/3/28`. */
export const FULL_DATE = /(?<!\d)20\d{2}(?:年\d{1,2}月\d{1,2}日|[-./]\d{1,2}[-./]\d{1,2})(?!\d)/gu;

/** Words a title page prints on their own: the document kind. */
export const MASTHEAD_WORD = /证券研究报告|研究报告|(?:行业|公司|策略|宏观)研究(?:报告)?/gu;

/** A SAC licence number (`S0680518120002`), or the older `A1310516100001`. */
export const LICENCE = /[SA]\d{13}(?!\d)/gu;

/**
 * An e-mail address. The domain ends at a known top-level domain, since the next address often
 * follows without a break (`sunjian@r.qlzq.com.cnhuyc@…`); the local part starts with a letter, after
 * any phone number or licence that runs into it (`S0350520050002wujs01@…`, `021-31829706zoulanlan@…`).
 */
export const EMAIL = /(?:(?<![A-Za-z._-])|(?<=\.(?:com|cn|net|org|hk|tw)))(?![SA]\d{13})[A-Za-z][A-Za-z0-9._-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*?\.(?:com|cn|net|org|hk|tw)(?:\.cn|\.hk)?/gu;

/** Sentence-final punctuation, with the closing quotes or brackets after it. */
export const SENTENCE_END = /[。！？；!?;][”’」』）)】]*$/u;

/** Whether the text before a position ends a sentence. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}
