/**
 * Stage "emit": write a report as an MDX digest page, built as a syntax tree and serialized by
 * remark-stringify with remark-mdx. Report text never passes through string concatenation.
 */
import type { List, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { toFrontmatter } from '../../schema/digest.ts';
import type { Report } from '../../schema/report.ts';
import { frontmatterYaml } from './frontmatter-yaml.ts';
import { component, paragraph } from './mdast-builders.ts';
import { remarkMdxLiteralText } from './mdx-literal.ts';
import { preambleNodes, sectionNodes } from './section-nodes.ts';
import { remarkSingleTextPhrasing } from './single-text-phrasing.ts';
import { remarkFastTextEscape } from './unsafe-filter.ts';

function bulletList(items: readonly string[]): List {
  return { type: 'list', ordered: false, spread: false, children: items.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(item)] })) };
}

function risksNodes(report: Report): RootContent[] {
  if (report.risks.length === 0) return [];
  return [component('SectionHeading', { id: 'risks', level: 1, title: '风险提示' }), bulletList(report.risks)];
}

/**
 * The digest as an mdast tree: frontmatter, summary card, sections, risks. Its components
 * (SummaryCard, SectionHeading, DataTable, EventItem, LostChart, MoverList) are supplied by the
 * renderer (`../render/components/`), as MDX components usually are, so the document imports nothing.
 */
export function digestTree(report: Report): Root {
  return {
    type: 'root',
    children: [
      // YAML is data: every string is written double-quoted (see frontmatter-yaml.ts), so whatever
      // the report says stays a string and a reader never retypes it.
      { type: 'yaml', value: frontmatterYaml(toFrontmatter(report)) },
      component('SummaryCard', { digest: { expression: 'frontmatter' } }),
      ...preambleNodes(report),
      ...report.sections.flatMap((section) => sectionNodes(report, section)),
      ...risksNodes(report),
    ],
  };
}

const serializer = unified()
  .use(remarkMdx)
  // Unaligned pipes: padding every cell to its column's width made tables ~40% of a digest's bytes,
  // and every byte is parsed again by Astro. Rendered tables are the same.
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMdxLiteralText)
  .use(remarkFastTextEscape)
  .use(remarkSingleTextPhrasing)
  .use(remarkStringify, { bullet: '-', emphasis: '_', fences: true });

/** Serializes a digest tree to MDX source. */
export function serializeDigest(tree: Root): string {
  return serializer.stringify(tree);
}

/** Report → MDX source in one call. */
export function digestMdx(report: Report): string {
  return serializeDigest(digestTree(report));
}
