/**
 * What a firm mention says about who published the report, read from the words around it.
 *
 *   self      the publisher speaks of itself: 本报告由…制作, 版权归…所有, …具备证券投资咨询业务资格,
 *             本报告仅供…的客户使用, …经中国证监会批准, 此份报告由…编写, …证券研究报告 (a banner)
 *   compiler  the last firm of a source line (资料来源：Wind，国金证券研究所): the one that compiled it
 *   masthead  named in the first page's header or sidebar
 *   institute / company   a research institute or legal name elsewhere
 *   ignored   a firm cited as a data source (资料来源：中信证券研究部，国金证券研究所), an analyst's former
 *             employer (曾任职于申万宏源证券研究所), a buyer a distribution watermark names (…发送给…,
 *             仅供…使用), a report cited by its broker (据中信证券研究)
 *   name      a bare short name anywhere else: not evidence, but it says which name the report prints
 */
import type { Mention } from './mentions.ts';

export type Role = 'self' | 'compiler' | 'masthead' | 'institute' | 'company' | 'ignored' | 'name';

/** A source label: 资料来源：, 数据来源:, 来源：, Source:. */
const SOURCE_LABEL = /(?:资料|数据|信息)?来源\s*[:：]|source\s*[:：]/gi;
/** How far a source line reaches when nothing ends it (flattened texts run on into chart labels). */
const SOURCE_REACH = 60;
/** What ends a source line early: a full stop, a column gap, the next caption. */
const SOURCE_END = /[。\t]|图表?\s*\d|表\s*\d/;

const BIOGRAPHY_BEFORE =
  /(?:曾(?:任职|就职|供职|服务|任|在)|任职于|就职于|供职于|加入|历任|先后(?:在|任职|就职)|此前在|毕业于?|年(?:至今)?(?:在|于|加入))[^，。,;；]{0,12}$/;
/** 中泰证券研究所电子分析师: a career line; 分析师：… (a label) is the report's own author block. */
const BIOGRAPHY_AFTER = /^[^。,，:：\t]{0,8}?(?:分析师|研究员|首席|研究助理)(?![:：])/;
const BUYER_BEFORE = /(?:发送给|发给|分发给|授权给|提供给)\s*$/;
const CITED_BEFORE = /(?:据|根据|引用|援引|参考|参见)\s*$/;
const SELF_BEFORE =
  /(?:报告(?:由|是|系)|版权(?:均)?(?:归|属于|为)|此(?:份)?报告由|注明出处为|证监会审核|阅读正文(?:最)?后的|以下简称)\s*["“「]?\s*$/;
const SELF_AFTER = new RegExp(
  [
    String.raw`^[^。]{0,40}?(?:具备|具有|已具备|已获得?)[^。]{0,30}?投资咨询(?:业务)?资格`,
    String.raw`^[^。]{0,12}?版权所有`,
    String.raw`^[^。]{0,16}?经中国证(?:券监督管理委员会|监会)[^。]{0,6}?(?:批准|核准|许可)`,
    String.raw`^\s*(?:证券)?研究报告`,
    String.raw`^(?:的)?(?:股票|行业|公司)?投资评级(?:标准|说明|体系|定义)`,
    String.raw`^(?:的)?(?:特别|重要|免责)(?:声明|条款)`,
    String.raw`^\s*免责声明`,
  ].join('|'),
);
/** 由…制作: the preceding 由 alone is too common (本次发行由中信证券担任保荐机构) without the verb. */
const MADE_BY_AFTER = /^[^。]{0,50}?(?:制作|编制|编写|撰写)/;

/** Spans of the line's source lines: from each source label to its end. */
function sourceSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const label of line.matchAll(SOURCE_LABEL)) {
    const start = label.index + label[0].length;
    const rest = line.slice(start, start + SOURCE_REACH);
    const next = rest.search(new RegExp(`${SOURCE_END.source}|${SOURCE_LABEL.source}`, 'i'));
    spans.push([start, start + (next < 0 ? rest.length : next)]);
  }
  return spans;
}

function isSelf(line: string, mention: Mention): boolean {
  const before = line.slice(Math.max(0, mention.start - 16), mention.start);
  const after = line.slice(mention.end, mention.end + 80);
  if (SELF_BEFORE.test(before) || SELF_AFTER.test(after)) return true;
  if (/仅供\s*$/.test(before)) return /^[^。]{0,30}?客户/.test(after);
  return /由\s*$/.test(before) && MADE_BY_AFTER.test(after);
}

function isIgnored(line: string, mention: Mention): boolean {
  const before = line.slice(Math.max(0, mention.start - 24), mention.start);
  if (BIOGRAPHY_BEFORE.test(before) || BUYER_BEFORE.test(before) || CITED_BEFORE.test(before)) return true;
  if (BIOGRAPHY_AFTER.test(line.slice(mention.end, mention.end + 16))) return true;
  // 仅供…使用 without 客户 is a watermark naming the reader (此报告仅供某某投资使用).
  return /仅供\s*$/.test(before) && !/^[^。]{0,30}?客户/.test(line.slice(mention.end, mention.end + 40));
}

/**
 * A masthead mention counts when it is the banner: a legal or institute name on a short line or
 * at the start of a long one (a flattened first page runs the banner into the body, where other
 * firms appear as shareholders, partners or peers), or a short name that is nearly all its line.
 */
function inBanner(line: string, mention: Mention): boolean {
  if (mention.form === 'name') return line.trim().length <= mention.end - mention.start + BANNER_SLACK;
  return line.length <= BANNER_LINE || mention.start < BANNER_REACH;
}
const BANNER_SLACK = 8;
const BANNER_LINE = 60;
const BANNER_REACH = 200;

/** The role of each mention of a line (same order). `masthead`: the line is in the first page's header or sidebar. */
export function rolesOf(line: string, mentions: readonly Mention[], masthead: boolean): Role[] {
  const spans = mentions.length > 0 && /来源|source/i.test(line) ? sourceSpans(line) : [];
  const spanOf = (m: Mention) => spans.findIndex(([start, end]) => m.start >= start && m.start < end);
  return mentions.map((mention, i) => {
    if (isIgnored(line, mention)) return 'ignored';
    const span = spanOf(mention);
    if (span >= 0) {
      const later = mentions.slice(i + 1).some((other) => spanOf(other) === span && !isIgnored(line, other));
      return later ? 'ignored' : 'compiler';
    }
    if (isSelf(line, mention)) return 'self';
    if (masthead && inBanner(line, mention)) return 'masthead';
    if (mention.form === 'institute') return 'institute';
    return mention.form === 'legal' ? 'company' : 'name';
  });
}
