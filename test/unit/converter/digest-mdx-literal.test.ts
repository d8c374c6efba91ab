/**
 * Report text is untrusted: whatever it contains must come back out of the MDX as the same
 * literal text, never as an import, an expression or an element.
 */
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
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
  return unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).parse(source);
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
  });
  const tree = parseMdx(digestMdx(report));

  it('contains no module code but the converter’s own component imports', () => {
    const esm = nodesOfType(tree, 'mdxjsEsm').map((n) => (n as { value: string }).value);
    expect(esm.length).toBeGreaterThan(0);
    for (const statement of esm) expect(statement).toMatch(/^import \w+ from '~\/components\/digest\/\w+\.astro';$/);
  });

  it('contains no expressions and no elements that came from the text', () => {
    expect(nodesOfType(tree, 'mdxFlowExpression')).toEqual([]);
    expect(nodesOfType(tree, 'mdxTextExpression')).toEqual([]);
    expect(nodesOfType(tree, 'mdxJsxTextElement')).toEqual([]);
    expect(nodesOfType(tree, 'html')).toEqual([]);
    const names = nodesOfType(tree, 'mdxJsxFlowElement').map((n) => (n as { name: string }).name);
    expect(new Set(names)).toEqual(new Set(['SummaryCard', 'SectionHeading']));
  });

  it('gives every hostile paragraph back as the same text', () => {
    const paragraphs = nodesOfType(tree, 'paragraph').map((p) =>
      nodesOfType(p, 'text').map((t) => (t as { value: string }).value).join(''),
    );
    for (const line of HOSTILE) expect(paragraphs).toContain(line);
  });

  it('keeps hostile headings and metadata as data', () => {
    const heading = nodesOfType(tree, 'mdxJsxFlowElement').find((n) => (n as { name: string }).name === 'SectionHeading');
    const title = (heading as { attributes: { name: string; value: unknown }[] }).attributes.find((a) => a.name === 'title');
    expect(title?.value).toBe(HOSTILE[0]);
    const yaml = nodesOfType(tree, 'yaml')[0] as { value: string };
    expect(YAML.parse(yaml.value)).toMatchObject({ title: HOSTILE[4], keyPoints: [HOSTILE[3]] });
  });
});
