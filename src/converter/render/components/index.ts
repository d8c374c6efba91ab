/**
 * The components a digest's MDX uses, by the name it uses them under. Each is a function of its
 * props (and children, as hast) that returns hast: the digest is rendered to HTML at conversion
 * time, so no per-report module ever enters Astro's bundle.
 */
import type { ElementContent } from 'hast';
import { dataTable } from './data-table.ts';
import { eventItem } from './event-item.ts';
import { lostChart } from './lost-chart.ts';
import { moverList } from './mover-list.ts';
import { sectionHeading } from './section-heading.ts';
import { summaryCard } from './summary-card.ts';

/** Props as the MDX gives them, plus the element's children. */
export type ComponentProps = Record<string, unknown> & { children: ElementContent[] };
export type DigestComponent = (props: ComponentProps) => ElementContent | null;

// Each component validates nothing itself: the MDX is the converter's own output, and its
// props are checked against the component's parameters by the test of every component.
export const DIGEST_COMPONENTS: Readonly<Record<string, DigestComponent>> = {
  SummaryCard: summaryCard as unknown as DigestComponent,
  SectionHeading: sectionHeading as unknown as DigestComponent,
  DataTable: dataTable as unknown as DigestComponent,
  EventItem: eventItem as unknown as DigestComponent,
  LostChart: lostChart as unknown as DigestComponent,
  MoverList: moverList as unknown as DigestComponent,
};
