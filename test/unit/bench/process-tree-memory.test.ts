import { describe, expect, it } from 'vitest';
import { cpuBetween, parseStat, peakBetween } from '../../../scripts/bench/lib/process-tree-memory.ts';

describe('parseStat', () => {
  // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime
  //   priority nice threads itrealvalue starttime vsize rss …
  const tail = '20 0 11 0 5000 900000000 2500 18446744073709551615';

  it('reads the parent pid, CPU ticks and resident pages after the command name', () => {
    expect(parseStat(`4242 (node) S 4200 4242 4200 0 -1 4194560 10 0 0 0 150 20 7 3 ${tail}`)).toEqual({ ppid: 4200, cpuTicks: 180, rssPages: 2500 });
  });

  it('copes with a command name holding spaces and parentheses', () => {
    expect(parseStat(`77 (tokio (worker) 1) R 76 77 1 0 -1 0 0 0 0 0 5 5 0 0 ${tail}`)).toEqual({ ppid: 76, cpuTicks: 10, rssPages: 2500 });
  });

  it('is null for text that is not a stat line', () => {
    expect(parseStat('garbage')).toBeNull();
    expect(parseStat('')).toBeNull();
  });
});

describe('peakBetween', () => {
  const samples = [
    { time: 0, rssBytes: 100, cpuMs: 0 },
    { time: 50, rssBytes: 300, cpuMs: 40 },
    { time: 100, rssBytes: 200, cpuMs: 90 },
    { time: 150, rssBytes: 500, cpuMs: 100 },
  ];

  it('takes the highest reading in the window, with the last one before it', () => {
    expect(peakBetween(samples, 60, 120)).toBe(300);
    expect(peakBetween(samples, 100, 150)).toBe(500);
  });

  it('answers a window shorter than the interval with the reading before it', () => {
    expect(peakBetween(samples, 101, 102)).toBe(200);
  });

  it('is 0 before any reading', () => {
    expect(peakBetween(samples, -10, -5)).toBe(0);
    expect(peakBetween([], 0, 10)).toBe(0);
  });
});

describe('cpuBetween', () => {
  const samples = [
    { time: 0, rssBytes: 1, cpuMs: 0 },
    { time: 50, rssBytes: 1, cpuMs: 40 },
    { time: 100, rssBytes: 1, cpuMs: 90 },
  ];

  it('subtracts the CPU time read at the window’s start from that at its end', () => {
    expect(cpuBetween(samples, 50, 100)).toBe(50);
    expect(cpuBetween(samples, 60, 200)).toBe(50);
    expect(cpuBetween(samples, -5, 10)).toBe(0);
  });
});
