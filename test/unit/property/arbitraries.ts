/**
 * fast-check generators for report text: arbitrary Unicode, CJK-heavy prose, and text built from
 * the tokens real reports are made of (headings, captions, tables, dates, price moves), plus the
 * hostile ones (MDX syntax, control characters, odd line endings, very long runs).
 */
import fc from 'fast-check';

/** Fragments of report layout and of hostile input, glued together by the generators below. */
export const REPORT_TOKENS: readonly string[] = [
  '一、', '二、', '1.1、', '1.1.1', '（一）', '图表 1：', '图3：', '表 1', '资料来源：', '来源：', '数据来源：Wind',
  '| a | b |', '|---|---|', '| 1 | -2.45% |', '\t', '\t\t', '<table>', '<tr><td>', '</td><td>', '</td></tr>', '</table>',
  '**', '- ', '* ', '【行业重大事件】', '【', '】', '1) ', '2）', '①', '7 月 2 日', '7月2日', '2026年6月29日-7月3日',
  '报告日期：2023-07-16', '2026-07-03', '(+2.45%)', '（-3.29%）', '拼多多（-2.45%）', '+8.4975%', '+2.78pct',
  '周观点', '投资要点', '核心观点', '风险提示', '风险提示：', '相关研究', '内容目录', '图表目录', '.....\t3', '免责声明',
  '证券研究报告', '行业周报', '买入（维持评级）', '分析师：朱珺（执业 S1130526050001）', 'zhujun1@gjzq.com.cn',
  '国金证券', '腾讯控股(0700.HK)', '目标价：123.5 港元', '互联网', '传媒', '$3\\%$', '$-0.8 \\%$', '$x^2$',
  '{', '}', '{process.exit(1)}', '<', '>', '<script>', '</script>', '<Component />', '<!--', '-->', '&amp;', '&#x69;',
  'import x from "y"', 'export const a = 1', 'IMPORT', '`', '```', '#', '> ', '\\', '[link](javascript:x)', '---',
  '\r\n', '\r', '\n', '\n\n', '\f', '\u0000', '\u0007', '\u0085', '\u2028', '\uFEFF', '\u00A0', '\u3000', '\uD800', '🚀',
];

const cjkChar = fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCodePoint(code));
const cjkPunctuation = fc.constantFrom(...'，。：；、（）【】《》“”…—％　'.split(''));
const whitespace = fc.constantFrom(' ', '\t', '\n', '\r\n', '\r', '\u3000');

/** One "character" of CJK-heavy text: mostly hanzi and full-width punctuation, some ASCII and anything else. */
const cjkUnit = fc.oneof(
  { arbitrary: cjkChar, weight: 8 },
  { arbitrary: cjkPunctuation, weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }), weight: 3 },
  { arbitrary: whitespace, weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 1 },
);

/** Any Unicode code points (fast-check 4's replacement for `fullUnicodeString`). */
export const unicodeText = fc.string({ unit: 'binary', maxLength: 300, size: 'medium' });

/** CJK-heavy text with line breaks, tabs and the odd control character. */
export const cjkText = fc.string({ unit: cjkUnit, maxLength: 300, size: 'medium' });

/** A short random word or a report token. */
export const token = fc.oneof(
  { arbitrary: fc.constantFrom(...REPORT_TOKENS), weight: 6 },
  { arbitrary: fc.string({ unit: cjkUnit, maxLength: 12 }), weight: 3 },
  { arbitrary: fc.double({ min: -1000, max: 1000, noNaN: true }).map((n) => n.toFixed(2)), weight: 1 },
);

const line = fc.array(token, { maxLength: 8 }).map((tokens) => tokens.join(''));
const lineEnding = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\n \n');

/** Text shaped like a report: lines of report tokens and CJK words, one line-ending convention. */
export const reportLikeText = fc
  .tuple(fc.array(line, { maxLength: 40, size: 'medium' }), lineEnding)
  .map(([lines, eol]) => lines.join(eol));

/** One token (or character) repeated hundreds to thousands of times. */
export const longRun = fc
  .tuple(fc.oneof(fc.constantFrom(...REPORT_TOKENS), cjkUnit), fc.integer({ min: 100, max: 4000 }))
  .map(([unit, times]) => unit.repeat(times));

/** Report-like text with a very long run spliced in somewhere. */
export const textWithLongRun = fc
  .tuple(reportLikeText, longRun, fc.nat())
  .map(([text, run, at]) => {
    const cut = at % (text.length + 1);
    return text.slice(0, cut) + run + text.slice(cut);
  });

/** Source file names as the archive passes them: non-empty, any script, sometimes in a folder. */
export const sourceName = fc.oneof(
  fc.constantFrom('report.txt', '000_2272510a5eb1dbfa.txt', '研报/互联网周报.md', '.txt', 'a'),
  fc.string({ unit: cjkUnit, minLength: 1, maxLength: 20 }).map((name) => `${name}.txt`),
);
