/**
 * A remark-stringify extension that keeps report text literal in MDX.
 *
 * remark-mdx already escapes `{`, `}` and `<` in text, but a paragraph line that starts with
 * `import` or `export` would be read back as an ES module statement and run at build time.
 * These patterns make the serializer write that first letter as a character reference
 * (`&#x69;mport`), which MDX decodes back to the same text.
 */
import type { Processor } from 'unified';
import type { Options as ToMarkdownExtension } from 'mdast-util-to-markdown';

const esmKeywordGuards: NonNullable<ToMarkdownExtension['unsafe']> = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
  { character: 'I', atBreak: true, after: 'MPORT\\b' },
  { character: 'E', atBreak: true, after: 'XPORT\\b' },
];

/** unified plugin: register the ESM keyword guards with remark-stringify. */
export function remarkMdxLiteralText(this: Processor): void {
  const data = this.data() as { toMarkdownExtensions?: ToMarkdownExtension[] };
  (data.toMarkdownExtensions ??= []).push({ unsafe: esmKeywordGuards });
}
