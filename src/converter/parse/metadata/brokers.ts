/**
 * The broker registry: every sell-side firm the parser can name.
 *
 * `code` is the ASCII form used in URLs: the pinyin initials of the short name (国金证券 → gjzq);
 * where two firms would share initials the second spells its first syllable out
 * (招商证券 zszq, 浙商证券 zheszq). `emailDomains` and `licencePrefixes` (the first five
 * characters of a SAC licence, which identify the firm) are listed only where certain: from
 * the seed reports or the hand-made fixtures; every other broker is recognised by name.
 */

/** One firm in the registry. */
export interface Broker {
  /** Canonical short name (国金证券). */
  name: string;
  /** ASCII code for URLs (gjzq). */
  code: string;
  /** Other names the firm prints, including former names (安信证券 for 国投证券). */
  aliases: readonly string[];
  /** Analysts' e-mail domains. */
  emailDomains: readonly string[];
  /** SAC licence prefixes (S1130). */
  licencePrefixes: readonly string[];
}

function broker(name: string, code: string, extra: Partial<Omit<Broker, 'name' | 'code'>> = {}): Broker {
  return {
    name,
    code,
    aliases: extra.aliases ?? [],
    emailDomains: extra.emailDomains ?? [],
    licencePrefixes: extra.licencePrefixes ?? [],
  };
}

/** All known brokers. */
export const BROKERS: readonly Broker[] = [
  broker('国金证券', 'gjzq', { emailDomains: ['gjzq.com.cn'], licencePrefixes: ['S1130'] }),
  broker('国信证券', 'gxzq', { emailDomains: ['guosen.com.cn'], licencePrefixes: ['S0980'] }),
  broker('华安证券', 'hazq', { emailDomains: ['hazq.com'], licencePrefixes: ['S0010'] }),
  broker('中信证券', 'zxzq', { emailDomains: ['citics.com'], licencePrefixes: ['S1010'] }),
  broker('中金公司', 'zjgs', { aliases: ['中国国际金融'] }),
  broker('华泰证券', 'htzq'),
  // 国泰君安 absorbed 海通证券 in 2025 and was renamed 国泰海通证券.
  broker('国泰海通', 'gtht', { aliases: ['国泰海通证券', '国泰君安', '海通证券'] }),
  broker('招商证券', 'zszq'),
  broker('广发证券', 'gfzq'),
  broker('申万宏源', 'swhy', { aliases: ['申万宏源证券', '申银万国'] }),
  broker('兴业证券', 'xyzq'),
  broker('东吴证券', 'dwzq'),
  broker('天风证券', 'tfzq'),
  broker('中泰证券', 'ztzq'),
  broker('长江证券', 'cjzq'),
  // 安信证券 was renamed 国投证券 in 2024.
  broker('国投证券', 'gtzq', { aliases: ['安信证券'] }),
  broker('光大证券', 'gdzq'),
  broker('方正证券', 'fzzq'),
  broker('民生证券', 'mszq'),
  broker('浙商证券', 'zheszq'),
  broker('开源证券', 'kyzq', { emailDomains: ['kysec.cn'], licencePrefixes: ['S0790'] }),
  broker('国盛证券', 'gszq'),
  broker('东北证券', 'dbzq'),
  broker('信达证券', 'xdzq'),
  broker('华西证券', 'hxzq'),
  broker('西部证券', 'xbzq'),
  broker('国海证券', 'ghzq'),
  broker('德邦证券', 'debzq'),
  broker('东方证券', 'dfzq'),
  broker('中银证券', 'zyzq', { aliases: ['中银国际证券'] }),
  broker('平安证券', 'pazq'),
  broker('财通证券', 'ctzq'),
  broker('华创证券', 'hczq'),
  broker('中信建投', 'zxjt', { aliases: ['中信建投证券'] }),
  broker('东方财富证券', 'dfcf'),
  broker('华福证券', 'hfzq'),
  broker('太平洋证券', 'tpyzq'),
  broker('东兴证券', 'dxzq'),
  broker('国元证券', 'gyzq'),
  broker('首创证券', 'sczq'),
  broker('万联证券', 'wlzq'),
];

/** Every printed name of a broker: canonical name and aliases. */
export function namesOf(entry: Broker): string[] {
  return [entry.name, ...entry.aliases];
}

/** The broker printed under this name or alias. */
export function lookupBroker(name: string): Broker | null {
  const trimmed = name.trim();
  return BROKERS.find((entry) => namesOf(entry).includes(trimmed)) ?? null;
}

/** The ASCII URL code of a broker given by name or alias (国金证券 → gjzq), null if unknown. */
export function brokerCode(name: string): string | null {
  return lookupBroker(name)?.code ?? null;
}
