/**
 * The matches of a global regular expression, found by trying it only near the occurrences of a
 * string every match holds. A pattern that opens with a free run (`[^。]{0,8}声明请…`) has no
 * literal prefix the regex engine can skip ahead to, so a plain `matchAll` tries each of a long
 * text's offsets; the anchor (a character of the pattern, rare in prose) narrows that down to a
 * few offsets before each occurrence. The result is `[...text.matchAll(pattern)]`'s, match for
 * match: offsets are tried in the same order, and no other offset can start a match.
 */

/** Whether `at` falls between the two halves of a surrogate pair (a `u` pattern never starts there). */
function insidePair(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  const before = text.charCodeAt(at - 1);
  return code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
}

/**
 * `[...text.matchAll(pattern)]`, for a `pattern` whose every match is non-empty and holds `anchor`
 * starting at most `lead` code units after the match's start.
 */
export function anchoredMatches(text: string, pattern: RegExp, anchor: string, lead: number): RegExpExecArray[] {
  const sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
  const matches: RegExpExecArray[] = [];
  // `next`: where the global search would resume; `tried`: offsets below it were already tried.
  let next = 0;
  let tried = 0;
  for (let found = text.indexOf(anchor); found >= 0; found = text.indexOf(anchor, found + 1)) {
    for (let at = Math.max(next, tried, found - lead); at <= found; at += 1) {
      if (insidePair(text, at)) continue;
      sticky.lastIndex = at;
      const match = sticky.exec(text);
      if (!match) continue;
      matches.push(match);
      next = at + match[0].length;
      at = next - 1;
    }
    tried = Math.max(tried, found + 1);
  }
  return matches;
}
