/**
 * Astro's logger in the Astro stage's child process (Astro 7 Logger API, `logger.entrypoint`):
 * warnings and errors go to the console as Astro's own logger writes them; each page Astro writes
 * (its `├─ /path/index.html` line, an info message) is counted and sent to the parent, which shows
 * the stage's progress. Astro's other info lines — one per page, 15,000 at 10,000 reports — are
 * dropped, as `logLevel: 'warn'` dropped them before.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeLogger from 'astro/logger/node';

/** What the child sends its parent: pages written so far. */
export interface PagesWritten {
  astroPages: number;
}

/** Astro's line for a page it wrote or restored from the incremental cache: `  ├─ /a/index.html`. */
const PAGE_LINE = /[├└]─\s+\S+\.html\b/;
// eslint-disable-next-line no-control-regex -- Astro colours its lines.
const ANSI = /\u001b\[[0-9;]*m/g;

/** True for the info message Astro logs for each page it writes (or restores from its cache). */
export function isPageLine(message: AstroLoggerMessage): boolean {
  return message.level === 'info' && PAGE_LINE.test(message.message.replace(ANSI, ''));
}

/** Counts each page to the parent (one small message per page: cheap beside rendering it). */
export default function astroPageLogger(): AstroLoggerDestination {
  const console = nodeLogger({ level: 'warn' });
  let pages = 0;
  return {
    write(message) {
      if (!isPageLine(message)) return console.write(message);
      pages += 1;
      process.send?.({ astroPages: pages } satisfies PagesWritten);
    },
  };
}
