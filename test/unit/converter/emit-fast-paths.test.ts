/**
 * The emit stage's fast paths must write exactly what the libraries they shortcut write:
 * frontmatterYaml against yaml's stringify, and the serializer extensions (unsafe-pattern filter,
 * single-text phrasing) against plain remark-stringify. If a library upgrade changes its output,
 * these fail rather than the digests silently drifting from it.
 */
import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { frontmatterYaml } from '~/converter/emit/frontmatter-yaml.ts';
import { remarkMdxLiteralText } from '~/converter/emit/mdx-literal.ts';
import { remarkSingleTextPhrasing } from '~/converter/emit/single-text-phrasing.ts';
import { remarkFastTextEscape } from '~/converter/emit/unsafe-filter.ts';

const YAML_OPTIONS = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' } as const;

/** Strings heavy in what YAML and Markdown treat specially. */
const tricky = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'ab中 \t\n\r!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~09ieIE\u0000\u0085\u00a0\u2028\u3000\ud800'),
      fc.constantFrom('import ', 'export ', '1. ', '- ', '# ', '***', '___', '\\*', '<a>', '{x}', 'www.a.com', '~~', '| - |', ' \n', '---'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('frontmatterYaml', () => {
  const key = fc.oneof(fc.constantFrom('id', 'title', 'null', 'true', 'a b', '', '1a', 'x_1'), fc.string({ maxLength: 3 }));
  const leaf = fc.oneof(tricky, fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, leaf, tie('list'), tie('map')),
    list: fc.array(tie('value'), { maxLength: 4 }),
    map: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  }));

  it('writes what yaml writes, for any JSON-like data', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 6 }), (data) => {
        expect(frontmatterYaml(data)).toBe(YAML.stringify(data, YAML_OPTIONS).trimEnd());
      }),
      { numRuns: 3000 },
    );
  });
});

describe('serializer fast paths', () => {
  const serializer = (fast: boolean) => {
    const base = unified().use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkMdxLiteralText);
    const withFast = fast ? base.use(remarkFastTextEscape).use(remarkSingleTextPhrasing) : base;
    return withFast.use(remarkStringify, { bullet: '-', emphasis: '_', fences: true });
  };
  const [library, fast] = [serializer(false), serializer(true)];

  const text = tricky.map((value) => ({ type: 'text' as const, value }));
  const inline = fc.oneof(
    { weight: 4, arbitrary: text },
    fc.array(text, { minLength: 1, maxLength: 2 }).map((children) => ({ type: 'emphasis' as const, children })),
    tricky.map((value) => ({ type: 'inlineCode' as const, value })),
  );
  const paragraph = fc.array(inline, { minLength: 1, maxLength: 3 }).map((children) => ({ type: 'paragraph' as const, children }));
  const cell = fc.array(text, { maxLength: 2 }).map((children) => ({ type: 'tableCell' as const, children }));
  const row = fc.array(cell, { minLength: 2, maxLength: 2 }).map((children) => ({ type: 'tableRow' as const, children }));
  const table = fc.array(row, { minLength: 1, maxLength: 3 }).map((children) => ({ type: 'table' as const, align: [], children }));
  const element = fc
    .tuple(tricky, fc.array(fc.oneof(paragraph, table), { maxLength: 2 }))
    .map(([title, children]) => ({ type: 'mdxJsxFlowElement' as const, name: 'C', attributes: [{ type: 'mdxJsxAttribute' as const, name: 't', value: title }], children }));
  const tree = fc.array(fc.oneof(paragraph, table, element), { minLength: 1, maxLength: 4 }).map((children) => ({ type: 'root', children }) as Root);

  it('write what remark-stringify writes without them', () => {
    fc.assert(
      fc.property(tree, (root) => {
        expect(fast.stringify(root)).toBe(library.stringify(root));
      }),
      { numRuns: 1500 },
    );
  });
});
