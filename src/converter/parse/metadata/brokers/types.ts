/**
 * The broker registry's data model: one entry per firm, with every name it prints and every
 * signature its reports carry. The firms themselves are in `firms/`, one object literal each.
 */

/**
 * When a name change took effect. The precision says how sure the registry is: a day
 * (`2015-09-26`) is exact, a month (`2025-04`) or a year (`2024`) means "some time in it".
 * Inside that window a report is credited to the name it prints.
 */
export type ChangeDate = string;

/** A name the firm published under before its current one. */
export interface FormerName {
  /** Short name as printed then (安信证券). */
  name: string;
  /** Its own ASCII code: a report keeps its name, so its browse page needs its own URL. */
  code: string;
  /** Legal name of that time (安信证券股份有限公司). */
  legalName: string;
  /** When the next name replaced it. */
  until: ChangeDate;
  /** Other short names and English names of that time. */
  aliases?: readonly string[];
  english?: readonly string[];
}

/** One sell-side firm as `firms/` writes it. Every array is optional; absent means "none known". */
export interface FirmEntry {
  /** Canonical short name as the report model stores it (国金证券). */
  name: string;
  /** ASCII code for URLs: the pinyin initials of the short name (gjzq). Never changes once published. */
  code: string;
  /** Full legal name (国金证券股份有限公司). */
  legalName: string;
  /** Other legal names the firm's reports print (a subsidiary's, an older form). */
  legalAliases?: readonly string[];
  /** Other short names in common use (中信建投 for 中信建投证券). Only names safe to search for. */
  aliases?: readonly string[];
  /** English names and short forms as reports print them (Sinolink Securities). */
  english?: readonly string[];
  /**
   * Traditional-character names where the firm's own differ from a character-by-character
   * conversion (國泰君安証券 uses 証); every other name is matched through `fold.ts`.
   */
  traditional?: readonly string[];
  /** Domains of the analysts' e-mail addresses (gjzq.com.cn). */
  emailDomains?: readonly string[];
  /** Website domains printed in footers and disclaimers (huajinsc.cn for www.huajinsc.cn). */
  webDomains?: readonly string[];
  /** Research-institute names that do not start with one of the firm's names. */
  institutes?: readonly string[];
  /** SAC licence prefixes: the letter and four digits that identify the firm (S1130). */
  licencePrefixes?: readonly string[];
  /** Earlier names, oldest first. */
  formerNames?: readonly FormerName[];
  /** The firm this one was merged into: from then on its reports bear that firm's name. */
  mergedInto?: { name: string; from: ChangeDate };
}

/** A firm as the registry serves it: every list present (empty when none is known). */
export type Firm = Required<Omit<FirmEntry, 'mergedInto'>> & Pick<FirmEntry, 'mergedInto'>;
