/**
 * Series: most periodic reports belong to one (互联网行业 2026 年 6 月投资策略, 传媒行业周报（第 27 周）).
 * A series line names a report type with its issue (a month, a week, a number). A report printed
 * without its title page still says which issue it is in a key-point label (12 月投资策略：…), and
 * lists earlier issues of the same series among its related reports (《互联网行业 2024 年 11 月投资
 * 策略-…》): together they give the title the report was published under.
 */

const SERIES = /(投资策略|年度策略|中期策略|策略|周报|月报|季报|年报|专题|深度|点评|跟踪|展望)/u;
const SERIES_NUMBERING = /\d{2,4}\s*年|\d{1,2}\s*月|第\s*\d+\s*[周期]|\d{4}/u;

/** A report-specific series title: a report type with a date or issue number. */
export function isSeriesLine(line: string): boolean {
  return SERIES.test(line) && SERIES_NUMBERING.test(line) && line.length <= 40 && !/[。；]/u.test(line);
}

/** A key-point label naming the issue: `12 月投资策略：`, `11月策略：`. */
const ISSUE_LABEL = /^\s*(\d{1,2})\s*月\s*(投资策略|策略|展望)\s*[：:]/u;
/** An earlier issue among the related reports: `《互联网行业 2024 年 11 月投资策略-…》`. */
const EARLIER_ISSUE = /《\s*([\u3400-\u9fffA-Za-z]{2,12}?)\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(投资策略|策略|展望)/u;

/** The title of a report known only by its series, or null. `date` gives the issue its year. */
export function seriesTitle(lines: readonly string[], date: string | null): string | null {
  const label = lines.map((line) => ISSUE_LABEL.exec(line)).find((match) => match !== null);
  if (!label) return null;
  const month = Number(label[1]);
  const kind = label[2]!;
  const earlier = lines.map((line) => EARLIER_ISSUE.exec(line)).find((match) => match !== null && match[4] === kind);
  if (!earlier) return `${month} 月${kind}`;
  const earlierYear = Number(earlier[2]);
  const year = date ? Number(date.slice(0, 4)) : month > Number(earlier[3]) ? earlierYear : earlierYear + 1;
  return `${earlier[1]} ${year} 年 ${month} 月${kind}`;
}
