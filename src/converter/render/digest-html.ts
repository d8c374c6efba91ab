/**
 * Stage "render": a digest's MDX → the HTML of its body, at conversion time. The MDX is parsed by
 * Sätteri (Astro 7's own Markdown/MDX engine, so Markdown reads as it did when Astro rendered it),
 * each component is called as a function that returns hast, market colours mark the tables, and
 * hast-util-to-html writes the result. Astro then places the HTML in the digest page as it does
 * rendered Markdown, so no per-report module enters its bundle and its memory no longer grows
 * with the archive (withastro/astro#10485, #11683).
 *
 * Nothing in the MDX is run: the only expressions the converter writes are numbers and paths
 * into the frontmatter (`frontmatter.movers`), which are looked up, never evaluated.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast, type MdxJsxAttributeUnion } from 'satteri';
import type { DigestFrontmatter } from '../../schema/digest.ts';
import { DIGEST_COMPONENTS } from './components/index.ts';
import { marketColors } from './market-colors.ts';

const NUMBER = /^-?\d+(\.\d+)?$/;
const FRONTMATTER_PATH = /^frontmatter(\.[A-Za-z_$][\w$]*)*$/;

/** A JSX attribute expression the converter writes: a number, or a path into the frontmatter. */
function expressionValue(expression: string, frontmatter: DigestFrontmatter): unknown {
  const source = expression.trim();
  if (NUMBER.test(source)) return Number(source);
  if (!FRONTMATTER_PATH.test(source)) throw new Error(`数字摘要中出现了无法识别的表达式：{${source}}`);
  let value: unknown = frontmatter;
  for (const key of source.split('.').slice(1)) value = (value as Record<string, unknown> | null)?.[key];
  return value;
}

function attributesOf(attributes: readonly MdxJsxAttributeUnion[], frontmatter: DigestFrontmatter): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute') throw new Error('数字摘要中出现了展开属性 {...}');
    const { value } = attribute;
    props[attribute.name] = value === null || value === undefined ? true : typeof value === 'string' ? value : expressionValue(value.value, frontmatter);
  }
  return props;
}

type MdxHastNode = RootContent | { type: string; name?: string | null; attributes?: MdxJsxAttributeUnion[]; children?: MdxHastNode[] };

/** Replaces each component element by what its function returns; drops the MDX imports. */
function resolveNodes(nodes: readonly MdxHastNode[], frontmatter: DigestFrontmatter): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'mdxjsEsm') continue;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const jsx = node as { name?: string | null; attributes?: MdxJsxAttributeUnion[]; children?: MdxHastNode[] };
      const render = jsx.name ? DIGEST_COMPONENTS[jsx.name] : undefined;
      if (!render) throw new Error(`数字摘要使用了未知的组件 <${jsx.name ?? ''}>`);
      const children = resolveNodes(jsx.children ?? [], frontmatter);
      const rendered = render({ ...attributesOf(jsx.attributes ?? [], frontmatter), children });
      if (rendered) out.push(rendered);
      continue;
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      throw new Error('数字摘要中出现了 {表达式}：报告文字应当是字面文字');
    }
    const content = node as ElementContent;
    if (content.type === 'element') (content as Element).children = resolveNodes(content.children as MdxHastNode[], frontmatter);
    out.push(content);
  }
  return out;
}

/** The digest body's HTML for its MDX source and the frontmatter that source was written with. */
export function digestHtml(mdx: string, frontmatter: DigestFrontmatter): string {
  const parsed = mdxToHast(mdx, { position: false, features: { smartPunctuation: false } }) as unknown as { children: MdxHastNode[] };
  const children = resolveNodes(parsed.children, frontmatter);
  // The imports' line breaks lead the document; nothing else is trimmed.
  while (children[0]?.type === 'text' && children[0].value.trim() === '') children.shift();
  const tree: Root = { type: 'root', children };
  marketColors(tree);
  return toHtml(tree, { collapseEmptyAttributes: true, characterReferences: { useNamedReferences: true } });
}
