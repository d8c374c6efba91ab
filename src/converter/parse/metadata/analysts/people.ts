/**
 * People out of an author block's tokens: each name with the role labels bound to it and the
 * licence, e-mail and SFC number that follow it.
 *
 * Names are runs of characters that touch a label: after a role (分析师：何鹏程, 分析师郑震湘),
 * before a role (马帅分析师, 毛正（分析师）, 方竞电子行业首席分析师), before a licence or a contact
 * (李泽 / SAC：…, 魏红梅SAC执业证书编号, 胡博新电话…). A role binds forward when a name follows it,
 * else back to the name before it (林晓明 SAC No. … 研究员). A role label that starts a block also
 * names the people after it until the next role (证券分析师 / 李泽 … / 陈佳敏 …), weakly.
 *
 * Names printed side by side before any contact (a row: 蒋颖（分析师） 杜致远（联系人）) form a group,
 * and the licences after them go to them in order. An e-mail goes to the person whose name it
 * spells in pinyin, else to the next person of the group who has none. Licences printed before
 * any name (a column of licences read apart from the column of names) go to the people left
 * without one, in order, when there are as many of each.
 */
import { isDepartment, nameInRun, type RunSide } from './names.ts';
import { nameMatchesEmail } from './pinyin.ts';
import { isBiographyLabel, roleKind, type RoleKind } from './roles.ts';
import { isGlue, type Token } from './tokens.ts';

/** How a role label reached a person. */
export type RoleStrength =
  /** Printed next to the person (分析师：X, X（联系人）). */
  | 'direct'
  /** From a biography heading (分析师简介 X). */
  | 'biography'
  /** From a label that heads a list of people, or labels stacked above a row that disagree. */
  | 'weak';

export interface RoleMark {
  kind: RoleKind;
  strength: RoleStrength;
}

/** One person as read from an author block. */
export interface Person {
  name: string;
  licence: string | null;
  email: string | null;
  roles: RoleMark[];
  /** Offsets of the first and last token that describe the person, for the evidence. */
  from: number;
  to: number;
}

const ATTRIBUTE_KINDS = new Set(['licence', 'licence-label', 'sfc', 'email', 'phone', 'contact-label']);

function neighbour(tokens: readonly Token[], at: number, step: 1 | -1): number {
  for (let i = at + step; i >= 0 && i < tokens.length; i += step) {
    const token = tokens[i];
    if (token && !isGlue(token)) return i;
  }
  return -1;
}

/** The name a run at `at` holds when read from the side that touches a label. */
function runName(tokens: readonly Token[], at: number, side: RunSide, emails: readonly string[]): string | null {
  const token = tokens[at];
  return token?.kind === 'han' ? nameInRun(token.text, side, emails) : null;
}

/** Whether the role at `at` names the person after it (else the one before it). */
function bindsForward(tokens: readonly Token[], at: number, emails: readonly string[]): boolean {
  const before = tokens[at - 1];
  const beforeThat = neighbour(tokens, at, -1);
  // X（分析师）: a bracketed role belongs to the name before the bracket.
  if (before?.kind === 'open' && tokens[beforeThat]?.kind === 'han') return false;
  let next = neighbour(tokens, at, 1);
  while (tokens[next]?.kind === 'role') next = neighbour(tokens, next, 1);
  return next >= 0 && runName(tokens, next, 'head', emails) !== null;
}

/**
 * Whether a role at `at` that names nobody after it belongs to the name at `name`: right after
 * it (马帅分析师, 贺朝晖 / 分析师), or inside that person's contact lines (林晓明 SAC No. … 研究员
 * SFC No. …; 陈烨 010-… 联系人 chenye@…). A label left empty after a block (联系人 / 板块表现) names nobody.
 */
function bindsBack(tokens: readonly Token[], name: number, at: number): boolean {
  let attributes = 0;
  for (let i = name + 1; i < at; i += 1) {
    const token = tokens[i];
    if (!token || isGlue(token)) continue;
    if (!ATTRIBUTE_KINDS.has(token.kind) && token.kind !== 'number' && token.kind !== 'role') return false;
    attributes += 1;
  }
  if (attributes === 0) return true;
  return ATTRIBUTE_KINDS.has(tokens[neighbour(tokens, at, 1)]?.kind ?? '');
}

interface NameAt {
  at: number;
  name: string;
  roles: RoleMark[];
}

