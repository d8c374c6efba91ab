// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { devSearchIndex } from './src/integrations/dev-search-index.ts';
import { marketColors } from './src/lib/market-colors.ts';

/**
 * Deployment: set SITE_URL to the public origin (https://research.example.com) and BASE_PATH
 * to the sub-path the archive is served under (/digest/), both optional. See README.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Stylesheets always as files: Astro's CSP hashes miss the inline styles of components rendered
  // inside MDX content (the summary card), and the browser then refuses them.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap(), devSearchIndex(process.env.OUT_DIR || 'dist')],
  markdown: {
    // Digests hold no code to highlight, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
    // Sätteri is Astro 7's engine; MDX inherits it. Smart punctuation is off: report text is
    // published exactly as printed (straight quotes stay straight).
    processor: satteri({ hastPlugins: [marketColors], features: { smartPunctuation: false } }),
  },
  server: { host: '127.0.0.1' },
  security: {
    // A Content-Security-Policy <meta> on every page: only the site's own scripts run (Astro
    // hashes its bundles); report text can never add one. Pagefind needs WebAssembly.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Harmless noise from Astro's own MDX output (withastro/astro#18087); every other warning shows.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
