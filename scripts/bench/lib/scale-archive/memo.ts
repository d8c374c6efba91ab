/**
 * Per-line memo: most lines of a generated report are a template's lines, met again in every
 * report made from it, so what is read from a line (its dates, whether it is a table row) is
 * worked out once. The memo forgets everything when it grows past `limit` lines.
 */
export function memoByLine<T>(compute: (line: string) => T, limit = 200_000): (line: string) => T {
  const memo = new Map<string, T>();
  return (line) => {
    const known = memo.get(line);
    if (known !== undefined) return known;
    if (memo.size >= limit) memo.clear();
    const value = compute(line);
    memo.set(line, value);
    return value;
  };
}
