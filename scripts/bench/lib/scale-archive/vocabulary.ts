/**
 * What a generated report's identity is drawn from. Brokers, sectors and rating words come from
 * the parser's own registries, so whatever the generator writes is something the parser knows.
 */
import { FIRMS, nameOn, type Broker } from '../../../../src/converter/parse/metadata/brokers/registry.ts';
import { SECTORS } from '../../../../src/converter/parse/metadata/classification.ts';
import type { Random } from './random.ts';

export type { Broker };

/**
 * The registry's firms whose name stayed the same over the generated years (2022–2026): a report
 * is credited to the name its firm had on its date, and the generator writes one name per firm.
 */
export const BROKERS: readonly Broker[] = FIRMS.filter((firm) => nameOn(firm, '2022-01-01') === firm.name && nameOn(firm, '2026-12-31') === firm.name);

/** Every sector the parser recognises on a line of its own. */
export const SECTOR_NAMES: readonly string[] = [...SECTORS];

/** Report types for weekly templates (the suffix after 行业); weekly issues dominate. */
export const WEEKLY_TYPES = ['周报', '周报', '周报', '周报', '点评', '跟踪报告', '动态跟踪', '快报'] as const;
/** Report types for monthly templates. */
export const MONTHLY_TYPES = ['投资策略', '投资策略', '月报', '策略报告', '专题研究', '深度研究'] as const;

/** Industry ratings, weighted by how often brokers print them. */
const RATINGS = ['买入', '买入', '增持', '增持', '优于大市', '推荐', '强于大市', '中性', '看好', '超配'] as const;
const ACTIONS = ['维持', '维持', '维持', '首次', '上调'] as const;

export function pickRating(random: Random): { value: string; action: string } {
  return { value: random.pick(RATINGS), action: random.pick(ACTIONS) };
}

/** SAC licence prefixes the registry does not know, for brokers it knows by name only. */
const KNOWN_PREFIXES = new Set(BROKERS.flatMap((b) => b.licencePrefixes));

/** The e-mail domain and licence prefix a broker's analysts get: the registry's, else made-up ones it does not list. */
export function brokerContacts(broker: Broker): { domain: string; licencePrefix: string } {
  const index = BROKERS.indexOf(broker);
  let number = 100 + ((index * 211) % 1900);
  while (KNOWN_PREFIXES.has(`S${String(number).padStart(4, '0')}`)) number += 1;
  return {
    domain: broker.emailDomains[0] ?? `${broker.code}.com.cn`,
    licencePrefix: broker.licencePrefixes[0] ?? `S${String(number).padStart(4, '0')}`,
  };
}

const SURNAMES: readonly (readonly [string, string])[] = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['赵', 'zhao'],
  ['黄', 'huang'], ['周', 'zhou'], ['吴', 'wu'], ['徐', 'xu'], ['孙', 'sun'], ['胡', 'hu'], ['朱', 'zhu'],
  ['高', 'gao'], ['林', 'lin'], ['何', 'he'], ['郭', 'guo'], ['马', 'ma'], ['罗', 'luo'], ['梁', 'liang'],
  ['宋', 'song'], ['郑', 'zheng'], ['谢', 'xie'], ['韩', 'han'], ['唐', 'tang'], ['冯', 'feng'], ['董', 'dong'],
  ['程', 'cheng'], ['曹', 'cao'], ['袁', 'yuan'], ['邓', 'deng'], ['沈', 'shen'], ['曾', 'zeng'], ['彭', 'peng'],
];
const GIVEN: readonly (readonly [string, string])[] = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['强', 'qiang'], ['磊', 'lei'],
  ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['涛', 'tao'], ['明', 'ming'],
  ['超', 'chao'], ['霞', 'xia'], ['平', 'ping'], ['晨', 'chen'], ['昊', 'hao'], ['婷', 'ting'], ['宇', 'yu'],
  ['浩', 'hao'], ['凯', 'kai'], ['琳', 'lin'], ['倩', 'qian'], ['思', 'si'], ['睿', 'rui'], ['博', 'bo'],
  ['欣', 'xin'], ['然', 'ran'], ['雪', 'xue'], ['晗', 'han'], ['哲', 'zhe'], ['悦', 'yue'], ['梦', 'meng'],
];

/** A made-up analyst: name, e-mail local part (its pinyin, as brokers spell them). */
export interface AnalystName {
  name: string;
  login: string;
}

/** `count` distinct analyst names. */
export function pickAnalystNames(random: Random, count: number): AnalystName[] {
  const names = new Map<string, AnalystName>();
  while (names.size < count) {
    const [surname, surnamePinyin] = random.pick(SURNAMES);
    const given = Array.from({ length: random.chance(0.7) ? 2 : 1 }, () => random.pick(GIVEN));
    const name = surname + given.map(([char]) => char).join('');
    const login = surnamePinyin + given.map(([, pinyin]) => pinyin).join('') + (random.chance(0.3) ? String(random.int(1, 9)) : '');
    names.set(name, { name, login });
  }
  return [...names.values()];
}