/** The names of a block with the roles printed next to them. */
function namesIn(tokens: readonly Token[], emails: readonly string[]): NameAt[] {
  const names: NameAt[] = [];
  let stacked: Token[] = [];
  let sticky: RoleKind | null = null;
  let leadRoles: RoleMark[] = [];
  tokens.forEach((token, at) => {
    if (token.kind === 'role') {
      if (!bindsForward(tokens, at, emails)) {
        const last = names.at(-1);
        if (last && bindsBack(tokens, last.at, at)) {
          last.roles.push({ kind: roleKind(token.text), strength: isBiographyLabel(token.text) ? 'biography' : 'direct' });
        }
        stacked = [];
        return;
      }
      stacked.push(token);
      const kinds = new Set(stacked.map((role) => roleKind(role.text)));
      const strength: RoleStrength = isBiographyLabel(token.text) ? 'biography' : kinds.size > 1 ? 'weak' : 'direct';
      leadRoles = [...kinds].map((kind) => ({ kind, strength }));
      sticky = kinds.size === 1 && strength === 'direct' ? roleKind(token.text) : null;
      return;
    }
    if (token.kind !== 'han') return;
    const previous = neighbour(tokens, at, -1);
    const next = neighbour(tokens, at, 1);
    const afterRole = tokens[previous]?.kind === 'role' && leadRoles.length > 0;
    const listed = tokens[previous]?.kind === 'list' && names.at(-1)?.at === neighbour(tokens, previous, -1);
    // A label after the run: a contact or licence, or a role that does not name the person after it.
    const labelAt = (i: number) =>
      ATTRIBUTE_KINDS.has(tokens[i]?.kind ?? '') || (tokens[i]?.kind === 'role' && !bindsForward(tokens, i, emails));
    let name = afterRole || listed ? runName(tokens, at, 'head', emails) : null;
    if (!name && labelAt(next)) name = runName(tokens, at, 'tail', emails);
    // A name cut out of a longer run (联系信息张文录分析师SAC…) needs its block around it, or its e-mail.
    if (name && name !== token.text && tokens[next]?.kind === 'role' && !afterRole && !listed) {
      const spelled = emails.some((email) => nameMatchesEmail(name ?? '', email));
      if (!spelled && !ATTRIBUTE_KINDS.has(tokens[neighbour(tokens, next, 1)]?.kind ?? '')) name = null;
    }
    if (!name && tokens[next]?.kind === 'han' && isDepartment(tokens[next]?.text ?? '')) {
      // 莫文宇 电子行业首席分析师: the department stands between the name and its role.
      if (labelAt(neighbour(tokens, next, 1))) name = runName(tokens, at, 'tail', emails);
    }
    if (!name) return;
    const roles: RoleMark[] = afterRole ? leadRoles : listed ? [...(names.at(-1)?.roles ?? [])] : sticky ? [{ kind: sticky, strength: 'weak' }] : [];
    names.push({ at, name, roles: [...roles] });
    if (afterRole) leadRoles = [];
    stacked = [];
  });
  return names;
}

/** The people of one author block, in reading order. */
export function peopleIn(tokens: readonly Token[]): Person[] {
  const emails = tokens.filter((token) => token.kind === 'email').map((token) => token.text);
  const names = namesIn(tokens, emails);
  const people: Person[] = [];
  let group: Person[] = [];
  let attributeSeen = true;
  let nameIndex = 0;
  const orphans: string[] = [];
  tokens.forEach((token, at) => {
    const named = names[nameIndex];
    if (named && named.at === at) {
      nameIndex += 1;
      const person: Person = { name: named.name, licence: null, email: null, roles: named.roles, from: token.start, to: token.start + token.text.length };
      if (attributeSeen) group = [];
      attributeSeen = false;
      group.push(person);
      people.push(person);
      return;
    }
    if (!ATTRIBUTE_KINDS.has(token.kind)) return;
    attributeSeen = true;
    const end = token.start + token.text.length;
    if (token.kind === 'licence') {
      const owner = group.find((person) => person.licence === null);
      if (owner) Object.assign(owner, { licence: token.text, to: Math.max(owner.to, end) });
      else orphans.push(token.text);
    } else if (token.kind === 'email') {
      const owner = emailOwner(people, group, token.text);
      if (owner) Object.assign(owner, { email: token.text, to: Math.max(owner.to, end) });
    }
  });
  pairOrphans(people, orphans);
  return people;
}

/**
 * Licences that found nobody before them (a column reader moved the licence column away from the
 * names) go, in order, to the people left without one, when their numbers agree.
 */
function pairOrphans(people: readonly Person[], orphans: readonly string[]): void {
  const unlicensed = people.filter((person) => person.licence === null);
  if (orphans.length === 0 || orphans.length !== unlicensed.length) return;
  unlicensed.forEach((person, k) => {
    person.licence = orphans[k] ?? null;
  });
}

/** The person an e-mail belongs to: the nearest one whose name it spells, else the group's next. */
function emailOwner(people: readonly Person[], group: readonly Person[], email: string): Person | undefined {
  const free = people.filter((person) => person.email === null);
  return free.findLast((person) => nameMatchesEmail(person.name, email)) ?? group.find((person) => person.email === null);
}
