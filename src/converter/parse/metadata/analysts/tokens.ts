/**
 * The author block as a sequence of tokens: licence numbers and their labels, role labels,
 * contact labels, e-mails, phone numbers, and the runs of characters between them, some of which
 * are names. One tokenizer serves every layout: a flattened text's run-together block
 * (分析师胡慧SAC执业证书编号：S0910520110002huhui@huajinsc.cn021-20377068) and a sidebar's lines
 * joined in reading order.
 */
import { LICENCE_LABEL, LICENCE_NUMBER, SFC_NUMBER, isUnlabelledLicence } from './licence.ts';
import { BACK_MATTER_HEADING, CONTACT_LABEL, ROLE_LABEL } from './roles.ts';

export type TokenKind =
  | 'licence'
  | 'licence-label'
  | 'sfc'
  | 'email'
  | 'phone'
  | 'contact-label'
  | 'role'
  | 'heading'
  | 'date'
  | 'tag'
  | 'han'
  | 'latin'
  | 'number'
  | 'space'
  | 'colon'
  | 'open'
  | 'close'
  | 'list'
  | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Offset in the tokenized text. */
  start: number;
}

/** The top-level domains that end a broker's e-mail address: where a run-together address stops. */
const TOP_LEVEL = '(?:com|cn|net|org|hk|tw|mo|sg|edu|gov|info|biz|io|co|us|uk|jp)';
const EMAIL = `[A-Za-z][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9-]+\\.)+?${TOP_LEVEL}(?:\\.${TOP_LEVEL})?(?![A-Za-z0-9-]*\\.[A-Za-z])`;
const PHONE = [
  '(?<!\\d)(?:\\+\\s?86[-\\s]?|86-)?(?:\\(0?\\d{2,4}\\)\\s?|0\\d{2,3}[-\\s]?|\\d{2,3}-)\\d{3,4}[-\\s]?\\d{4}(?:-\\d{1,5})?',
  '(?<!\\d)\\(\\d{4,5}\\)\\s?\\d{7,8}',
  '(?<!\\d)1[3-9]\\d{9}(?!\\d)',
  '(?<!\\d)0\\d{10,11}(?!\\d)',
].join('|');
const DATE = '\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}';
/** Any word a run of characters must stop before, so that the word gets its own token. */
const KEYWORDS = [BACK_MATTER_HEADING.source, ROLE_LABEL.source, LICENCE_LABEL.source, CONTACT_LABEL.source].join('|');

const TOKEN = new RegExp(
  [
    `(?<licence>${LICENCE_NUMBER.source})`,
    `(?<sfc>${SFC_NUMBER.source})`,
    `(?<email>${EMAIL})`,
    `(?<date>${DATE})`,
    `(?<phone>${PHONE})`,
    `(?<heading>${BACK_MATTER_HEADING.source})`,
    `(?<licenceLabel>${LICENCE_LABEL.source})`,
    `(?<role>${ROLE_LABEL.source})`,
    `(?<contactLabel>${CONTACT_LABEL.source})`,
    '(?<tag>\\[[A-Za-z_0-9]*\\]?|\\$\\$\\w+\\$\\$)',
    `(?<han>(?:(?!${KEYWORDS})[\\u4e00-\\u9fff·])+)`,
    '(?<latin>[A-Za-z]+)',
    '(?<number>\\d[\\d.,%]*)',
    '(?<space>\\s+)',
    '(?<colon>[:：])',
    '(?<open>[（(【])',
    '(?<close>[）)】])',
    '(?<list>[、,，/／|｜])',
    '(?<punct>[\\s\\S])',
  ].join('|'),
  'gu',
);

const GROUP_KIND: Record<string, TokenKind> = {
  licence: 'licence',
  sfc: 'sfc',
  email: 'email',
  date: 'date',
  phone: 'phone',
  heading: 'heading',
  licenceLabel: 'licence-label',
  role: 'role',
  contactLabel: 'contact-label',
  tag: 'tag',
  han: 'han',
  latin: 'latin',
  number: 'number',
  space: 'space',
  colon: 'colon',
  open: 'open',
  close: 'close',
  list: 'list',
  punct: 'punct',
};

/** Tokens that carry nothing between a name and its label. */
const GLUE: ReadonlySet<TokenKind> = new Set(['space', 'colon', 'open', 'close', 'tag']);

export function isGlue(token: Token): boolean {
  return GLUE.has(token.kind) || (token.kind === 'punct' && /^[*#\-—~•▪◼●⚫।·\s]$/u.test(token.text));
}

/** The text's tokens. A licence in the older or shortened form counts only after its label. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const normalized = text.replace(/＠/g, '@');
  for (const match of normalized.matchAll(TOKEN)) {
    const groups = match.groups ?? {};
    const name = Object.keys(GROUP_KIND).find((key) => groups[key] !== undefined) ?? 'punct';
    const token: Token = { kind: GROUP_KIND[name] ?? 'punct', text: match[0], start: match.index };
    const around = [normalized[match.index - 1] ?? '', normalized[match.index + match[0].length] ?? ''] as const;
    if (token.kind === 'licence' && !isUnlabelledLicence(token.text, ...around) && previousMeaningful(tokens)?.kind !== 'licence-label') {
      token.kind = 'number';
    }
    tokens.push(token);
  }
  return tokens;
}

function previousMeaningful(tokens: readonly Token[]): Token | undefined {
  for (let i = tokens.length - 1; i >= 0; i -= 1) {
    const token = tokens[i];
    if (token && !isGlue(token)) return token;
  }
  return undefined;
}
