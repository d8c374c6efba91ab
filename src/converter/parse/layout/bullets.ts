/**
 * Bullet glyphs from symbol fonts (Wingdings) that pdftotext prints as the letter of their code:
 * `l` for ●, `n` for ■, `u` for ◆, `q` for ❑, `Ø` for ➢, `ü` for √, `§` for ▪. At the start of a line,
 * before a gap or Chinese text, such a letter is a bullet; it is given back as one.
 */

/** A lost bullet: one of those letters alone at the start of a line, before a gap or before CJK. */
const LOST_BULLET = /^(\s*)[lnuqvwØü§](?=\s{2,}\S|\s[\u3400-\u9fff])/u;

/** The line with a lost bullet letter put back as `•`. */
export function restoreBullet(line: string): string {
  return LOST_BULLET.test(line) ? line.replace(LOST_BULLET, '$1•') : line;
}
