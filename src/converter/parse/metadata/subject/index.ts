/**
 * What a company report is about: the company and its ticker (`finder.ts`) and the target price
 * (`target-price.ts`).
 *
 * Whether a report is a company report is decided from the evidence, not from the report type
 * alone: types vary without end (公司快评, 公司事件点评报告, 业绩评论, 年报点评, Company Update,
 * 深度报告 …) and some reports print none. A company printed where a masthead prints it (early on
 * the first page, beside the report type, the rating or the price) makes it one; a report typed
 * 公司… or 首次覆盖 needs less.
 */
import type { Subject, TargetPrice } from '../../../../schema/report.ts';
import { best, ranked, type Candidate } from '../candidates.ts';
import type { FieldContext } from '../context.ts';
import { frontRegion } from '../front-region.ts';
import { subjectCandidates, type SubjectReading } from './finder.ts';
import { targetPriceCandidates } from './target-price.ts';
import { TICKER } from './ticker.ts';

export { normalizeTicker } from './ticker.ts';

/** A report type that says it is about one company. */
const COMPANY_TYPE = /^公司|首次覆盖|个股|Company/i;
/**
 * A subject this sure makes the report a company report whatever its type says. On the corpus a
 * masthead company scores 89 and more, the best-placed stock an industry report recommends 59.
 */
const SURE = 75;
/** For a report typed as a company report, a subject this sure is enough. */
const ENOUGH = 50;

const SUBJECT_LINE = new RegExp(String.raw`^[\u4e00-\u9fa5A-Za-z][\u4e00-\u9fa5A-Za-z0-9·\s-]{0,15}?\s*[（(]\s*${TICKER}\s*[）)]$`);

/** The subject and target price of a company report (both null for other reports), with warnings. */
export interface CompanyFields {
  isCompanyReport: boolean;
  subject: Subject | null;
  targetPrice: TargetPrice | null;
  candidates: Candidate<SubjectReading>[];
  warnings: string[];
}

/** The company a report is about and its target price, when it is a company report. */
export function findCompanyFields(context: FieldContext, reportType: string | null): CompanyFields {
  const region = frontRegion(context);
  const candidates = ranked(subjectCandidates(region, context.all.join('\n')));
  const top = candidates[0] ?? null;
  const typed = COMPANY_TYPE.test(reportType ?? '');
  const isCompanyReport = typed || (top !== null && top.score >= SURE);
  const subject = isCompanyReport && top && top.score >= ENOUGH ? top.value : null;
  const targetPrice = isCompanyReport ? (best(targetPriceCandidates(region))?.value ?? null) : null;
  const warnings = isCompanyReport
    ? [...(subject ? [] : ['未找到公司名称与代码（subject）']), ...(targetPrice ? [] : ['未找到目标价（targetPrice）'])]
    : [];
  return { isCompanyReport, subject, targetPrice, candidates, warnings };
}

/** A line that is only a company and its ticker (腾讯控股（0700.HK）). */
export function isSubjectLine(line: string): boolean {
  return SUBJECT_LINE.test(line.trim());
}
