/**
 * The build's progress on the console, one stage at a time: on a terminal a live line (cli-progress)
 * with done/total, rate and time left; elsewhere (CI, a log file) a plain line every 10 % or so,
 * so a log of a 10,000-report build stays a few dozen lines long.
 */
import cliProgress from 'cli-progress';
import type { StageProgress } from '../../src/converter/progress.ts';

/** Plain lines per stage, at most (one each time another tenth is done, and one at the end). */
const PLAIN_STEPS = 10;
/** A stage smaller than this gets only its closing line: it is over before a reader looks. */
const PLAIN_MIN_TOTAL = 50;

function rateAndEta(done: number, total: number, startedAt: number): string {
  const seconds = (performance.now() - startedAt) / 1000;
  const rate = seconds > 0 ? done / seconds : 0;
  const left = rate > 0 ? (total - done) / rate : Number.NaN;
  return `${rate.toFixed(rate < 10 ? 1 : 0)}/s · 剩余 ${Number.isFinite(left) ? `${Math.ceil(left)} s` : '—'}`;
}

/** Progress for `stream`: live on a terminal, plain lines otherwise (or when CI is set). */
export function consoleProgress(stream: NodeJS.WriteStream = process.stderr): StageProgress {
  const live = stream.isTTY && !process.env['CI'];
  let bar: cliProgress.SingleBar | null = null;
  let stage = '';
  let total = 0;
  let done = 0;
  let startedAt = 0;
  let nextLine = 0;
  return {
    start(name, count) {
      stage = name;
      total = count;
      done = 0;
      startedAt = performance.now();
      nextLine = Math.ceil(total / PLAIN_STEPS);
      if (total === 0) return;
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
      if (bar) {
        const seconds = (performance.now() - startedAt) / 1000;
        bar.update(done, { rate: `${(seconds > 0 ? done / seconds : 0).toFixed(1)}/s` });
      } else if (total >= PLAIN_MIN_TOTAL && done >= nextLine && done < total) {
        stream.write(`${stage}：${done}/${total}（${Math.floor((done / total) * 100)}%）· ${rateAndEta(done, total, startedAt)}\n`);
        nextLine = done + Math.ceil(total / PLAIN_STEPS);
      }
    },
    end() {
      const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
      if (bar) {
        bar.stop();
        bar = null;
      } else if (total > 0) stream.write(`${stage}：${done}/${total} 完成，用时 ${seconds} s\n`);
      total = 0;
    },
  };
}
