/**
 * Marks of a flattened report's title page and back matter that start a line: summary labels
 * (投资要点 …), back-matter headings (分析师声明 …), the ends of e-mail addresses, masthead labels
 * (投资评级, 分析师, 执业证书编号, 相关研究 …), dates, masthead words (证券研究报告 …), related
 * reports (《…》), and the blanks between a spaced title page's items.
 *
 * Before the first page's summary the masthead holds no sentences, so its marks cut wherever they
 * are; after it (the side column printed after the summary) only at a boundary.
 */
import { inOpenBracket } from './body-cuts.ts';
import { atBoundary, cut } from './cuts.ts';
import type { Cuts } from './cuts.ts';
import { EMAIL, FULL_DATE, MASTHEAD_LABEL, MASTHEAD_WORD, RATING_VALUE, SUMMARY_LABEL } from './markers.ts';

/** Back-matter headings: the legal statements and biographies after the report. */
export const BACK_MATTER_LABEL =
  /(?:分析师(?:声明|承诺|简介|介绍)|(?:特别|免责|重要|法律|一般|披露|信息披露)声明|免责条款|(?:免责|法律)(?:及|与|和)评级说明(?:部分)?|(?:行业|公司|股票)?(?:投资)?评级(?:的)?(?:说明|体系|标准|定义)|信息披露|联系我们|(?:研究|销售)团队(?:简介|介绍)|作者简介)/gu;

/** The risk label, a line of its own (its text follows on the same line in spaced texts). */
const RISK_LABEL = /风险(?:提示|因素)[：:]?/gu;

