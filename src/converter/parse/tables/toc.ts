/** Grids printed under a table-of-contents or figure-list label, which the structure parser handles. */
import { isSkippable } from './lines.ts';

const TOC_LABEL = /^(?:内容|正文|图表|插图|表格|图|表)?目录$/;

/** Whether the nearest non-blank line above `start` is a TOC or figure-list label (目录, 图表目录 …). */
export function isUnderTocLabel(lines: readonly string[], start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (isSkippable(line)) continue;
    return TOC_LABEL.test(line.replace(/[\s*#]/g, ''));
  }
  return false;
}
