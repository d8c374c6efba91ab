/**
 * The guarantees every property checks: text → parse → slug → schema → MDX never throws, and the
 * MDX, read back the way Astro's MDX integration reads it, holds no code that came from the text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { expect } from 'vitest';
import { digestMdx } from '~/converter/emit/digest-mdx.ts';
import { parseReport } from '~/converter/parse/index.ts';
import { slugFor } from '~/converter/slug.ts';
import { slugVocabulary } from '~/converter/slug-vocabulary.ts';
import { Report } from '~/schema/report.ts';

/** Long enough for the slowest property on a loaded 2-core machine; a hang fails here, not on a clock. */
export const PROPERTY_TIMEOUT_MS = 30_000;

export interface Converted {
  report: Report;
  mdx: string;
}

/** The converter's own path for one text: throws only if a guarantee is broken. */
export function convertText(text: string, source: string): Converted {
  const parsed = parseReport(text, source);
  const report = Report.parse({ ...parsed, slug: slugFor(parsed, slugVocabulary) });
  return { report, mdx: digestMdx(report) };
}

const reader = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Parses MDX as Astro's MDX integration does: MDX plus GFM, with YAML frontmatter. */
export function parseMdx(source: string): Root {
  return reader.parse(source);
}

export function nodesOfType(node: Root | RootContent, type: string): RootContent[] {
  const own = node.type === type ? [node as RootContent] : [];
  const children = 'children' in node ? (node.children as RootContent[]) : [];
  return [...own, ...children.flatMap((child) => nodesOfType(child, type))];
}

/** The literal text under a node, as a reader sees it. */
export function textOf(node: Root | RootContent): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  return 'children' in node ? (node.children as RootContent[]).map(textOf).join('') : '';
}

/** Value of a string attribute of a JSX element. */
export function attribute(node: RootContent, name: string): unknown {
  const attributes = (node as { attributes?: { name: string; value: unknown }[] }).attributes ?? [];
  return attributes.find((a) => a.name === name)?.value;
}

const COMPONENTS = new Set(['SummaryCard', 'SectionHeading', 'DataTable', 'EventItem', 'LostChart', 'MoverList']);

/** No module code, no expressions, no raw HTML, no foreign elements. */
export function expectNoCodeFromText(tree: Root): void {
  expect(nodesOfType(tree, 'mdxjsEsm')).toEqual([]);
  expect(nodesOfType(tree, 'mdxFlowExpression')).toEqual([]);
  expect(nodesOfType(tree, 'mdxTextExpression')).toEqual([]);
  expect(nodesOfType(tree, 'mdxJsxTextElement')).toEqual([]);
  expect(nodesOfType(tree, 'html')).toEqual([]);
  for (const element of nodesOfType(tree, 'mdxJsxFlowElement')) {
    expect(COMPONENTS.has((element as { name: string }).name)).toBe(true);
  }
}

/** The real reports in `content/reports/`, by file name. */
export function loadSeeds(): { source: string; text: string }[] {
  const dir = new URL('../../../content/reports/', import.meta.url);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt') || name.endsWith('.md'))
    .sort()
    .map((source) => ({ source, text: readFileSync(new URL(source, dir), 'utf8') }));
}
