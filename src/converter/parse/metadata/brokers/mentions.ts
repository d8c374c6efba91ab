/**
 * Where a searchable line names a registry firm, and in what form: its legal name (…证券股份有限公司),
 * a research institute (…证券研究所, …经济研究所, …研究发展中心), or a bare short name. Matching
 * does not rely on line boundaries: flattened reports hold a whole report on one line.
 */
import { PhraseIndex } from './phrase-index.ts';
import { erasOf, FIRMS } from './registry.ts';
import { searchable } from './text-view.ts';
import type { Era, Firm } from './registry.ts';

/** What the name is part of. */
export type MentionForm = 'legal' | 'institute' | 'name';

/** One firm name in a line. `end` includes the company or institute suffix. */
export interface Mention {
  firm: Firm;
  era: Era;
  form: MentionForm;
  start: number;
  end: number;
}

/** A company suffix after a short name: 群益证券(香港)有限公司, 中国银河证券股份公司. */
const COMPANY_SUFFIX = /^(?:\((?:香港|HK|亚洲|中国)\))?(?:集团)?(?:股份有限公司|有限责任公司|有限公司|股份公司)/;
/**
 * An institute suffix: 国金证券研究所, 国信证券经济研究所, 兴业证券经济与金融研究院, 西部证券研发中心,
 * 西南证券研究发展中心, 华鑫证券研究 (but not 华鑫证券研究报告, a report-kind label).
 */
const INSTITUTE_SUFFIX =
  /^(?:证券)?(?:股份有限公司|有限责任公司|有限公司)?(?:经济与金融|经济|金融|发展|研究发展|研发)?(?:研究所|研究院|研究部|研究中心|中心|研究(?!报告))/;
/** 上海证券交易所, 上海证券报, 上海证券市场: not a firm. */
const NOT_A_FIRM_AFTER = /^(?:交易所|报|日报|时报|市场|账户|业协会|登记|监督管理|投资基金|期货交易所|从业)/;

function entries(): [string, { firm: Firm; era: Era }][] {
  const all: [string, { firm: Firm; era: Era }][] = [];
  for (const firm of FIRMS) {
    const eras = erasOf(firm);
    // Spelled as the searchable text spells them: 摩根士丹利证券（中国） → 摩根士丹利证券(中国).
    for (const era of eras) for (const form of era.forms) all.push([searchable(form), { firm, era }]);
    const current = eras.find((era) => era.name === firm.name)!;
    for (const institute of firm.institutes) all.push([searchable(institute), { firm, era: current }]);
  }
  return all;
}

const ENTRIES = entries();
const NAMES = new PhraseIndex(ENTRIES);

/**
 * Every name holds 证券 or starts with one of a few pairs (中金公司, 国泰君安, 广证恒生, 招银国际 …):
 * a line without any of them names no firm, and is not scanned.
 */
const ANCHORS = new RegExp([...new Set(ENTRIES.map(([form]) => (form.includes('证券') ? '证券' : form.slice(0, 2))))].join('|'));

/** Whether a line may name a registry firm (a quick test before the scan; 证 券, letter-spaced, passes too). */
export function mayNameFirm(line: string): boolean {
  return line.includes('证券') || line.includes('证 券') || ANCHORS.test(line);
}

/** Every firm mention in a searchable line, left to right. */
export function mentionsIn(line: string): Mention[] {
  const mentions: Mention[] = [];
  for (const hit of NAMES.scan(line)) {
    const after = line.slice(hit.end, hit.end + 24);
    if (hit.phrase.endsWith('证券') && NOT_A_FIRM_AFTER.test(after)) continue;
    const company = COMPANY_SUFFIX.exec(after);
    const institute = INSTITUTE_SUFFIX.exec(company ? after.slice(company[0].length) : after);
    const suffix = (company?.[0].length ?? 0) + (institute?.[0].length ?? 0);
    const legal = /公司$/.test(hit.phrase) || company !== null;
    const form: MentionForm = institute || /研究所有限公司$/.test(hit.phrase) ? 'institute' : legal ? 'legal' : 'name';
    mentions.push({ ...hit.value, form, start: hit.start, end: hit.end + suffix });
  }
  return mentions;
}
