/**
 * The digest's frontmatter as YAML: every string double-quoted (a reader never retypes it; Astro's
 * YAML would read an unquoted 2026-07-03 as a Date), keys plain, no line folding.
 *
 * The yaml library builds a document model before it writes a byte; for a large report that was a
 * fifth of the time spent on a digest. Frontmatter is plain JSON-like data, for which the library's
 * output is simple: block maps and sequences indented by two, `[]` and `{}` when empty, and each
 * string in its JSON form, line breaks aside (see `quoted`). Values of exactly that kind are
 * written here; anything else (strings with other control characters or lone surrogates, keys
 * that need quoting, numbers that are not finite, undefined, non-plain objects) goes to the
 * library, so the output never differs.
 */
import YAML from 'yaml';

const LIBRARY_OPTIONS = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' } as const;

/** Characters for which the library's double-quoted style differs from JSON (or might): left to it. */
const SPECIAL_CHARACTER = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]|\p{Cs}/u;
/** The library's `doubleQuotedMinMultiLineLength`: shorter strings keep `\n` escapes on one line. */
const MIN_MULTI_LINE_LENGTH = 40;
/** Keys written plain as they are: identifiers that YAML does not read as null or a boolean. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/** Thrown (and caught below) when a value is not of the kind written here. */
class NotPlainData extends Error {}

/**
 * A string double-quoted as the library does it (its doubleQuotedString, for strings with no
 * escape but `\"`, `\\` and `\n`; not a key; no line width): the JSON form, except that a long
 * string's line breaks are written as real line breaks (one more blank line, then `indent`), and a
 * blank before a line break, or at the start of a continued line, is escaped.
 */
function quoted(value: string, indent: string): string {
  const json = JSON.stringify(value);
  if (!value.includes('\n')) return json;
  let str = '';
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
      str += `${json.slice(start, i)}\\ `;
      i += 1;
      start = i;
      ch = '\\';
    }
    if (ch !== '\\') continue;
    if (json[i + 1] !== 'n' || json[i + 2] === '"' || json.length < MIN_MULTI_LINE_LENGTH) {
      i += 1;
      continue;
    }
    str += `${json.slice(start, i)}\n\n`;
    while (json[i + 2] === '\\' && json[i + 3] === 'n' && json[i + 4] !== '"') {
      str += '\n';
      i += 2;
    }
    str += indent;
    if (json[i + 2] === ' ') str += '\\';
    i += 1;
    start = i + 1;
  }
  return start ? str + json.slice(start) : json;
}

/** A scalar's YAML, `indent` being the library's indentation for the node; null for a collection. */
function scalar(value: unknown, indent: string): string | null {
  if (value === null) return 'null';
  if (typeof value === 'string') {
    if (SPECIAL_CHARACTER.test(value)) throw new NotPlainData();
    return quoted(value, indent);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Object.is(value, -0)) throw new NotPlainData();
    return JSON.stringify(value);
  }
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** `value` after `prefix` (a key and colon, or a dash), at `indent`: the lines it takes. */
function node(value: unknown, indent: string, prefix: string, out: string[]): void {
  // The library indents a map value one step deeper than its key; a sequence item sits at `indent`.
  const text = scalar(value, prefix.endsWith(':') ? `${indent}  ` : indent);
  if (text !== null) {
    out.push(`${prefix} ${text}`);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) out.push(`${prefix} []`);
    else if (prefix.endsWith(':')) {
      out.push(prefix);
      sequence(value, `${indent}  `, out);
    } else sequenceAfterDash(value, indent, prefix, out);
    return;
  }
  if (!isPlainObject(value)) throw new NotPlainData();
  const keys = Object.keys(value);
  if (keys.length === 0) out.push(`${prefix} {}`);
  else if (prefix.endsWith(':')) {
    out.push(prefix);
    mapping(value, `${indent}  `, out);
  } else mappingAfterDash(value, indent, prefix, out);
}

function sequence(items: readonly unknown[], indent: string, out: string[]): void {
  for (const item of items) {
    if (item === undefined) throw new NotPlainData();
    node(item, `${indent}  `, `${indent}-`, out);
  }
}

function mapping(object: Record<string, unknown>, indent: string, out: string[]): void {
  for (const key of Object.keys(object)) {
    const value = object[key];
    if (value === undefined) throw new NotPlainData();
    if (!PLAIN_KEY.test(key) || RESERVED_KEY.test(key)) throw new NotPlainData();
    node(value, indent, `${indent}${key}:`, out);
  }
}

/** A non-empty sequence that starts on a dash's line (`- - a`): its first line shares the dash's. */
function sequenceAfterDash(items: readonly unknown[], indent: string, prefix: string, out: string[]): void {
  const lines: string[] = [];
  sequence(items, indent, lines);
  joinAfterDash(lines, indent, prefix, out);
}

/** A non-empty mapping that starts on a dash's line (`- name: …`). */
function mappingAfterDash(object: Record<string, unknown>, indent: string, prefix: string, out: string[]): void {
  const lines: string[] = [];
  mapping(object, indent, lines);
  joinAfterDash(lines, indent, prefix, out);
}

/** Moves the first of `lines` (indented by `indent`) up onto the dash's line, and the rest as they are. */
function joinAfterDash(lines: readonly string[], indent: string, prefix: string, out: string[]): void {
  out.push(`${prefix} ${lines[0]!.slice(indent.length)}`);
  for (let i = 1; i < lines.length; i++) out.push(lines[i]!);
}

/** Frontmatter data → YAML (without the trailing newline), exactly as the yaml library writes it with the options above. */
export function frontmatterYaml(data: Record<string, unknown>): string {
  try {
    if (!isPlainObject(data)) throw new NotPlainData();
    if (Object.keys(data).length === 0) return '{}';
    const out: string[] = [];
    mapping(data, '', out);
    return out.join('\n');
  } catch (error) {
    if (!(error instanceof NotPlainData)) throw error;
    return YAML.stringify(data, LIBRARY_OPTIONS).trimEnd();
  }
}
