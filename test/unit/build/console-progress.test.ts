import { describe, expect, it } from 'vitest';
import { isPageLine } from '../../../scripts/lib/astro-page-logger.ts';
import { consoleProgress } from '../../../scripts/lib/console-progress.ts';

/** A log stream (not a terminal) and a clock the test moves. */
function plainLog() {
  const lines: string[] = [];
  const stream = { isTTY: false, write: (text: string) => lines.push(...text.split('\n').filter(Boolean)) } as unknown as NodeJS.WriteStream;
  let ms = 0;
  return { lines, stream, now: () => ms, advance: (by: number) => (ms += by) };
}

describe('consoleProgress in a log', () => {
  it('prints a line every tenth with the rate and time left', () => {
    const log = plainLog();
    const progress = consoleProgress(log.stream, log.now);
    progress.start('转换', 1000);
    for (let i = 0; i < 1000; i++) {
      log.advance(10); // 100 reports a second
      progress.tick();
    }
    progress.end();
    expect(log.lines[0]).toBe('转换：0/1000');
    expect(log.lines[1]).toBe('转换：100/1000（10%）· 100/s · 剩余 9 s');
    expect(log.lines[9]).toBe('转换：900/1000（90%）· 100/s · 剩余 1 s');
    expect(log.lines.at(-1)).toBe('转换：1000/1000 完成，用时 10.0 s');
    expect(log.lines).toHaveLength(11);
  });

  it('prints no rate for units done in one burst, only the closing line', () => {
    const log = plainLog();
    const progress = consoleProgress(log.stream, log.now);
    progress.start('渲染摘要', 1000);
    for (let i = 0; i < 1000; i++) progress.tick();
    log.advance(20);
    progress.end();
    expect(log.lines).toEqual(['渲染摘要：0/1000', '渲染摘要：1000/1000 完成，用时 0.0 s']);
  });

  it('prints pages done and rate every 10 s when the total is not known', () => {
    const log = plainLog();
    const progress = consoleProgress(log.stream, log.now);
    progress.start('生成页面', null);
    for (let i = 0; i < 250; i++) {
      log.advance(100); // 10 pages a second, 25 s
      progress.tick();
    }
    progress.end();
    expect(log.lines).toEqual(['生成页面：100 · 10/s', '生成页面：200 · 10/s', '生成页面：250 完成，用时 25.0 s']);
  });

  it('grows a total taken from the last build rather than pass 100 %', () => {
    const log = plainLog();
    const progress = consoleProgress(log.stream, log.now);
    progress.start('生成页面', 60);
    for (let i = 0; i < 80; i++) {
      log.advance(100);
      progress.tick();
    }
    progress.end();
    expect(log.lines.at(-1)).toBe('生成页面：80/80 完成，用时 8.0 s');
    expect(log.lines.every((line) => !/1[0-9]{2}%/.test(line))).toBe(true);
  });
});

describe('isPageLine: the Astro log line of a page written', () => {
  const info = (message: string) => ({ label: null, level: 'info' as const, message, newLine: false });
  it('counts pages rendered and pages restored from the incremental cache, coloured or not', () => {
    expect(isPageLine(info('  \u001b[34m├─\u001b[39m \u001b[2m/digests/2026-07-03-gjzq-internet-weekly-17fcfd/index.html\u001b[22m'))).toBe(true);
    expect(isPageLine(info('  ├─ /404.html'))).toBe(true);
    expect(isPageLine(info('  └─ /index.html'))).toBe(true);
  });
  it('does not count route headers, timings, warnings or other lines', () => {
    expect(isPageLine(info('▶ src/pages/digests/[slug].astro'))).toBe(false);
    expect(isPageLine(info(' (+12ms)'))).toBe(false);
    expect(isPageLine(info('✓ Completed in 4.21s.'))).toBe(false);
    expect(isPageLine({ label: 'build', level: 'warn', message: '  ├─ /a/index.html', newLine: true })).toBe(false);
  });
});
