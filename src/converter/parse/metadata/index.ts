/**
 * The metadata parser: normalized report text → title, broker, dates, rating, analysts …
 *
 * Each field has its own module; this one runs them in dependency order (the explicit date
 * gives year-less spans their year, the period and related reports feed the inferred date and
 * the report type) and gathers their warnings in field order. Unknown values stay null.
 */
import type { MetadataResult } from '../types.ts';
import type { FieldContext } from './context.ts';
import { findAnalysts } from './analysts/index.ts';
import { findBroker } from './brokers/index.ts';
import { classify } from './classification.ts';
import { fileNameHints, fillBroker, fillDate, fillTitle } from './file-name.ts';
import { firstFullDate, yearOf } from './dates/grammar.ts';
import { cleanLines, frontMatterLength } from './lines.ts';
import { findPeriod } from './period.ts';
import { printedDate, publicationDate } from './dates/index.ts';
import { findRating } from './rating/index.ts';
import { findRelatedReports } from './related-reports.ts';
import { findCompanyFields } from './subject/index.ts';
import { findTitle } from './title/index.ts';

export { brokerCode } from './brokers/index.ts';

const PERIODIC_TYPE = /周报|月报|季报|日报|晨报/;

/** The report's metadata; every value not found is null (or []) and named in `warnings`. */
export function parseMetadata(context: FieldContext): MetadataResult {
  const text = context.all.join('\n');
  const lines = cleanLines(text);
  const front = lines.slice(0, frontMatterLength(lines));
  const printed = printedDate(context);
  const contextDate = printed?.value ?? firstFullDate(text);
  const period = findPeriod(lines, contextDate ? yearOf(contextDate) : null);
  const relatedReports = findRelatedReports(lines);
  // The publisher's file name fills what the text left empty (after the text's own finders).
  const fromName = fileNameHints(context.source);
  const date = fillDate(publicationDate(context, lines, printed, { period, related: relatedReports }), fromName);
  // The broker is named as it was on the publication date.
  const broker = fillBroker(findBroker(context, date.date), fromName, date.date);
  const title = fillTitle(findTitle(context, date.date), fromName);
  const rating = findRating(context);
  const headlines = [title.title, title.subtitle].filter((line): line is string => line !== null);
  const classification = classify(front, headlines, period);
  const analysts = findAnalysts(context);
  const company = findCompanyFields(context, classification.reportType);

  const warnings = [
    ...title.warnings,
    ...broker.warnings,
    ...date.warnings,
    ...(period === null && PERIODIC_TYPE.test(classification.reportType ?? '') ? ['未找到报告期（period）'] : []),
    ...rating.warnings,
    ...classification.warnings,
    ...analysts.warnings,
    ...company.warnings,
  ];
  return {
    title: title.title,
    subtitle: title.subtitle,
    broker: broker.broker,
    date: date.date,
    dateSource: date.dateSource,
    period,
    rating: rating.rating,
    reportType: classification.reportType,
    sector: classification.sector,
    analysts: analysts.analysts,
    subject: company.subject,
    targetPrice: company.targetPrice,
    relatedReports,
    warnings,
  };
}
