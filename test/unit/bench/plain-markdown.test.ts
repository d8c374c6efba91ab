import { describe, expect, it } from 'vitest';
import { blockPrefix, markdownBlocks, plainMarkdownPage, splitFrontmatter } from '../../../scripts/bench/lib/plain-markdown.ts';

const MDX = `---
slug: "x"
title: "Meta 拟出租闲置算力"
date: "2026-07-03"
keyPoints:
  - "电商：板块仍呈现疲弱态势。"
---

import SectionHeading from '~/components/digest/SectionHeading.astro';

<SectionHeading id="s1" level={1} title="行业情况跟踪" />

本期恒生互联网科技业指数累计涨跌幅+8.50%。

<DataTable id="tab-1" caption="个股">
  | 代码 | 名称 |
  | :-- | :-- |
  | 0700.HK | 腾讯控股 |
</DataTable>

<EventItem id="e-1" level={4} title="外卖平台达成共识">
  北京市市场监督管理局建立协商对话机制。
</EventItem>
`;

describe('markdownBlocks', () => {
  it('keeps text and tables, turns component titles into headings, drops imports and tags', () => {
    const { body } = splitFrontmatter(MDX);
    expect(markdownBlocks(body)).toEqual([
      '### 行业情况跟踪',
      '本期恒生互联网科技业指数累计涨跌幅+8.50%。',
      '| 代码 | 名称 |\n| :-- | :-- |\n| 0700.HK | 腾讯控股 |',
      '### 外卖平台达成共识',
      '北京市市场监督管理局建立协商对话机制。',
    ]);
  });
});

describe('blockPrefix', () => {
  it('keeps whole lines while they fit', () => {
    expect(blockPrefix('| a |\n| - |\n| 1 |', 12)).toBe('| a |\n| - |');
  });

  it('cuts a single long line by characters, never inside one', () => {
    expect(blockPrefix('一二三四', 7)).toBe('一二');
    expect(blockPrefix('一二三四', 1)).toBe('一');
  });
});

describe('plainMarkdownPage', () => {
  it('is plain Markdown with the digest’s title and date, as large as the MDX', () => {
    const page = plainMarkdownPage(MDX);
    expect(page.startsWith('---\ntitle: "Meta 拟出租闲置算力"\ndate: "2026-07-03"\n---\n\n# Meta 拟出租闲置算力\n')).toBe(true);
    expect(page).not.toMatch(/import |<[A-Z]/);
    const bytes = Buffer.byteLength(page);
    expect(bytes).toBeGreaterThanOrEqual(Buffer.byteLength(MDX));
    expect(bytes).toBeLessThanOrEqual(Buffer.byteLength(MDX) + 4);
  });

  it('repeats the digest’s blocks to reach a larger size', () => {
    const page = plainMarkdownPage(MDX, 5000);
    expect(page.match(/腾讯控股/g)!.length).toBeGreaterThan(3);
    expect(Buffer.byteLength(page)).toBeGreaterThanOrEqual(5000);
    expect(Buffer.byteLength(page)).toBeLessThanOrEqual(5004);
  });

  it('still writes a page for MDX without frontmatter or text', () => {
    const page = plainMarkdownPage('<SummaryCard />', 400);
    expect(page).toContain('title: "研报文摘"');
    expect(Buffer.byteLength(page)).toBeGreaterThanOrEqual(400);
  });
});
