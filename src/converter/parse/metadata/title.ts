/**
 * Title and subtitle.
 *
 * The title is the first title-page line that is not metadata (rating, classification,
 * analyst, date, department, chart caption …) and not a series line. The subtitle is a
 * series line (互联网行业 2026 年 6 月投资策略: a report type plus a date or number), else a
 * headline line right under the title. Generic labels (证券研究报告, 行业周报) are neither.
 *
 * Without a title page the title falls back to the first heading-like body line, with a
 * warning; it is never empty.
 */
import { isClassificationLine, SECTORS } from './classification.ts';
import { parseDate } from './dates/grammar.ts';
import { fallbackTitle } from './fallback-title.ts';
import { displayWidth, isCaptionOrSource, isTableRow, titlePageLength } from './lines.ts';
import { isRatingLine } from './rating.ts';
import { isSubjectLine } from './subject.ts';

/** Title, subtitle and what was guessed. */
export interface TitleResult {
  title: string;
  subtitle: string | null;
  warnings: string[];
}

const METADATA_LABEL =
  /^(报告日期|发布日期|日期|证券分析师|分析师|研究助理|联系人|执业证书|SAC|邮箱|E-?mail|电话|Tel|地址|行业评级|投资评级|公司评级|股票评级|评级|目标价|当前价|当前股价|收盘价|总股本|流通股|总市值|流通市值|52周|市场数据|基础数据|主要数据|相关研究|相关报告)/i;
/** A two-column title page puts metadata to the right of the headline: cut it off. */
const COLUMN_TAIL =
  /\s+(?:报告日期|发布日期|证券分析师|分析师|行业评级|投资评级|公司评级|评级|目标价|当前股价|执业证书|邮箱)\s*[:：]/;
const GENERIC = /^(证券研究报告|研究报告|投资研究|请务必阅读.*|敬请参阅.*|.*免责声明.*)$/;
const DEPARTMENT = /(组|团队|研究部|研究所|研究院|研究中心)$/;
const CHART_LEGEND = /(?:(指数|沪深|市场|股价|相对).*(走势|表现)(比较|对比|图)?|^(市场|股价|相对)?走势(图|比较|对比)?)$/;
const CONTACT = /@|S\d{13}/;
const SERIES = /(投资策略|年度策略|中期策略|策略|周报|月报|季报|年报|专题|深度|点评|跟踪|展望)/;
const SERIES_NUMBERING = /\d{2,4}\s*年|\d{1,2}\s*月|第\s*\d+\s*[周期]|\d{4}/;

/** The headline part of a two-column line (二季度业绩超预期 … 投资评级：买入). */
function cutColumnTail(line: string): string {
  const tail = COLUMN_TAIL.exec(line);
  return tail ? line.slice(0, tail.index) : line;
}

/** A title-page line that carries metadata, not a headline. */
function isMetadataLine(line: string): boolean {
  return (
    displayWidth(line) < 2 ||
    METADATA_LABEL.test(line) ||
    CONTACT.test(line) ||
    GENERIC.test(line) ||
    isRatingLine(line) ||
    isClassificationLine(line) ||
    isSubjectLine(line) ||
    SECTORS.has(line) ||
    parseDate(line) !== null ||
    (DEPARTMENT.test(line) && displayWidth(line) <= 15) ||
    CHART_LEGEND.test(line) ||
    isCaptionOrSource(line) ||
    isTableRow(line) ||
    /^\d+$/.test(line)
  );
}

/** A report-specific series title: a report type with a date or issue number. */
export function isSeriesLine(line: string): boolean {
  return SERIES.test(line) && SERIES_NUMBERING.test(line) && displayWidth(line) <= 40 && !/[。；]/.test(line);
}

/** A headline-like line: short, no sentence end. */
function isHeadlineLike(line: string): boolean {
  return displayWidth(line) <= 40 && !/[。；]/.test(line) && !isMetadataLine(line);
}

/** The title page's title and subtitle, or null when the report has no title page. */
function fromTitlePage(lines: readonly string[]): { title: string; subtitle: string | null } | null {
  const page = lines.slice(0, titlePageLength(lines)).map(cutColumnTail);
  const series = page.find((line) => isSeriesLine(line) && !isMetadataLine(line)) ?? null;
  // A series line is the subtitle when a headline sits beside it, else it is the title.
  let at = page.findIndex((line) => line !== '' && line !== series && !isMetadataLine(line));
  if (at < 0 && series !== null) at = page.indexOf(series);
  const title = page[at];
  if (at < 0 || !title) return null;
  const next = page.slice(at + 1).find((line) => line !== '');
  const secondLine = next !== undefined && isHeadlineLike(next) ? next : null;
  if (title === series) return { title, subtitle: secondLine };
  return { title, subtitle: series ?? secondLine };
}

/** The report's title and subtitle, falling back to a body heading when there is no title page. */
export function findTitle(lines: readonly string[]): TitleResult {
  const page = fromTitlePage(lines);
  if (page) return { ...page, warnings: [] };
  const fallback = fallbackTitle(lines, isMetadataLine);
  return { title: fallback.title, subtitle: null, warnings: [fallback.warning] };
}
