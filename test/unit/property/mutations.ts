/**
 * Random edits of a real report: the damage an extractor, a copy-paste or a truncated download
 * does. A mutation is plain data, so fast-check prints (and shrinks) the edit list, and the
 * failing text can be rebuilt from the seed's file name and that list.
 */
import fc from 'fast-check';
import { token } from './arbitraries.ts';

export type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'swap'; at: number; other: number; length: number }
  | { kind: 'insert'; at: number; tokens: string[] }
  | { kind: 'truncate'; at: number }
  | { kind: 'join'; separator: string }
  | { kind: 'line-endings'; eol: string };

const position = fc.nat();
const span = fc.integer({ min: 1, max: 120 });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: position, length: span }),
  fc.record({ kind: fc.constant('duplicate' as const), at: position, length: span }),
  fc.record({ kind: fc.constant('swap' as const), at: position, other: position, length: span }),
  fc.record({ kind: fc.constant('insert' as const), at: position, tokens: fc.array(token, { minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('join' as const), separator: fc.constantFrom('', ' ', '\t') }),
  fc.record({ kind: fc.constant('line-endings' as const), eol: fc.constantFrom('\r\n', '\r', '\f', '\n\n', '\u2028') }),
);

/** One to five edits, applied in order. */
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 5 });

interface Draft {
  lines: string[];
  eol: string;
}

function swapRanges(lines: string[], at: number, other: number, length: number): string[] {
  const a = at % (lines.length + 1);
  const b = other % (lines.length + 1);
  const [first, second] = a <= b ? [a, b] : [b, a];
  const firstEnd = Math.min(first + length, second);
  const secondEnd = Math.min(second + length, lines.length);
  return [
    ...lines.slice(0, first),
    ...lines.slice(second, secondEnd),
    ...lines.slice(firstEnd, second),
    ...lines.slice(first, firstEnd),
    ...lines.slice(secondEnd),
  ];
}

function applyOne(draft: Draft, edit: Mutation): Draft {
  const { lines, eol } = draft;
  const at = 'at' in edit ? edit.at % (lines.length + 1) : 0;
  switch (edit.kind) {
    case 'delete':
      return { lines: [...lines.slice(0, at), ...lines.slice(at + edit.length)], eol };
    case 'duplicate':
      return { lines: [...lines.slice(0, at + edit.length), ...lines.slice(at, at + edit.length), ...lines.slice(at + edit.length)], eol };
    case 'swap':
      return { lines: swapRanges(lines, edit.at, edit.other, edit.length), eol };
    case 'insert':
      return { lines: [...lines.slice(0, at), edit.tokens.join(''), ...lines.slice(at)], eol };
    case 'truncate': {
      const text = lines.join('\n');
      return { lines: text.slice(0, edit.at % (text.length + 1)).split('\n'), eol };
    }
    case 'join':
      return { lines: [lines.join(edit.separator)], eol };
    case 'line-endings':
      return { lines, eol: edit.eol };
  }
}

/** The seed text after the edits. */
export function applyMutations(seed: string, edits: readonly Mutation[]): string {
  const start: Draft = { lines: seed.split('\n'), eol: '\n' };
  const end = edits.reduce(applyOne, start);
  return end.lines.join(end.eol);
}
