/** The digest's summary card: who, when, what kind, which rating, and the key points. */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { DigestFrontmatter } from '../../../schema/digest.ts';

function field(term: string, value: ElementContent | string): ElementContent[] {
  return [h('dt', term), h('dd', value)];
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
  return h('section', { className: ['summary-card'], ariaLabel: '报告摘要' }, [
    h('h1', digest.title),
    ...(digest.subtitle ? [h('p', { className: ['subtitle'] }, digest.subtitle)] : []),
    h('dl', fields),
    ...keyPoints,
  ]);
}
