/**
 * The comparison a user would make: a plain Astro 7 site of N hand-written Markdown pages, each
 * as large as one of our digests (plain-markdown.ts). Astro's defaults throughout: its built-in
 * Markdown (no MDX), no integrations, one layout, a `glob` content collection, one route for the
 * pages and an index listing them. Built with `astro build` in a child process, then indexed by
 * Pagefind's CLI (the pages say `lang="zh-CN"`, as ours do), memory sampled.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { plainMarkdownPage } from './plain-markdown.ts';
import { runSampled, type SampledRun } from './process-tree-memory.ts';
import { linkNodeModules, REPO_ROOT } from './workspace.ts';

const PAGES_DIR = join('src', 'content', 'pages');

/** The project's files other than its pages: path → text. */
export const BASELINE_PROJECT: Readonly<Record<string, string>> = {
  'package.json': `${JSON.stringify({ name: 'plain-markdown-baseline', private: true, type: 'module' }, null, 2)}\n`,
  'astro.config.mjs': `import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const pages = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './src/content/pages' }),
  schema: z.object({ title: z.string(), date: z.string() }),
});

export const collections = { pages };
`,
  'src/layouts/Page.astro': `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
    <style is:global>
      body { font-family: system-ui, sans-serif; line-height: 1.7; max-width: 48rem; margin: 0 auto; padding: 1rem; }
      table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 0.2rem 0.5rem; }
    </style>
  </head>
  <body>
    <main><slot /></main>
  </body>
</html>
`,
  'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import Page from '../layouts/Page.astro';

export async function getStaticPaths() {
  const pages = await getCollection('pages');
  return pages.map((page) => ({ params: { slug: page.id }, props: { page } }));
}

const { page } = Astro.props;
const { Content } = await render(page);
---
<Page title={page.data.title}>
  <p>{page.data.date}</p>
  <Content />
</Page>
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
import Page from '../layouts/Page.astro';

const pages = (await getCollection('pages')).sort((a, b) => b.data.date.localeCompare(a.data.date));
---
<Page title="文摘">
  <ul>
    {pages.map((page) => <li><a href={\`/\${page.id}/\`}>{page.data.title}</a> {page.data.date}</li>)}
  </ul>
</Page>
`,
};

/**
 * Writes the baseline project into `dir` with one Markdown page per digest MDX in `digestsDir`,
 * each the digest's size. Returns the number of pages and their total bytes.
 */
export async function writeBaselineSite(dir: string, digestsDir: string): Promise<{ pages: number; bytes: number }> {
  await linkNodeModules(join(REPO_ROOT, 'node_modules'), dir);
  for (const [path, text] of Object.entries(BASELINE_PROJECT)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  await mkdir(join(dir, PAGES_DIR), { recursive: true });
  const names = (await readdir(digestsDir)).filter((name) => name.endsWith('.mdx')).sort();
  let bytes = 0;
  for (const name of names) {
    const page = plainMarkdownPage(await readFile(join(digestsDir, name), 'utf8'));
    bytes += Buffer.byteLength(page);
    await writeFile(join(dir, PAGES_DIR, name.replace(/\.mdx$/, '.md')), page);
  }
  return { pages: names.length, bytes };
}

/** The baseline's two steps, each with its process tree's memory sampled. */
export interface BaselineRun {
  astro: SampledRun;
  /** Null when Astro failed. */
  pagefind: SampledRun | null;
}

/**
 * `astro build` of the project in `dir`, then Pagefind's own CLI over the built site with its
 * defaults (every page, one run), as a user of the two tools would index it.
 */
export async function buildBaselineSite(dir: string, nodeArgs: readonly string[] = []): Promise<BaselineRun> {
  const astroBin = join(REPO_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const astro = await runSampled(process.execPath, [...nodeArgs, astroBin, 'build', '--silent'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (astro.exitCode !== 0) return { astro, pagefind: null };
  const pagefindBin = join(REPO_ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
  const pagefind = await runSampled(process.execPath, [pagefindBin, '--site', 'dist', '--silent'], { cwd: dir });
  return { astro, pagefind };
}
