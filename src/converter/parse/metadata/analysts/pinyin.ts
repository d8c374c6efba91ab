/**
 * Does an e-mail address spell a name? Brokers build the local part from the name's pinyin:
 * in full (zhengzhenxiang), surname and initials (xiecy, wujs01), initials (zq6670), given name
 * first (zhouyu.deng, lingyao.su), or with a suffix (lijie_yjs, wangchaodcq). That tells which of
 * two people an e-mail belongs to when a layout interleaves them, and where a name starts in a
 * run of characters.
 */
import { createRequire } from 'node:module';

type PinyinPro = typeof import('pinyin-pro');
let library: PinyinPro | null = null;

/** pinyin-pro, loaded on first use: its dictionary costs a few hundred ms at import, which a CLI that parses nothing should not pay. */
function pinyinPro(): PinyinPro {
  library ??= createRequire(import.meta.url)('pinyin-pro') as PinyinPro;
  return library;
}

const cache = new Map<string, string[]>();

/** Every reading of one character, without tones (ü as v and u): 仇 → chou, qiu. */
function readings(char: string): string[] {
  let found = cache.get(char);
  if (!found) {
    const read = pinyinPro().pinyin(char, { toneType: 'none', type: 'array', multiple: true }) as string[];
    found = [...new Set(read.flatMap((syllable) => [syllable.replace(/ü/g, 'v'), syllable.replace(/ü/g, 'u')]))];
    cache.set(char, found);
  }
  return found;
}

/** A syllable in full or as its initial (zh, ch, sh also as z, c, s). */
function forms(syllable: string): string[] {
  const initial = /^[zcs]h/.test(syllable) ? [syllable.slice(0, 2), syllable[0] ?? ''] : [syllable[0] ?? ''];
  return [syllable, ...initial];
}

/** Every spelling of a sequence of characters, each in full or as its initial. */
function spellings(chars: readonly string[]): Set<string> {
  let out = [''];
  for (const char of chars) {
    const options = readings(char).flatMap(forms);
    out = out.flatMap((prefix) => options.map((option) => prefix + option));
  }
  return new Set(out);
}

/** Full spellings only (every syllable in full). */
function fullSpellings(chars: readonly string[]): string[] {
  let out = [''];
  for (const char of chars) out = out.flatMap((prefix) => readings(char).map((syllable) => prefix + syllable));
  return out;
}

/** The surname's characters (one, or two for 欧阳 …) and the given name's. */
function splitName(name: string): [string[], string[]] {
  const chars = [...name];
  const surnameLength = chars.length === 4 ? 2 : 1;
  return [chars.slice(0, surnameLength), chars.slice(surnameLength)];
}

interface Spelled {
  /** Every spelling, surname first or last, each syllable in full or as its initial. */
  any: Set<string>;
  /** The long full spellings (surname first), which may carry a suffix. */
  full: string[];
}

const spelledNames = new Map<string, Spelled>();

function spelledName(name: string): Spelled {
  let found = spelledNames.get(name);
  if (!found) {
    const [surname, given] = splitName(name);
    const orders = [[...surname, ...given], [...given, ...surname]];
    found = {
      any: new Set(orders.flatMap((order) => [...spellings(order)])),
      full: fullSpellings([...surname, ...given]).filter((full) => full.length >= 5),
    };
    spelledNames.set(name, found);
  }
  return found;
}

/** Whether the local part of `email` spells `name` (see the module comment for the forms). */
export function nameMatchesEmail(name: string, email: string): boolean {
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  const words = local.split(/[^a-z]+/).filter((word) => word.length >= 2);
  const letters = local.replace(/[^a-z]/g, '');
  if (words.length === 0) return false;
  const spelled = spelledName(name);
  if (words.some((word) => spelled.any.has(word)) || spelled.any.has(letters)) return true;
  // A full spelling followed by a suffix (wangchaodcq): only the long full form is safe.
  return spelled.full.some((full) => (words[0] ?? '').startsWith(full));
}
