/**
 * The broker registry: every firm the parser can name (`firms/`), looked up by any name it
 * prints, by licence prefix or by domain, and named as it was called on a given day.
 *
 * A report is credited to the firm under the name it had when the report was published: a 2020
 * 安信证券 report stays 安信证券 although the firm is 国投证券 since 2024. Each of those names is
 * a value of the report model, so each has its own URL code (安信证券 axzq, 国投证券 gtzq).
 */
import { NATIONAL } from './firms/national.ts';
import { OFFSHORE } from './firms/offshore.ts';
import { REGIONAL } from './firms/regional.ts';
import type { ChangeDate, Firm, FirmEntry } from './types.ts';

export type { Firm, FirmEntry, FormerName } from './types.ts';
/** The registry's entries under the name their first callers knew. */
export type Broker = Firm;

function complete(entry: FirmEntry): Firm {
  return {
    legalAliases: [], aliases: [], english: [], traditional: [], emailDomains: [], webDomains: [], institutes: [],
    licencePrefixes: [], formerNames: [], ...entry,
  };
}

/** Every firm, one entry each. */
export const FIRMS: readonly Firm[] = [...NATIONAL, ...REGIONAL, ...OFFSHORE].map(complete);
/** The same list under its earlier name (the benchmark generator draws brokers from it). */
export const BROKERS = FIRMS;

/** One name a firm went by, for a stretch of time: its current name, a former one, or its acquirer's. */
export interface Era {
  name: string;
  code: string;
  /** Every Chinese form printed in that time: the short name, aliases, legal names, traditional forms. */
  forms: readonly string[];
  english: readonly string[];
  /** When this name replaced the one before (null for the first). */
  since: ChangeDate | null;
}

/** The names a firm went by, oldest first. */
export function erasOf(firm: Firm): Era[] {
  const eras: Era[] = [];
  let since: ChangeDate | null = null;
  for (const former of firm.formerNames) {
    eras.push({ name: former.name, code: former.code, forms: [former.name, former.legalName, ...(former.aliases ?? [])],
      english: former.english ?? [], since });
    since = former.until;
  }
  eras.push({
    name: firm.name,
    code: firm.code,
    forms: [firm.name, firm.legalName, ...firm.legalAliases, ...firm.aliases, ...firm.traditional],
    english: firm.english,
    since,
  });
  if (firm.mergedInto) {
    const acquirer = firmNamed(firm.mergedInto.name);
    eras.push({ name: firm.mergedInto.name, code: acquirer?.code ?? firm.code, forms: [], english: [], since: firm.mergedInto.from });
  }
  return eras;
}

const ERAS = new Map(FIRMS.map((firm) => [firm, erasOf(firm)]));
const BY_FORM = new Map<string, { firm: Firm; era: Era }>();
for (const firm of FIRMS) {
  for (const era of ERAS.get(firm) ?? []) for (const form of era.forms) if (!BY_FORM.has(form)) BY_FORM.set(form, { firm, era });
}

function firmNamed(name: string): Firm | undefined {
  return FIRMS.find((firm) => firm.name === name);
}

/** The names of a firm's eras (oldest first), with their aliases: what its reports call it. */
export function namesOf(firm: Firm): string[] {
  return (ERAS.get(firm) ?? erasOf(firm)).filter((era) => era.forms.length > 0).flatMap((era) => era.forms.filter((form) => !/公司$/.test(form)));
}

/** The firm printed under this name, alias, legal name or former name. */
export function lookupBroker(name: string): Firm | null {
  return BY_FORM.get(name.trim())?.firm ?? null;
}

/** The ASCII URL code of a broker name (国金证券 → gjzq; a former name has its own: 安信证券 → axzq), null if unknown. */
export function brokerCode(name: string): string | null {
  return BY_FORM.get(name.trim())?.era.code ?? null;
}

/** The era a printed form belongs to. */
export function eraOfForm(form: string): Era | null {
  return BY_FORM.get(form)?.era ?? null;
}

/** First day of a change date's window, and first day after it (`2025-04` → 2025-04-01 … 2025-05-01). */
function windowOf(change: ChangeDate): [string, string] {
  const [year, month, day] = change.split('-').map(Number) as [number, number?, number?];
  const pad = (n: number) => String(n).padStart(2, '0');
  if (day !== undefined) return [change, change];
  if (month !== undefined) return [`${year}-${pad(month)}-01`, month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`];
  return [`${year}-01-01`, `${year + 1}-01-01`];
}

/**
 * What the firm was called on `date` (YYYY-MM-DD). Where the registry only knows the month or
 * year of a change, or no date is known, the name the report prints most wins (`printed`: how
 * often each era's name was seen); with nothing printed, the later name.
 */
export function nameOn(firm: Firm, date: string | null, printed: ReadonlyMap<string, number> = new Map()): string {
  const eras = ERAS.get(firm) ?? erasOf(firm);
  let possible = eras;
  if (date) {
    possible = eras.filter((era, i) => {
      const next = eras[i + 1];
      const startsBefore = era.since === null || windowOf(era.since)[0] <= date;
      const endsAfter = !next?.since || date < windowOf(next.since)[1];
      return startsBefore && endsAfter;
    });
  }
  const seen = possible.filter((era) => (printed.get(era.name) ?? 0) > 0);
  if (seen.length > 0) return seen.reduce((a, b) => ((printed.get(b.name) ?? 0) > (printed.get(a.name) ?? 0) ? b : a)).name;
  return (possible.at(-1) ?? eras.at(-1)!).name;
}
