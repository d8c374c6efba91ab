/**
 * The digest's summary card: who, when, what kind, which rating, and the key points. For search it
 * is the digest's head: weighted above the body (HEAD_WEIGHT), so a report whose title, subject or
 * key points hold the query ranks before one that only mentions it; and its fields are kept apart by
 * spaces (which the card's grid does not show), or the index and its excerpts read the labels and
 * values as one run (券商国金证券日期2026-06-29).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { DigestFrontmatter } from '../../../schema/digest.ts';

/** Pagefind's highest weight (body text is 1, an h1 7). */
export const HEAD_WEIGHT = 10;

function field(term: string, value: ElementContent | string): ElementContent[] {
  return [h('dt', term), { type: 'text', value: ' ' }, h('dd', value), { type: 'text', value: ' ' }];
}

export function summaryCard({ digest }: { digest: DigestFrontmatter }): Element {
  const when = digest.period ? `${digest.period.start} 至 ${digest.period.end}` : digest.date;
  const rating = digest.rating ? [digest.rating.action, digest.rating.value].filter(Boolean).join(' · ') : null;
  const fields = [
    ...(digest.broker ? field('券商', digest.broker) : []),
    ...(digest.date ? field('日期', h('time', { dateTime: digest.date }, when)) : []),
    ...(digest.reportType ? field('类型', digest.reportType) : []),
    ...(rating ? field('评级', rating) : []),
    ...(digest.analysts.length > 0 ? field('分析师', digest.analysts.map((a) => a.name).join('、')) : []),
  ];
  const keyPoints = digest.keyPoints.length > 0
    ? [h('h2', '核心观点'), h('ul', { className: ['key-points'] }, digest.keyPoints.map((point) => h('li', point)))]
    : [];
  return h('section', { className: ['summary-card'], ariaLabel: '报告摘要', dataPagefindWeight: String(HEAD_WEIGHT) }, [
    h('h1', { dataPagefindWeight: String(HEAD_WEIGHT) }, digest.title),
    ...(digest.subtitle ? [h('p', { className: ['subtitle'] }, digest.subtitle)] : []),
    h('dl', fields),
    ...keyPoints,
  ]);
}
