/** Named, timed stages: every build says where its time went. */

export interface StageTiming {
  stage: string;
  ms: number;
}

export class StageTimer {
  readonly timings: StageTiming[] = [];

  /** Runs `work` as the named stage and records its wall time. Times add up when a stage repeats. */
  async time<T>(stage: string, work: () => Promise<T> | T): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      const ms = performance.now() - start;
      const existing = this.timings.find((t) => t.stage === stage);
      if (existing) existing.ms += ms;
      else this.timings.push({ stage, ms });
    }
  }

  /** One line per stage, for the console. */
  summary(): string {
    return this.timings.map((t) => `${t.stage} ${t.ms.toFixed(0)} ms`).join(' · ');
  }
}
