/**
 * The labels Chinese research reports print before their title-page blocks (周观点, 风险提示, 内容目录 …)
 * and before their back matter. One list per kind, shared by every broker.
 */
import { plainLine, toHalfWidth } from './text-utils.ts';

/** What a label introduces. */
export type LabelKind = 'keyPoints' | 'risks' | 'toc' | 'figures' | 'titlePage' | 'backMatter';

/** A label found at the start of a line. */
export interface LabelMatch {
  kind: LabelKind;
  /** The label as printed (核心观点). */
  label: string;
  /** Text after `label：` on the same line; '' when the label stands alone. */
  rest: string;
}

/** Labels of the report's own summary on the title page. */
export const KEY_POINT_LABELS = ['周观点', '核心观点', '主要观点', '投资要点', '投资建议', '报告要点', '核心要点', '投资观点', '观点摘要', '核心觀點', '主要觀點', '投資要點', '投資建議', '投資概要', '投资概要', '支撑评级的要点', '投资亮点', '投资摘要', '报告摘要', '内容摘要', '内容提要', '本周观点', '摘要', '投資摘要', '報告摘要'];

/** Labels of the risk disclosure. */
export const RISK_LABELS = ['风险提示', '风险因素', '风险分析', '主要风险', '风险提醒', '風險提示', '風險因素', '風險', '评级面临的主要风险', '主要风险提示'];

const TOC_LABELS = ['内容目录', '正文目录', '目录'];
const FIGURE_LIST_LABELS = ['图表目录', '插图目录', '表格目录', '图目录', '表目录'];

/** Other title-page blocks: a key-point or risk block ends where one of these starts. */
const TITLE_PAGE_PREFIXES =
  /^(?:相关(?:研究|报告|阅读)|近期(?:研究|报告)|(?:证券)?分析师|研究助理|联系人|重点公司|盈利预测|市场(?:走势|表现)|行业(?:走势|评级|指数)|投资评级|报告日期|一年内)/;

/** Back matter that the cleaning stage normally cuts: a risk section ends where one of these starts. */
const BACK_MATTER_PREFIXES =
  /^(?:分析师(?:声明|承诺|简介|与研究助理简介)|(?:重要|特别|免责|法律)声明|(?:行业|公司|股票)?(?:投资)?评级(?:的)?(?:说明|标准|体系)|投资评级说明|证券投资咨询业务的说明)/;

/**
 * Every character a label above can start with: the labels' own first characters, and those of
 * the prefix patterns (相关…, 近期…, 证券分析师 … and 分析师声明, 重要声明 …; keep in step with
 * them). Most lines start with none of these, and matchLabel returns null for them at once.
 */
const LABEL_INITIALS = new Set([
  ...[...KEY_POINT_LABELS, ...RISK_LABELS, ...TOC_LABELS, ...FIGURE_LIST_LABELS].map((label) => label[0]!),
  ...'相近证分研联重盈市行投报一', // TITLE_PAGE_PREFIXES
  ...'分重特免法行公股投评证', // BACK_MATTER_PREFIXES
]);

/** Matches `label`, `label：` or `label：text` at the start of a plain line; the colon is required for inline text. */
function matchExact(line: string, labels: readonly string[], kind: LabelKind): LabelMatch | null {
  for (const label of labels) {
    if (!line.startsWith(label)) continue;
    const after = toHalfWidth(line.slice(label.length)).trim();
    if (after === '' || after === ':') return { kind, label, rest: '' };
    if (after.startsWith(':')) return { kind, label, rest: after.slice(1).trim() };
  }
  return null;
}

/** The label a line starts with, if any (bullets, Markdown markers and blanks ignored). */
export function matchLabel(rawLine: string): LabelMatch | null {
  const line = plainLine(rawLine);
  if (line === '' || !LABEL_INITIALS.has(line[0]!)) return null;
  const spaced = line.replace(/\s+/g, '');
  if (FIGURE_LIST_LABELS.includes(spaced)) return { kind: 'figures', label: spaced, rest: '' };
  if (TOC_LABELS.includes(spaced)) return { kind: 'toc', label: spaced, rest: '' };
  const exact = matchExact(line, KEY_POINT_LABELS, 'keyPoints') ?? matchExact(line, RISK_LABELS, 'risks');
  if (exact) return exact;
  const backMatter = BACK_MATTER_PREFIXES.exec(spaced);
  if (backMatter) return { kind: 'backMatter', label: backMatter[0], rest: '' };
  const titlePage = TITLE_PAGE_PREFIXES.exec(spaced);
  if (titlePage) return { kind: 'titlePage', label: titlePage[0], rest: '' };
  return null;
}

/** Whether a heading title (numbering already removed) names the risk disclosure. */
export function isRiskTitle(title: string): boolean {
  const plain = plainLine(title).replace(/\s+/g, '').replace(/[:：]$/, '');
  return RISK_LABELS.includes(plain);
}

/** Whether a standalone line is exactly a key-point or risk label (a heading in reports without numbering). */
export function isStandaloneSectionLabel(rawLine: string): boolean {
  const match = matchLabel(rawLine);
  return (match !== null && (match.kind === 'keyPoints' || match.kind === 'risks') && match.rest === '') || isBodyLabel(rawLine);
}

/** Headings company notes print alone on a line for their parts: 事件, 点评, 投资建议, 盈利预测 … */
const BODY_LABELS = /^(?:事件|事项|事件点评|事件概述|事件描述|点评|评论|简评|公司简介|公司簡介|公司概况|投资建议|投資建議|投资分析意见|盈利預測|盈利预测(?:与|及|和)?(?:投资建议|估值|评级|财务指标)?|估值(?:与|及)?(?:评级)?|财务(?:报表|数据)(?:与|和|及)?(?:盈利预测)?)[:：]?$/u;

/** Whether a standalone line is one of the parts a company note prints (事件, 点评, 盈利预测 …). */
export function isBodyLabel(rawLine: string): boolean {
  return BODY_LABELS.test(plainLine(rawLine).replace(/\s+/g, ''));
}
