/**
 * A title for a report without a title page: the first heading-like body line.
 *
 * Heading-like: shorter than the text's hard-wrap width, no sentence end, balanced brackets,
 * not a table row, caption, boilerplate heading or related-report entry, and not the tail of
 * a hard-wrapped paragraph (the line before it is not a full-width line left open).
 */
import { displayWidth } from './lines.ts';

const BOILERPLATE_HEADING =
  /^(核心观点|周观点|本周观点|主要观点|投资要点|报告摘要|摘要|投资建议|风险提示|内容目录|目录|正文目录|图表目录|相关研究报告|相关研究|相关报告)|盈利预测|投资评级|免责声明|特别声明|重要声明/;
const SENTENCE_END = /[。；！？!?]/;
const OPEN_END = /[，、：:,;（(“《-]$/;
const RELATED_ENTRY = /^(《|[-•·●]\s*《)|》/;
/** A heading is at most this wide even in a report without hard wraps. */
const MAX_HEADING_WIDTH = 40;
const MIN_HEADING_WIDTH = 4;

/** The 90th-percentile line width: the width a hard-wrapping extractor fills lines to. */
function wrapWidth(lines: readonly string[]): number {
  const widths = lines.filter((line) => line !== '').map(displayWidth).sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.9)] ?? MAX_HEADING_WIDTH;
}

function bracketsBalanced(line: string): boolean {
  const opens = line.match(/[（(【[]/g)?.length ?? 0;
  const closes = line.match(/[）)】\]]/g)?.length ?? 0;
  return opens === closes;
}

/** The first heading-like line, with a warning; never an empty title. */
export function fallbackTitle(
  lines: readonly string[],
  isMetadataLine: (line: string) => boolean,
): { title: string; warning: string } {
  const limit = Math.min(MAX_HEADING_WIDTH, wrapWidth(lines) * 0.8);
  let previousOpen = false;
  for (const line of lines) {
    if (line === '') continue;
    const width = displayWidth(line);
    const heading =
      !previousOpen &&
      width >= MIN_HEADING_WIDTH &&
      width < limit &&
      !SENTENCE_END.test(line) &&
      !OPEN_END.test(line) &&
      bracketsBalanced(line) &&
      !BOILERPLATE_HEADING.test(line) &&
      !RELATED_ENTRY.test(line) &&
      !isMetadataLine(line);
    if (heading) return { title: line, warning: `缺少标题页，标题（title）取自正文首个小标题：${line}` };
    previousOpen = width >= limit && !SENTENCE_END.test(line.slice(-1));
  }
  const first = lines.find((line) => line !== '');
  if (first) return { title: first.slice(0, MAX_HEADING_WIDTH), warning: '缺少标题页，标题（title）取自正文首行' };
  return { title: '（无标题）', warning: '未找到标题（title）' };
}