/** A date inside a sentence (`公司在2021年4月20日与…`), not a field of the title page. */
function isProseDate(text: string, start: number, end: number): boolean {
  return /[在于至到从自是为的，、（(—–-]$/u.test(text.slice(start - 1, start)) || /^[，,、起前后以至发公披召举（(]/u.test(text.slice(end, end + 1));
}

/** Where the first page's summary starts: its label (投资要点 …) or its template tag, else null. */
function summaryStart(layout: Cuts, masthead: { start: number; end: number }): number {
  // The template's own summary tag is certain; a label only where it stands as one (`投资要点◆`, `核心观点：`).
  const tag = [...layout.tags].find(([end, tag]) => end < masthead.end && /[_＃#](?:summary|abstract)[\]＃#]?$/iu.test(tag));
  if (tag) return tag[0];
  for (const match of layout.text.slice(masthead.start, masthead.end).matchAll(SUMMARY_LABEL)) {
    const at = masthead.start + match.index;
    if (standsAsLabel(layout, at + match[0].length)) return at;
  }
  return masthead.end;
}

/** Whether a summary label ending at `end` stands as a label: a colon, a blank, a bullet, a tag or a cut follows. */
function standsAsLabel(layout: Cuts, end: number): boolean {
  return /^[：:\s]/u.test(layout.text.slice(end, end + 1)) || layout.cuts.has(end);
}

/** Every title-page and back-matter mark (see the module comment). */
export function labelCuts(layout: Cuts, masthead: { start: number; end: number }): void {
  const { text } = layout;
  const summary = summaryStart(layout, masthead);
  const inMasthead = (at: number) => at >= masthead.start && at < masthead.end;
  for (const match of text.matchAll(SUMMARY_LABEL)) {
    // A summary label is a line of its own even after a word, when what follows is not its sentence.
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 1);
    const label = standsAsLabel(layout, match.index + match[0].length);
    // Before the summary the masthead holds no sentences: a label there is one wherever it stands.
    const inMastheadOnly = match.index < summary && match.index >= masthead.start;
    if (match.index !== summary && !inMastheadOnly && !(atBoundary(layout, match.index) && (label || /^[\p{Script=Han}]/u.test(after))) && !label) continue;
    cut(layout, match.index, 'summary');
    cut(layout, match.index + match[0].length + (/^[：:]/u.test(after) ? 1 : 0), 'text');
  }
  for (const match of text.matchAll(BACK_MATTER_LABEL)) {
    if (!atBoundary(layout, match.index)) continue;
    cut(layout, match.index, 'back');
    cut(layout, match.index + match[0].length + (/^[：:]/u.test(text.slice(match.index + match[0].length)) ? 1 : 0), 'text');
  }
  // Every address holds an @: most texts hold none, and the pattern tries each Latin word.
  if (text.includes('@')) for (const match of text.matchAll(EMAIL)) cut(layout, match.index + match[0].length, 'text');
  for (const pattern of [MASTHEAD_LABEL, FULL_DATE, MASTHEAD_WORD]) {
    for (const match of text.matchAll(pattern)) {
      const { index: at } = match;
      // Matches come in text order: none after the masthead is used.
      if (at >= masthead.end) break;
      const end = at + match[0].length;
      if (!inMasthead(at) || match[0] === '' || (pattern === MASTHEAD_LABEL && inOpenBracket(text, at))) continue;
      if (pattern === FULL_DATE && isProseDate(text, at, end)) continue;
      if (at > summary && pattern !== FULL_DATE && !atBoundary(layout, at) && !layout.tags.has(at)) continue;
      // `计算机行业研究`: a research unit's name after the sector is one word; only 证券研究报告 always stands apart.
      const before = pattern !== MASTHEAD_WORD || match[0] === '证券研究报告' || atBoundary(layout, at);
      if (before) cut(layout, at, pattern === MASTHEAD_LABEL ? 'label' : 'masthead');
      if (pattern !== MASTHEAD_LABEL) cut(layout, end, 'text');
    }
  }
  for (const match of text.matchAll(RISK_LABEL)) {
    if (!atBoundary(layout, match.index)) continue;
    cut(layout, match.index, 'risk');
    if (/^\s/u.test(text.slice(match.index + match[0].length))) cut(layout, match.index + match[0].length, 'text');
  }
  // The rating box's value stands alone wherever the first page prints it (`…中美科技摩擦。增持（维持）行业走势`).
  for (const match of text.slice(masthead.start, masthead.end).matchAll(RATING_VALUE)) {
    const at = masthead.start + match.index;
    if (/[“"‘'给予维持首次]$/u.test(text.slice(at - 1, at))) continue;
    // After its label (`投资评级：增持（首次）`) the value stays on the label's line.
    if (!/(?:评级|[：:|।])\s*$/u.test(text.slice(Math.max(0, at - 3), at))) cut(layout, at, 'label');
    cut(layout, at + match[0].length, 'text');
  }
  spacedMastheadCuts(layout, { start: masthead.start, end: summary });
  seriesCuts(layout, { start: masthead.start, end: summary });
  for (const match of text.slice(masthead.start, summary).matchAll(PRICE_FIELD)) cut(layout, masthead.start + match.index + match[0].length, 'text');
  // Related reports on the title page: each 《title》 starts a line.
  for (const match of text.slice(masthead.start, masthead.end).matchAll(/《/gu)) {
    const at = masthead.start + match.index;
    const before = text.slice(Math.max(0, at - 7), at);
    if (/[\d》）)]$/u.test(before) || /(?:相关|近期)(?:研究|报告)(?:报告)?[：:]?$/u.test(before) || layout.cuts.has(at)) cut(layout, at, 'label');
  }
}

/** A title page flattened with its blanks kept: a blank between CJK items separates two of them. */
function spacedMastheadCuts(layout: Cuts, region: { start: number; end: number }): void {
  for (const match of layout.text.slice(region.start, region.end).matchAll(/(?<=[\p{Script=Han}）)】》])\s+(?=[\p{Script=Han}（(【《])/gu)) {
    cut(layout, region.start + match.index + match[0].length, 'text');
  }
}

/**
 * Before the summary, a title runs into the series line under it (`…正当时——功率半导体行业深度报告`)
 * and a report type into the title after it (`行业重大事件点评报告1月血制品…`): both are line breaks.
 * A dash before a date belongs to a related report (`《…》——2021-02-21`).
 */
function seriesCuts(layout: Cuts, region: { start: number; end: number }): void {
  const text = layout.text.slice(region.start, region.end);
  for (const match of text.matchAll(/(?<![》\d\s—–─-])(?:——|──|--|—|─)(?=[\p{Script=Han}])/gu)) cut(layout, region.start + match.index, 'text');
  for (const match of text.matchAll(REPORT_TYPE)) cut(layout, region.start + match.index + match[0].length, 'text');
}

/** A price field's value, which the title may follow directly (`目标价：35.64元（6个月）集团资源赋能…`). */
const PRICE_FIELD = /(?:价|价格)[：:]\s?\d[\d.,/]*\s?(?:元|港元|美元)?(?:[（(][^）)]{1,8}[）)])?(?=[\p{Script=Han}])/gu;

/** A report type printed before the title: ends in 报告 after a kind of report. */
const REPORT_TYPE = /(?:点评|周报|月报|深度|专题|快评|简评|跟踪|调研|覆盖|动态|策略|事件)报告(?=[\p{Script=Han}\d])/gu;
