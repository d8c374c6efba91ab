/**
 * A long masthead line is several fields run together when an extractor flattened the page
 * (`目标价：35.64元（6个月）集团资源赋能，打造医美生态平台`, `021-50586983血制品领先企业，业绩恢复增长`):
 * it is cut at what cannot be part of a headline — contacts, dates, a label and its value, template
 * tags, the start of a dash or of a label — so that the headline stands as a candidate of its own.
 */

/** Tokens dropped with a cut on either side. */
const DROPPED = new RegExp(
  [
    // Full-width ＠ too: some templates print their e-mail addresses with it (yuan_wei＠gjzq.com.cn).
    '[A-Za-z0-9._%+-]{1,64}[@＠][A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+',
    'S\\d{12,13}',
    '(?<!\\d)\\(?0\\d{2,3}\\)?[-\\s]?\\d{7,8}(?:-\\d{1,5})?(?!\\d)|(?<!\\d)1\\d{10}(?!\\d)',
    '\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}',
    '(?:当前价|现价|目标价|收盘价|股价|昨收盘|最新收盘价)[^\\d\\u3400-\\u9fff]{0,6}[\\d.,]+\\s*(?:元|港元|美元|HKD|CNY)?(?:[（(][^）)]{1,10}[）)])?',
    '\\[?[Tt]able_[A-Za-z0-9_]*\\]?',
    // The risk rating some brokers print for investor suitability (风险评级：中高风险).
    '风险评级[：:]\\s*(?:低|中低|中|中高|高)风险',
    // A ticker and a colon open a title line (新氧(SY.US)：…): the company's name stays with what came before.
    '[（(][A-Z0-9.]{2,12}[）)][：:]',
  ].join('|'),
  'gu',
);
/** Where a new field starts: a dash, or a label. */
const STARTS = /——|――|—(?=[\u3400-\u9fff])|(?:风险评级|投资要点|核心观点|主要观点|报告摘要|投资评级|证券分析师|分析师|联系人|研究助理|执业证书|相关研究|相关报告|最近一年|市场数据|基础数据|(?:公司)?基本(?:情况|数据|资料)|证券研究报告)/gu;

/** A research institute's name ends a field (财通证券研究所大市场、低渗透率…). */
const ENDS = /(?:研究所|研究院|研究发展中心|研究中心|研究部)(?=[\u3400-\u9fff])/gu;

/** Lines this long are cut; shorter ones are one field already. */
const MIN_LENGTH = 24;

/** The line's pieces, in order (the line itself when it is short or has no cut). */
export function mastheadPieces(line: string): string[] {
  if (line.length < MIN_LENGTH) return [line];
  const marked = line
    .replace(DROPPED, '\u0000')
    .replace(STARTS, (start) => `\u0000${start}`)
    .replace(ENDS, (end) => `${end}\u0000`);
  const pieces = marked.split('\u0000').map((piece) => piece.trim()).filter((piece) => piece !== '');
  return pieces.length > 0 ? pieces : [line];
}
