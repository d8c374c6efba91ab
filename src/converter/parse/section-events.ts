/**
 * Events out of the sections: labelled lists and bold headlines are taken from each section's
 * lines, dated paragraphs from what remains once it is joined. Event text is then no longer part
 * of the section's paragraphs, so the digest shows it once, as an event.
 */
import type { Event, Section } from '../../schema/report.ts';
import {
  assignEventIds,
  eventFromDatedParagraph,
  eventFromRaw,
  isDatedParagraph,
  lineEvents,
  type DateReference,
} from './events/index.ts';
import { joinParagraphs } from './text/index.ts';
import type { SectionRange, StructureResult } from './types.ts';

export interface SectionsWithEvents {
  sections: Section[];
  events: Event[];
}

function sectionEvents(
  lines: readonly string[],
  section: Section,
  range: SectionRange,
  reference: DateReference,
  companies: readonly string[],
): { events: Event[]; paragraphs: string[] } {
  const own = lines.slice(range.from, range.to);
  const raws = lineEvents(own);
  const consumed = new Set(raws.flatMap((raw) => raw.lineIndices));
  // The section's paragraphs were joined from these same lines: join again only when events took some.
  const joined = consumed.size === 0 ? section.paragraphs : joinParagraphs(own.map((line, i) => (consumed.has(i) ? '' : line)));
  // An item with no words in it (`2）` alone) makes no event.
  const events = raws.flatMap((raw) => eventFromRaw(raw, range.id, reference, companies) ?? []);
  const paragraphs: string[] = [];
  for (const paragraph of joined) {
    const event = isDatedParagraph(paragraph) ? eventFromDatedParagraph(paragraph, range.id, reference, companies) : null;
    if (event) events.push(event);
    else paragraphs.push(paragraph);
  }
  return { events, paragraphs };
}

/** Splits every section into its events and its remaining paragraphs. */
export function extractSectionEvents(
  lines: readonly string[],
  structure: StructureResult,
  reference: DateReference,
  companies: readonly string[],
): SectionsWithEvents {
  const events: Event[] = [];
  const sections = structure.sections.map((section, i) => {
    const range = structure.sectionRanges[i];
    if (!range) return section;
    const found = sectionEvents(lines, section, range, reference, companies);
    events.push(...found.events);
    return { ...section, paragraphs: found.paragraphs };
  });
  return { sections, events: assignEventIds(events) };
}
