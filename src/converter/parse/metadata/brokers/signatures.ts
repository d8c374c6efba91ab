/**
 * Signatures that name a firm without its Chinese name: SAC licence prefixes (S1130… → 国金证券),
 * analysts' e-mail domains and website domains (…@gjzq.com.cn, www.huajinsc.cn), and English
 * names (Phillip Securities (Hong Kong) Ltd). Each finder reads one searchable line.
 */
import { PhraseIndex } from './phrase-index.ts';
import { erasOf, FIRMS } from './registry.ts';
import type { Era, Firm } from './registry.ts';

/** A signature found in a line. */
export interface Signature {
  firm: Firm;
  /** For English names, the era whose name it is (Essence Securities → 安信证券). */
  era: Era | null;
  /** The licence number, address or name as found (licences are counted once each). */
  text: string;
  start: number;
}

// S or A, four digits that identify the firm, then at least seven more: licences glued to a phone
// number or a date (S11501180800072021年) and 12-digit misprints (S119051909001) still name the firm.
const LICENCE = /(?<![A-Za-z0-9])([SA]\d{4})(\d{7,9})/g;
const BY_PREFIX = new Map(FIRMS.flatMap((firm) => firm.licencePrefixes.map((prefix) => [prefix, firm] as const)));

/** Licences whose prefix the registry knows. */
export function licencesIn(line: string): Signature[] {
  if (!/[SA]\d{11}/.test(line)) return [];
  const found: Signature[] = [];
  for (const match of line.matchAll(LICENCE)) {
    const firm = BY_PREFIX.get(match[1]!);
    if (firm) found.push({ firm, era: null, text: `${match[1]}${match[2]!.slice(0, 9)}`, start: match.index });
  }
  return found;
}

const DOMAINS = FIRMS.flatMap((firm) => [...firm.emailDomains, ...firm.webDomains].map((domain) => ({ domain, firm })))
  .sort((a, b) => b.domain.length - a.domain.length);
const HOST = /(@|www\.|https?:\/\/)?([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
/** A distribution watermark before an address names the reader it was sent to, not the author. */
const WATERMARK_BEFORE = /(?:发送给|发给|仅供|授权给|下载|接收)[^。]{0,40}$/;

/**
 * The registry firm whose domain a host is or ends in, at a label boundary. Flattened texts run a
 * host into what follows (xyzq.com.cns0190519060001, cindasc.com2), so trailing junk is allowed,
 * but not a longer domain (cczq.com.cn is not cczq.com).
 */
function firmOfHost(host: string): Firm | null {
  const lower = host.toLowerCase();
  for (const { domain, firm } of DOMAINS) {
    const at = lower.indexOf(domain);
    if (at < 0 || (at > 0 && lower[at - 1] !== '.')) continue;
    const rest = lower.slice(at + domain.length);
    if (/^\.[a-z]/.test(rest)) continue;
    return firm;
  }
  return null;
}

/** Known e-mail (kind `email`) and web (kind `web`) domains in a line. */
export function domainsIn(line: string): (Signature & { kind: 'email' | 'web' })[] {
  if (!line.includes('.')) return [];
  const found: (Signature & { kind: 'email' | 'web' })[] = [];
  for (const match of line.matchAll(HOST)) {
    // Most "hosts" are numbers (12.5, 2026.04.30): a domain has a letter after a dot.
    if (!/\.[A-Za-z]/.test(match[2]!)) continue;
    const firm = firmOfHost(match[2]!);
    if (!firm) continue;
    const email = match[1] === '@';
    if (email && WATERMARK_BEFORE.test(line.slice(Math.max(0, match.index - 60), match.index))) continue;
    found.push({ firm, era: null, text: match[0], start: match.index, kind: email ? 'email' : 'web' });
  }
  return found;
}

function englishEntries(): [string, { firm: Firm; era: Era }][] {
  return FIRMS.flatMap((firm) =>
    erasOf(firm).flatMap((era) => era.english.map((name) => [name.toLowerCase().replace(/\s+/g, ''), { firm, era }] as [string, { firm: Firm; era: Era }])),
  );
}

const ENGLISH = new PhraseIndex(englishEntries());
/** An English name counts as a firm's signature with a corporate ending or a byline before it. */
const CORPORATE_AFTER = /^[.,]*(?:\((?:hongkong|hk|china|asia)\)|hongkong|\(hk\))?(?:ltd|limited|co\.|co,|corp|inc|research|international|est\.|pte|equityresearch)/;
const BYLINE_BEFORE = /(?:preparedby|publishedby|issuedby|distributedby|copyright|©|\(c\))\d{0,4}$/;

/**
 * English firm names in a line given in compact Latin form (`compactLatin`); `byline` when the
 * publisher names itself (prepared by …, © 2026 …).
 */
export function englishIn(compact: string): (Signature & { byline: boolean })[] {
  if (!/[a-z]{4}/.test(compact)) return [];
  const found: (Signature & { byline: boolean })[] = [];
  for (const hit of ENGLISH.scan(compact)) {
    const byline = BYLINE_BEFORE.test(compact.slice(Math.max(0, hit.start - 20), hit.start));
    if (byline || CORPORATE_AFTER.test(compact.slice(hit.end, hit.end + 24))) found.push({ ...hit.value, text: hit.phrase, start: hit.start, byline });
  }
  return found;
}
