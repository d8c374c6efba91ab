// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { devSearchIndex } from './src/integrations/dev-search-index.ts';

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
  // Stylesheets always as files: Astro's CSP hashes inline styles only of the page's own components,
  // and a file keeps every stylesheet out of the policy's way (the digest body's styles are global).
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [sitemap(), devSearchIndex(process.env.OUT_DIR || 'dist')],
  // No Markdown is rendered by Astro (digests arrive as HTML); Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
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
  experimental: {
    // A rebuild renders only the pages whose code or cache key changed (src/lib/page-key.ts) and
    // copies the rest from the last build (kept in Astro's cacheDir). Never with build.concurrency > 1.
    incrementalBuild: true,
  },
});
