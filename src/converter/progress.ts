/**
 * How a long stage says how far it has got: the converter calls it, the command line shows it
 * (scripts/lib/console-progress.ts: a live line on a terminal, plain lines in CI). Optional
 * everywhere: without one, nothing is reported.
 */
export interface StageProgress {
  /** A stage of `total` units (reports, pages, batches) begins; null when not known in advance. */
  start(stage: string, total: number | null): void;
  /** `count` more units of the current stage are done. */
  tick(count?: number): void;
  /** The current stage is over. */
  end(): void;
}

/** Reports nothing. */
export const NO_PROGRESS: StageProgress = { start() {}, tick() {}, end() {} };
