/**
 * Report text is untrusted: whatever it contains must come back out of the MDX as the same
 * literal text, never as an import, an expression or an element.
 */
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { digestMdx } from '~/converter/emit/digest-mdx.ts';
import { makeReport } from '../../helpers/report-factory.ts';

const HOSTILE = [
  'import fs from "node:fs"',
  'export const x = 1',
  'IMPORT and Export words at the start',
  '{process.exit(1)} and {/* comment */}',
  '<script>alert(1)</script> <img src=x onerror="alert(1)"> <iframe src="javascript:alert(1)">',
  '<!-- hidden --> <Component /> </div>',
  '[link](javascript:alert(1)) *emphasis* `code` # not a heading',
  '收益率 $3\\%$ 与 &amp; 与 \\ 反斜杠',
];

function parseMdx(source: string): Root {
  // Parsed as Astro's MDX integration does: MDX plus GFM.
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(source);
}

function nodesOfType(node: Root | RootContent, type: string): RootContent[] {
  const own = node.type === type ? [node as RootContent] : [];
  const children = 'children' in node ? (node.children as RootContent[]) : [];
  return [...own, ...children.flatMap((child) => nodesOfType(child, type))];
}

describe('digest MDX keeps report text literal', () => {
  const report = makeReport({
    title: HOSTILE[4]!,
    keyPoints: [HOSTILE[3]!],
    sections: [{ id: 's1', title: HOSTILE[0]!, level: 1, paragraphs: HOSTILE }],
    risks: [HOSTILE[1]!],
    tables: [{ id: 'tab-1', label: '图表 1', caption: HOSTILE[3]!, source: HOSTILE[5]!, columns: ['{a}', '<b>'], rows: [[HOSTILE[0]!, 'x | y'], ['-2.45%', HOSTILE[6]!]], section: 's1' }],
    charts: [{ id: 'fig-2', label: '图 2', caption: HOSTILE[4]!, source: null, section: 's1' }],
    events: [{ id: 'e-1', date: '2026-07-02', title: HOSTILE[2]!, body: HOSTILE[3]!, source: HOSTILE[5]!, section: 's1', companies: [] }],
  });
  const tree = parseMdx(digestMdx(report));

  it('contains no module code (the renderer supplies the components)', () => {
    expect(nodesOfType(tree, 'mdxjsEsm')).toEqual([]);
  });

  it('contains no expressions and no elements that came from the text', () => {
    expect(nodesOfType(tree, 'mdxFlowExpression')).toEqual([]);
    expect(nodesOfType(tree, 'mdxTextExpression')).toEqual([]);
    expect(nodesOfType(tree, 'mdxJsxTextElement')).toEqual([]);
    expect(nodesOfType(tree, 'html')).toEqual([]);
    const names = nodesOfType(tree, 'mdxJsxFlowElement').map((n) => (n as { name: string }).name);
    expect(new Set(names)).toEqual(new Set(['SummaryCard', 'SectionHeading', 'DataTable', 'EventItem', 'LostChart']));
  });

  it('gives every hostile paragraph back as the same text', () => {
    const paragraphs = nodesOfType(tree, 'paragraph').map((p) =>
      nodesOfType(p, 'text').map((t) => (t as { value: string }).value).join(''),
    );
    for (const line of HOSTILE) expect(paragraphs).toContain(line);
  });

  it('gives hostile table cells back as the same text', () => {
    const cells = nodesOfType(tree, 'tableCell').map((c) => nodesOfType(c, 'text').map((t) => (t as { value: string }).value).join(''));
    expect(cells).toEqual(['{a}', '<b>', HOSTILE[0], 'x | y', '-2.45%', HOSTILE[6]]);
  });

  it('keeps hostile headings and metadata as data', () => {
    const heading = nodesOfType(tree, 'mdxJsxFlowElement').find((n) => (n as { name: string }).name === 'SectionHeading');
    const title = (heading as { attributes: { name: string; value: unknown }[] }).attributes.find((a) => a.name === 'title');
    expect(title?.value).toBe(HOSTILE[0]);
    const yaml = nodesOfType(tree, 'yaml')[0] as { value: string };
    expect(YAML.parse(yaml.value)).toMatchObject({ title: HOSTILE[4], keyPoints: [HOSTILE[3]] });
  });
});
