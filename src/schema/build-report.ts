/**
 * `build-report.json`: every input file and what became of it. Nothing is lost silently.
 */
import { z } from 'astro/zod';

export const InputStatus = z.enum([
  /** converted with nothing to report */
  'published',
  /** converted, but something was missing or guessed: see `messages` */
  'published-with-warnings',
  /** not published: `messages` says why */
  'rejected',
  /** not a report and nothing to act on (hidden files such as .DS_Store): listed, never failing --strict */
  'skipped',
]);

export const BuildReportEntry = z.object({
  /** Input file name, relative to the input folder. */
  source: z.string(),
  /** What became of it. */
  status: InputStatus,
  /** The digest's slug; null when rejected. */
  slug: z.string().nullable(),
  /** Warnings, or the reason for rejection. */
  messages: z.array(z.string()),
});

export const BuildReport = z.object({
  /** The input folder as given. */
  inputDir: z.string(),
  /** Counts per status. */
  counts: z.object({ published: z.number(), 'published-with-warnings': z.number(), rejected: z.number(), skipped: z.number() }),
  /** One entry per input file, sorted by source. */
  entries: z.array(BuildReportEntry),
});

export type InputStatus = z.infer<typeof InputStatus>;
export type BuildReportEntry = z.infer<typeof BuildReportEntry>;
export type BuildReport = z.infer<typeof BuildReport>;
