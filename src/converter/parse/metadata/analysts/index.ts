/**
 * The analysts who signed a report: name, SAC licence, e-mail, found in any layout.
 *
 * The author blocks of the first page (before the back matter) name the signatories; later
 * mentions (biographies, the analysts' declaration) only confirm them: they fill in a licence or
 * an e-mail and say what a person's role is when the first page does not. They add people only
 * when the first page names none (a report that lost its first-page header).
 *
 * Who counts: a person labelled 分析师 (证券分析师, 首席分析师 …) who holds a licence, or, without a
 * label, whose licence is an analyst's (证券投资咨询, see licence.ts). 研究助理 and 联系人 are
 * assistants even when they print a licence. An analyst label without a licence counts only with
 * a work e-mail beside it, and scores lower.
 */
import type { Analyst } from '../../../../schema/report.ts';
import type { Candidate } from '../candidates.ts';
import { ranked } from '../candidates.ts';
import type { FieldContext } from '../context.ts';
import { authorBlocks } from './blocks.ts';
import { licenceCategory } from './licence.ts';
import { peopleIn, type Person } from './people.ts';
import { tokenize } from './tokens.ts';

/** Scores: a labelled, licensed analyst; licensed with the role read from the licence or a biography; labelled but unlicensed. */
const SCORE_LABELLED = 1;
const SCORE_INFERRED = 0.8;
const SCORE_UNLICENSED = 0.5;

export interface AnalystsResult {
  /** The signing analysts, in the order the report prints them. */
  analysts: Analyst[];
  /** Every analyst read, with its score and evidence, best first. */
  candidates: Candidate<Analyst>[];
  /** People named beside them who do not count (assistants, contacts). */
  others: Candidate<Analyst>[];
  warnings: string[];
}

interface Read extends Person {
  evidence: string;
}

/**
 * The lines to read. A flattened report's lines are cuts the layout stage made in one run of
 * text: joined again, its author block reads as printed, wherever the cuts fell.
 */
function linesOf(context: FieldContext): { lines: readonly string[]; frontEnd: number } {
  if (context.kind !== 'flattened') return { lines: context.all, frontEnd: context.front.length };
  const front = context.front.length;
  return { lines: [context.all.slice(0, front).join(''), context.all.slice(front).join('')], frontEnd: 1 };
}

function peopleOf(context: FieldContext): { primary: Read[]; secondary: Read[] } {
  const primary: Read[] = [];
  const secondary: Read[] = [];
  const { lines, frontEnd } = linesOf(context);
  for (const block of authorBlocks(lines, frontEnd)) {
    for (const person of peopleIn(tokenize(block.text))) {
      const evidence = block.text.slice(person.from, person.to).replace(/\s+/g, ' ').slice(0, 160);
      (block.primary ? primary : secondary).push({ ...person, evidence });
    }
  }
  return { primary, secondary };
}

/** Mentions of the same person (same name, or same licence) merged, in first-mention order. */
function merged(people: readonly Read[]): Read[] {
  const out: Read[] = [];
  for (const person of people) {
    const known = out.find((other) => other.name === person.name || (person.licence !== null && other.licence === person.licence));
    if (!known) out.push({ ...person, roles: [...person.roles] });
    else confirm(known, person, false);
  }
  return out;
}

/** Fills in what a later mention adds; a biography's roles count as such. */
function confirm(person: Read, mention: Read, asBiography: boolean): void {
  person.licence ??= mention.licence;
  person.email ??= mention.email;
  for (const role of mention.roles) {
    person.roles.push(asBiography && role.strength === 'direct' ? { ...role, strength: 'biography' } : role);
  }
}

type Verdict = 'analyst' | 'assistant' | 'none';

/** What a person is, from the strongest evidence: their label, a biography, then their licence. */
function verdictOf(person: Read): { verdict: Verdict; score: number } {
  const kinds = (strength: string) => new Set(person.roles.filter((role) => role.strength === strength).map((role) => role.kind));
  for (const strength of ['direct', 'biography']) {
    const found = kinds(strength);
    if (found.has('analyst')) {
      if (person.licence) return { verdict: 'analyst', score: strength === 'direct' ? SCORE_LABELLED : SCORE_INFERRED };
      return person.email && strength === 'direct' ? { verdict: 'analyst', score: SCORE_UNLICENSED } : { verdict: 'none', score: 0 };
    }
    if (found.has('assistant') || found.has('other')) return { verdict: found.has('assistant') ? 'assistant' : 'none', score: 0 };
  }
  if (person.licence === null) return { verdict: 'none', score: 0 };
  return licenceCategory(person.licence) === 'analyst' ? { verdict: 'analyst', score: SCORE_INFERRED } : { verdict: 'assistant', score: 0 };
}

function candidate(person: Read, score: number): Candidate<Analyst> {
  return { value: { name: person.name, license: person.licence, email: person.email }, score, evidence: person.evidence };
}

/** The report's signing analysts, with every candidate read and a warning when there is none. */
export function findAnalysts(context: FieldContext): AnalystsResult {
  const { primary, secondary } = peopleOf(context);
  const signatories = merged(primary);
  const later = merged(secondary);
  for (const person of signatories) {
    for (const mention of later) {
      if (mention.name === person.name || (mention.licence !== null && mention.licence === person.licence)) confirm(person, mention, true);
    }
  }
  const judge = (people: Read[]) => people.map((person) => ({ person, ...verdictOf(person) }));
  let judged = judge(signatories);
  if (!judged.some((entry) => entry.verdict === 'analyst')) judged = judge(later).filter((entry) => entry.person.licence !== null);
  const accepted = judged.filter((entry) => entry.verdict === 'analyst');
  return {
    analysts: accepted.map((entry) => candidate(entry.person, entry.score).value),
    candidates: ranked(accepted.map((entry) => candidate(entry.person, entry.score))),
    others: judged.filter((entry) => entry.verdict === 'assistant').map((entry) => candidate(entry.person, 0)),
    warnings: accepted.length === 0 ? ['未找到分析师（analysts）'] : [],
  };
}
