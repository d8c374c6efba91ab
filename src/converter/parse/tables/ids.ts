/** Stable ASCII anchors for tables and charts, unique within a report. */

/** `tab-9` / `fig-3` from a caption number, else `table-2` / `chart-2` from the position (1-based). */
export function baseId(prefix: 'tab' | 'fig', number: string | null, position: number): string {
  if (number !== null) return `${prefix}-${number.replace(/[^0-9a-z]+/gi, '-').toLowerCase()}`;
  return `${prefix === 'tab' ? 'table' : 'chart'}-${position}`;
}

/** Gives out ids in call order; a repeated id gets `-2`, `-3` … */
export function idAllocator(): (id: string) => string {
  const used = new Set<string>();
  return (id) => {
    let unique = id;
    for (let n = 2; used.has(unique); n++) unique = `${id}-${n}`;
    used.add(unique);
    return unique;
  };
}
