/**
 * The page a person would write by hand instead of a digest: plain Markdown, same size.
 * A digest's MDX is turned into Markdown (components dropped; their titles kept as headings,
 * their text and pipe tables kept as they are) under a title/date frontmatter, then its
 * paragraphs and tables are repeated until the page is as many bytes as the whole MDX file,
 * whose structured frontmatter a hand-written page would carry as text.
 */

/** `key: "value"` or `key: value` from a YAML frontmatter, unquoted; null when absent. */
function frontmatterValue(frontmatter: string, key: string): string | null {
  const match = new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(frontmatter);
  if (!match) return null;
  const raw = match[1]!.trim();
  if (raw === '' || raw === 'null') return null;
  if (!raw.startsWith('"')) return raw;
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw.slice(1, -1); // a YAML escape JSON does not know: near enough for a title
  }
}

/** The frontmatter and the body of an MDX or Markdown file. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return match ? { frontmatter: match[1]!, body: text.slice(match[0].length) } : { frontmatter: '', body: text };
}

/** A component line's `title="…"` as a heading, or nothing: the component is not plain Markdown. */
function componentLine(line: string): string[] {
  const title = /\btitle="([^"]*)"/.exec(line);
  return title ? [`### ${title[1]}`] : [];
}

/**
 * Blocks (paragraphs, headings, tables) of an MDX body in plain Markdown: imports and
 * component tags dropped, text inside components dedented.
 */
export function markdownBlocks(body: string): string[] {
  const lines: string[] = [];
  for (const line of body.split('\n')) {
    const trimmed = line.trim();
    if (/^(import|export)\s/.test(trimmed)) continue;
    if (/^<\/?[A-Za-z]/.test(trimmed)) lines.push('', ...componentLine(trimmed), '');
    else lines.push(trimmed);
  }
  return lines
    .join('\n')
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
}

/** Blocks used when a digest has no text at all (never the case for a published report). */
const FALLBACK_BLOCKS = ['本周行业指数表现平稳，板块景气度稳健向上，持续关注竞争格局与估值修复。'];

/**
 * The start of a block that fits in `budget` bytes: whole lines while they fit (a table keeps its
 * header), else the first line's characters; never less than one character, so a page grows.
 */
export function blockPrefix(block: string, budget: number): string {
  const kept: string[] = [];
  let bytes = 0;
  for (const line of block.split('\n')) {
    const size = Buffer.byteLength(line) + 1;
    if (bytes + size > budget) break;
    kept.push(line);
    bytes += size;
  }
  if (kept.length > 0) return kept.join('\n');
  let text = '';
  for (const char of block) {
    if (text !== '' && Buffer.byteLength(text + char) > budget) break;
    text += char;
  }
  return text;
}

/**
 * A plain-Markdown page of `targetBytes` (UTF-8, frontmatter included; a few bytes over at most),
 * made from a digest's MDX: its title and date, then its blocks repeated in order, the last one cut
 * to fit.
 */
export function plainMarkdownPage(mdx: string, targetBytes = Buffer.byteLength(mdx)): string {
  const { frontmatter, body } = splitFrontmatter(mdx);
  const title = frontmatterValue(frontmatter, 'title') ?? '研报文摘';
  const date = frontmatterValue(frontmatter, 'date') ?? '2026-01-01';
  const blocks = markdownBlocks(body);
  const source = blocks.length > 0 ? blocks : FALLBACK_BLOCKS;
  const parts = [`---\ntitle: ${JSON.stringify(title)}\ndate: ${JSON.stringify(date)}\n---\n\n# ${title}\n`];
  let bytes = Buffer.byteLength(parts[0]!);
  for (let i = 0; bytes < targetBytes; i++) {
    const block = `\n${blockPrefix(source[i % source.length]!, targetBytes - bytes - 2)}\n`;
    parts.push(block);
    bytes += Buffer.byteLength(block);
  }
  return parts.join('');
}
