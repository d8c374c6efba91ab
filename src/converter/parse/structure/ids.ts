/**
 * Section anchors: `s1` for 一、, `s1-1` for 1.1、, `s3-1` for 3.1; `s-2` from the position (1-based)
 * for unnumbered headings. A repeated anchor gets a letter suffix (`s1-b`, `s1-c` …), which cannot
 * collide with a numbered anchor because numbers never contain letters.
 */

/** What an id is derived from: the heading's numbers, if it has any. */
export interface IdSource {
  numbers: readonly number[] | null;
}

/** The anchor a heading would get on its own: from its numbers, else from its 1-based position. */
export function baseId(source: IdSource, position: number): string {
  return source.numbers && source.numbers.length > 0 ? `s${source.numbers.join('-')}` : `s-${position}`;
}

/** Letter suffix for the n-th occurrence (2 → b, 3 → c …, past z → z27 …). */
function suffix(occurrence: number): string {
  return occurrence <= 26 ? String.fromCharCode(96 + occurrence) : `z${occurrence}`;
}

/** Stable, unique anchors for headings in reading order; the first occurrence keeps the plain anchor. */
export function assignIds(sources: readonly IdSource[]): string[] {
  const bases = sources.map((source, index) => baseId(source, index + 1));
  const used = new Set<string>();
  return bases.map((base) => {
    let id = base;
    for (let occurrence = 2; used.has(id); occurrence += 1) id = `${base}-${suffix(occurrence)}`;
    used.add(id);
    return id;
  });
}
