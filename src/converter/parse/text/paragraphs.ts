/**
 * Lines → clean paragraphs.
 * PLACEHOLDER owned by the text-cleaning work: a blank line ends a paragraph, other lines are joined.
 */

/** Joins a run of body lines into clean paragraphs (hard wraps re-joined, Markdown markers dropped). */
export function joinParagraphs(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = current.join('').trim();
    if (text) paragraphs.push(text);
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else current.push(line.trim());
  }
  flush();
  return paragraphs;
}
