/**
 * The analysts who signed a report: name, SAC licence, e-mail.
 *
 * An entry starts at 分析师：NAME or 证券分析师：NAME. Its licence and e-mail are either on the
 * same line (分析师：朱珺（执业 S1130526050001）) or on the contact lines right after it
 * (an e-mail line, 执业证书号：S…, 邮箱：…, a bare licence). When one line names several
 * analysts, the contact line after it lists their e-mails in the same order.
 *
 * Entries in the front matter count as they are; later ones (biographies, back matter) only
 * when they carry a licence or an e-mail. Repeated analysts are merged by name.
 */
import type { Analyst } from '../../../schema/report.ts';

const ANALYST_LABEL = /(?:证券)?分析师\s*[:：]\s*([\u4e00-\u9fa5]{2,4}(?:·[\u4e00-\u9fa5]{1,6})?)(?![\u4e00-\u9fa5])/g;
// Starts only at a token boundary, local part bounded: an unbounded run without `@` made the scan quadratic.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const LICENCE = /(?<![A-Za-z0-9])S\d{13}(?!\d)/g;
const PHONE = /(?:\+?86[-\s]?)?(?:\(?0\d{2,3}\)?[-\s]?)?\d{7,8}|1\d{10}/g;
const CONTACT_LABEL = /邮箱|电子邮件|E-?mail|电话|Tel|SAC|执业证书(?:编号|号)?|证书编号|执业编号|执业|编号/gi;
const CONTACT_FILLER = /[\s:：，,;；、()（）[\]【】|/]+/g;

/** How far past an analyst line its contact lines may reach. */
const CONTACT_LOOKAHEAD = 6;

interface Contacts {
  emails: string[];
  licences: string[];
}

function contactsIn(text: string): Contacts {
  return { emails: text.match(EMAIL) ?? [], licences: text.match(LICENCE) ?? [] };
}

/** A line holding nothing but e-mails, licences, phone numbers and their labels. */
function isContactLine(line: string): boolean {
  if (!/@|S\d{13}|\d{7}/.test(line)) return false;
  const rest = line
    .replace(EMAIL, '')
    .replace(LICENCE, '')
    .replace(PHONE, '')
    .replace(CONTACT_LABEL, '')
    .replace(CONTACT_FILLER, '');
  return rest.length === 0;
}

/** The contact lines right after line `at`, merged, until the next non-contact line. */
function followingContacts(lines: readonly string[], at: number): Contacts {
  const merged: Contacts = { emails: [], licences: [] };
  for (let i = at + 1; i < Math.min(lines.length, at + 1 + CONTACT_LOOKAHEAD); i += 1) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    if (!isContactLine(line)) break;
    const found = contactsIn(line);
    merged.emails.push(...found.emails);
    merged.licences.push(...found.licences);
  }
  return merged;
}

/** The analysts named on one line, with contacts from the line itself and the lines after it. */
function analystsAt(lines: readonly string[], at: number): Analyst[] {
  const line = lines[at] ?? '';
  const labels = [...line.matchAll(ANALYST_LABEL)];
  if (labels.length === 0) return [];
  const after = followingContacts(lines, at);
  return labels.map((label, k) => {
    const segment = line.slice(label.index, labels[k + 1]?.index ?? line.length);
    const own = contactsIn(segment);
    // Several analysts on one line: the next line's contacts are theirs in order.
    const pick = (list: string[]): string | null => (labels.length === 1 ? list[0] : list[k]) ?? null;
    return {
      name: label[1] ?? '',
      license: own.licences[0] ?? pick(after.licences),
      email: own.emails[0] ?? pick(after.emails),
    };
  });
}

/** Merge repeated analysts by name, keeping the first order and filling in missing fields. */
function mergeByName(analysts: readonly Analyst[]): Analyst[] {
  const byName = new Map<string, Analyst>();
  for (const analyst of analysts) {
    const known = byName.get(analyst.name);
    if (!known) byName.set(analyst.name, { ...analyst });
    else byName.set(analyst.name, { name: known.name, license: known.license ?? analyst.license, email: known.email ?? analyst.email });
  }
  return [...byName.values()];
}

/** The signing analysts; `frontLength` lines of front matter are trusted without contacts. */
export function findAnalysts(lines: readonly string[], frontLength: number): { analysts: Analyst[]; warnings: string[] } {
  const found: Analyst[] = [];
  lines.forEach((line, at) => {
    if (!line.includes('分析师')) return;
    const here = analystsAt(lines, at);
    found.push(...(at < frontLength ? here : here.filter((a) => a.license !== null || a.email !== null)));
  });
  const analysts = mergeByName(found);
  const warnings = analysts.length === 0 ? ['未找到分析师（analysts）'] : [];
  return { analysts, warnings };
}
