/**
 * The publication date: the one the report prints (`publication.ts`), or, when it prints none,
 * one inferred from what it reports on (`inferred.ts`), with a warning saying so.
 */
import type { IsoDate } from '../../../../schema/report.ts';
import { best, type Candidate } from '../candidates.ts';
import type { FieldContext } from '../context.ts';
import { frontRegion } from '../front-region.ts';
import { inferDate, type DateClues, type PublicationDate } from './inferred.ts';
import { dateMentions } from './mentions.ts';
import { publicationDateCandidates } from './publication.ts';

export type { PublicationDate } from './inferred.ts';

/** The best printed publication date, or null. */
export function printedDate(context: FieldContext): Candidate<IsoDate> | null {
  return best(publicationDateCandidates(context));
}

/** The data dates on the first page (股价日期, 市场数据(2026-04-24) …): clues when no date is printed. */
export function frontDataDates(context: FieldContext): IsoDate[] {
  return dateMentions(frontRegion(context).text)
    .filter((mention) => mention.role === 'data')
    .map((mention) => mention.iso);
}

/** The printed date, or the inferred one with its warning (or a warning that there is none). */
export function publicationDate(
  context: FieldContext,
  lines: readonly string[],
  printed: Candidate<IsoDate> | null,
  clues: Omit<DateClues, 'dataDates'>,
): PublicationDate {
  if (printed) return { date: printed.value, dateSource: 'explicit', warnings: [] };
  return inferDate(lines, { ...clues, dataDates: frontDataDates(context) });
}
