/**
 * The build's progress on the console, one stage at a time: on a terminal a live line (cli-progress)
 * with done/total, rate and time left; elsewhere (CI, a log file) a plain line every 10 % or so,
 * so a log of a 10,000-report build stays a few dozen lines long. A stage whose total is not known
 * in advance (the pages of a first Astro build) gets a plain line of pages done and rate every
 * UNKNOWN_TOTAL_EVERY_MS, on a terminal too.
 */
import cliProgress from 'cli-progress';
import type { StageProgress } from '../../src/converter/progress.ts';

/** Plain lines per stage, at most (one each time another tenth is done, and one at the end). */
const PLAIN_STEPS = 10;
/** A stage smaller than this gets only its closing line: it is over before a reader looks. */
const PLAIN_MIN_TOTAL = 50;
/**
 * Nor a plain line before this much of the stage has passed (ms): units done in one burst (digests
 * a worker already rendered, batches taken from the cache) would print rates of millions a second.
 */
const PLAIN_MIN_MS = 1000;
/** How often a stage of unknown total says how far it has got (ms). */
const UNKNOWN_TOTAL_EVERY_MS = 10_000;

const rateOf = (done: number, seconds: number) => (seconds > 0 ? done / seconds : 0);
const rateText = (rate: number) => `${rate.toFixed(rate < 10 ? 1 : 0)}/s`;

function rateAndEta(done: number, total: number, seconds: number): string {
  const rate = rateOf(done, seconds);
  const left = rate > 0 ? (total - done) / rate : Number.NaN;
  return `${rateText(rate)} · 剩余 ${Number.isFinite(left) ? `${Math.ceil(left)} s` : '—'}`;
}

/** Progress for `stream`: live on a terminal, plain lines otherwise (or when CI is set); `now` in ms. */
export function consoleProgress(stream: NodeJS.WriteStream = process.stderr, now: () => number = () => performance.now()): StageProgress {
  const live = stream.isTTY && !process.env['CI'];
  let bar: cliProgress.SingleBar | null = null;
  let stage = '';
  let total: number | null = 0;
  let done = 0;
  let startedAt = 0;
  let nextLine = 0;
  let nextLineAt = 0;

  /** A plain line for a stage of known total: every tenth, once a second has passed. */
  function plainKnown(known: number, elapsedMs: number): void {
    if (known < PLAIN_MIN_TOTAL || done < nextLine || done >= known || elapsedMs < PLAIN_MIN_MS) return;
    stream.write(`${stage}：${done}/${known}（${Math.floor((done / known) * 100)}%）· ${rateAndEta(done, known, elapsedMs / 1000)}\n`);
    nextLine = done + Math.ceil(known / PLAIN_STEPS);
  }

  /** A plain line for a stage of unknown total: every UNKNOWN_TOTAL_EVERY_MS. */
  function plainUnknown(elapsedMs: number): void {
    if (elapsedMs < nextLineAt) return;
    stream.write(`${stage}：${done} · ${rateText(rateOf(done, elapsedMs / 1000))}\n`);
    nextLineAt = elapsedMs + UNKNOWN_TOTAL_EVERY_MS;
  }

  return {
    start(name, count) {
      stage = name;
      total = count;
      done = 0;
      startedAt = now();
      nextLine = Math.ceil((total ?? 0) / PLAIN_STEPS);
      nextLineAt = UNKNOWN_TOTAL_EVERY_MS;
      if (total === 0 || total === null) return;
      if (live) {
        bar = new cliProgress.SingleBar(
          { stream, format: `${name} [{bar}] {value}/{total} · {rate} · 剩余 {eta_formatted}`, hideCursor: true, clearOnComplete: false, etaBuffer: 50 },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0, { rate: '—' });
      } else if (total >= PLAIN_MIN_TOTAL) stream.write(`${name}：0/${total}\n`);
    },
    tick(count = 1) {
      done += count;
      const elapsedMs = now() - startedAt;
      if (total === null) return plainUnknown(elapsedMs);
      // A total taken from the last build may be exceeded: grow it rather than pass 100 %.
      if (done > total) {
        total = done;
        bar?.setTotal(total);
      }
      if (bar) bar.update(done, { rate: rateText(rateOf(done, elapsedMs / 1000)) });
      else plainKnown(total, elapsedMs);
    },
    end() {
      const seconds = ((now() - startedAt) / 1000).toFixed(1);
      if (bar) {
        bar.stop();
        bar = null;
      } else if (total === null) stream.write(`${stage}：${done} 完成，用时 ${seconds} s\n`);
      else if (total > 0) stream.write(`${stage}：${done}/${total} 完成，用时 ${seconds} s\n`);
      total = 0;
    },
  };
}
