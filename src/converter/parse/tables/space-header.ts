/**
 * Rebuilds a header that a PDF extractor wrapped over several lines of a space-separated table:
 *   公司 公司 投资 昨收盘 总市值 EPS PE      ← top line: one word per top-level column
 *   代码 名称 评级                            ← continuations, filled left to right
 *   （港元/  美元）                           ← an open bracket keeps the same column
 *   2024E 2025E 2024E 2025E                  ← leaves: split the last top-level columns into groups
 */

/** Joins two fragments of one heading: no space between CJK or full-width characters. */
function joinFragment(left: string, right: string): string {
  if (left === '') return right;
  const tight = /[\u3000-\u9fff\uff00-\uffef/]$/.test(left) && /^[\u3000-\u9fff\uff00-\uffef]/.test(right);
  return tight ? `${left}${right}` : `${left} ${right}`;
}

function hasOpenBracket(text: string): boolean {
  return (text.match(/[（(]/g)?.length ?? 0) > (text.match(/[）)]/g)?.length ?? 0);
}

/** Appends continuation lines to the top-level columns, left to right, a column staying open while a bracket is. */
function appendContinuations(top: string[], continuations: readonly (readonly string[])[]): string[] {
  const columns = [...top];
  let cursor = 0;
  for (const tokens of continuations) {
    for (const token of tokens) {
      if (cursor >= columns.length) return columns;
      columns[cursor] = joinFragment(columns[cursor] ?? '', token);
      if (!hasOpenBracket(columns[cursor] ?? '')) cursor++;
    }
  }
  return columns;
}

/** How many trailing top-level columns the leaves split into equal groups, or 0 when they do not fit. */
function groupCount(topCount: number, leafCount: number, width: number): number {
  const groups = topCount - (width - leafCount);
  return groups >= 1 && groups <= topCount && leafCount > groups && leafCount % groups === 0 ? groups : 0;
}

/** Column headings from the header lines' tokens (top line first); null when they cannot make `width` columns. */
export function rebuildHeader(headerLines: readonly (readonly string[])[], width: number): string[] | null {
  const [top, ...rest] = headerLines;
  if (top === undefined) return null;
  const leaves = rest.at(-1);
  const groups = leaves && top.length < width ? groupCount(top.length, leaves.length, width) : 0;
  const continuations = groups > 0 ? rest.slice(0, -1) : rest;
  const columns = appendContinuations([...top], continuations);
  if (groups === 0) return columns.length === width ? columns : null;
  const singles = columns.slice(0, columns.length - groups);
  const perGroup = (leaves?.length ?? 0) / groups;
  const grouped = columns
    .slice(columns.length - groups)
    .flatMap((group, g) => (leaves ?? []).slice(g * perGroup, (g + 1) * perGroup).map((leaf) => `${group} ${leaf}`));
  return [...singles, ...grouped];
}
