/**
 * backMatterStart looks for a back-matter heading only in a line holding 析, 团, 组 or 销: every
 * heading the pattern knows must hold one, or the check would hide it. The pattern is literal
 * words, groups and optional groups, so all its headings can be listed and tried.
 */
import { describe, expect, it } from 'vitest';
import { backMatterStart } from '~/converter/parse/metadata/analysts/blocks.ts';
import { BACK_MATTER_HEADING } from '~/converter/parse/metadata/analysts/roles.ts';

/** Every string a pattern of literals, `(?:a|b)` and `(?:a)?` matches. */
function expansions(source: string): string[] {
  const alternatives: string[][] = [[]];
  let current = [''];
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]!;
    if (char === '|') {
      alternatives.push(current);
      current = [''];
    } else if (char === '(') {
      let depth = 1;
      let j = i + 3; // after `(?:`
      while (depth > 0) depth += source[j] === '(' ? 1 : source[j] === ')' ? -1 : 0, (j += 1);
      const inner = expansions(source.slice(i + 3, j - 1));
      const optional = source[j] === '?';
      const options = optional ? ['', ...inner] : inner;
      current = current.flatMap((head) => options.map((tail) => head + tail));
      i = optional ? j : j - 1;
    } else current = current.map((head) => head + char);
  }
  alternatives.push(current);
  return alternatives.flat();
}

describe('backMatterStart', () => {
  const headings = expansions(BACK_MATTER_HEADING.source);

  it('lists the headings of the pattern', () => {
    expect(headings).toContain('证券分析师声明');
    expect(headings).toContain('研究所机构销售');
    expect(headings.every((heading) => BACK_MATTER_HEADING.test(heading))).toBe(true);
  });

  it('finds every heading, after text and not after a pointer to it', () => {
    for (const heading of headings) {
      expect(backMatterStart(`本报告正文结束。${heading}`), heading).toBe(8);
      expect(backMatterStart(`请务必阅读${heading}`), heading).toBe(-1);
    }
  });
});
