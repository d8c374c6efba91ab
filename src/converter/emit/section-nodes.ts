/**
 * The body of a digest, section by section: heading, the text, then the events, tables,
 * lost charts and price moves reported in that section.
 */
import type { RootContent } from 'mdast';
import type { Event, Report, Section } from '../../schema/report.ts';
import type { Chart } from '../../schema/table.ts';
import { component, paragraph, type AttributeValue } from './mdast-builders.ts';
import { tableNodes } from './table-nodes.ts';

/** Paragraphs an event was made from are shown once, as the event. */
function isEventParagraph(text: string, events: readonly Event[]): boolean {
  return events.some((e) => text.includes(e.title) && (e.body === '' || text.includes(e.body.slice(0, 40))));
}

function eventNodes(event: Event, level: number): RootContent {
  const attributes: Record<string, AttributeValue> = { id: event.id, level, title: event.title };
  if (event.date) attributes['date'] = event.date;
  if (event.source) attributes['source'] = event.source;
  const body = event.body ? [paragraph(event.body)] : [];
  return component('EventItem', attributes, body);
}

function chartNode(chart: Chart): RootContent {
  const attributes: Record<string, AttributeValue> = { id: chart.id, caption: chart.caption };
  if (chart.label) attributes['label'] = chart.label;
  if (chart.source) attributes['source'] = chart.source;
  return component('LostChart', attributes);
}

/** Everything that belongs to one section, in reading order. */
export function sectionNodes(report: Report, section: Section): RootContent[] {
  const inSection = <T extends { section: string | null }>(items: readonly T[]) => items.filter((i) => i.section === section.id);
  const events = inSection(report.events);
  const hasMovers = inSection(report.movers).length > 0;
  return [
    component('SectionHeading', { id: section.id, level: section.level, title: section.title }),
    ...section.paragraphs.filter((p) => !isEventParagraph(p, events)).map(paragraph),
    ...events.map((event) => eventNodes(event, section.level + 2)),
    ...inSection(report.tables).flatMap(tableNodes),
    ...inSection(report.charts).map(chartNode),
    ...(hasMovers ? [component('MoverList', { movers: { expression: 'frontmatter.movers' }, section: section.id })] : []),
  ];
}

/** Events, tables and charts that sit before the first section (on the title page). */
export function preambleNodes(report: Report): RootContent[] {
  const unplaced = <T extends { section: string | null }>(items: readonly T[]) => items.filter((i) => i.section === null);
  return [
    ...unplaced(report.events).map((event) => eventNodes(event, 2)),
    ...unplaced(report.tables).flatMap(tableNodes),
    ...unplaced(report.charts).map(chartNode),
  ];
}
