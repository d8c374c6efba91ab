/** Bullets from symbol fonts that pdftotext prints as letters (cut from real company notes). */
import { describe, expect, it } from 'vitest';
import { restoreBullet } from '~/converter/parse/layout/bullets.ts';

describe('restoreBullet', () => {
  it('gives the letter of a Wingdings bullet back as a bullet', () => {
    expect(restoreBullet('l   投资要点')).toBe('•   投资要点');
    expect(restoreBullet('n 盈利预测和财务指标')).toBe('• 盈利预测和财务指标');
    expect(restoreBullet('  u   端侧AI趋势明显，PCB环节有望迎量价齐升。')).toBe('  •   端侧AI趋势明显，PCB环节有望迎量价齐升。');
  });

  it('leaves letters that are words alone', () => {
    expect(restoreBullet('A 股流通股（百万股）： 2857.29')).toBe('A 股流通股（百万股）： 2857.29');
    expect(restoreBullet('p 表示价位，w 表示订单规模')).toBe('p 表示价位，w 表示订单规模');
    expect(restoreBullet('lvwei_yj@mszq.com')).toBe('lvwei_yj@mszq.com');
  });
});
