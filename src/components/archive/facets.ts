/**
 * Browse-by facets: where each facet's pages live and what they are called (zh-CN).
 */
import type { Facet } from '../../lib/taxonomy.ts';

export interface FacetInfo {
  /** Site-relative path of the facet's index (`/brokers/`). */
  path: string;
  /** What a term is called: 券商, 行业, 报告类型. */
  label: string;
  /** Title of the index page. */
  indexTitle: string;
}

export const FACETS: Readonly<Record<Facet, FacetInfo>> = {
  broker: { path: '/brokers/', label: '券商', indexTitle: '按券商浏览' },
  sector: { path: '/sectors/', label: '行业', indexTitle: '按行业浏览' },
  reportType: { path: '/types/', label: '报告类型', indexTitle: '按报告类型浏览' },
};

/** Site-relative path of a term's page (`/brokers/gjzq/`); pass it through `withBase`. */
export function termPath(facet: Facet, slug: string): string {
  return `${FACETS[facet].path}${slug}/`;
}

/** Site-relative path of a month's page (`/months/2026-07/`, `/months/undated/`). */
export function monthPath(month: string): string {
  return `/months/${month}/`;
}

/** Site-relative path of a month of the events timeline (`/events/2026-07/`, `/events/undated/`). */
export function eventsMonthPath(month: string): string {
  return `/events/${month}/`;
}
