/**
 * Regional and smaller mainland brokers with a research institute, and the mainland joint
 * ventures of foreign banks. Sources as in `national.ts`: licence prefixes and domains from the
 * corpus report named in the comment; firms without a comment are recognised by name only.
 */
import type { FirmEntry } from '../types.ts';

export const REGIONAL: readonly FirmEntry[] = [
  // flat_03 (新时代, 2021), layout_10 (诚通, 2026). 中国诚通 took control in 2022; renamed in 2023.
  { name: '诚通证券', code: 'chengtzq', legalName: '诚通证券股份有限公司',
    emailDomains: ['cctgsc.com.cn', 'xsdzq.cn'], licencePrefixes: ['S0280'],
    formerNames: [{ name: '新时代证券', code: 'xsdzq', legalName: '新时代证券股份有限公司', until: '2023' }] },
  // flat_06, layout_07, layout_14 (www.huajinsc.cn)
  { name: '华金证券', code: 'hjzq', legalName: '华金证券股份有限公司', english: ['Huajin Securities'],
    emailDomains: ['huajinsc.cn'], licencePrefixes: ['S0910'] },
  // flat_08
  { name: '川财证券', code: 'chuanczq', legalName: '川财证券有限责任公司', emailDomains: ['cczq.com'], licencePrefixes: ['S1100'] },
  // flat_14, layout_08 (prints 西南证券研究院 and 西南证券研究发展中心)
  { name: '西南证券', code: 'xnzq', legalName: '西南证券股份有限公司', english: ['Southwest Securities'],
    emailDomains: ['swsc.com.cn'], licencePrefixes: ['S1250'] },
  // flat_15, layout_06, layout_17
  { name: '东莞证券', code: 'dgzq', legalName: '东莞证券股份有限公司', english: ['Dongguan Securities'],
    emailDomains: ['dgzq.com.cn'], licencePrefixes: ['S0340'] },
  // flat_17
  { name: '渤海证券', code: 'bhzq', legalName: '渤海证券股份有限公司', english: ['Bohai Securities'],
    emailDomains: ['bhzq.com'], licencePrefixes: ['S1150'] },
  // flatb_02 (粤开, 2020). 联讯证券 became 粤开证券 in 2019.
  { name: '粤开证券', code: 'ykzq', legalName: '粤开证券股份有限公司', emailDomains: ['ykzq.com'], licencePrefixes: ['S0300'],
    formerNames: [{ name: '联讯证券', code: 'lxzq', legalName: '联讯证券股份有限公司', until: '2019' }] },
  // flatb_07, layoutb_09
  { name: '中原证券', code: 'zhongyuanzq', legalName: '中原证券股份有限公司', english: ['Central China Securities'],
    emailDomains: ['ccnew.com'], licencePrefixes: ['S0730'] },
  // flatb_12
  { name: '国开证券', code: 'gkzq', legalName: '国开证券股份有限公司', emailDomains: ['gkzq.com.cn'], licencePrefixes: ['S1380'] },
  // flatb_14: an independent research firm owned by 广州证券; its licences are of the older A form.
  { name: '广证恒生', code: 'gzhs', legalName: '广州广证恒生证券研究所有限公司', emailDomains: ['gzgzhs.com.cn'],
    licencePrefixes: ['A1310'] },
  // layout_01, layout_16 (an analyst still writes from jzsec.com). 九州证券 became 华源证券 in 2023.
  { name: '华源证券', code: 'hyzq', legalName: '华源证券股份有限公司', emailDomains: ['huayuanstock.com', 'jzsec.com'],
    licencePrefixes: ['S1350'],
    formerNames: [{ name: '九州证券', code: 'jzzq', legalName: '九州证券股份有限公司', until: '2023' }] },
  // layout_03, layout_15 (sources signed 华鑫证券研究)
  { name: '华鑫证券', code: 'huaxzq', legalName: '华鑫证券有限责任公司', emailDomains: ['cfsc.com.cn'], licencePrefixes: ['S1050'] },
  // layout_04, layout_18
  { name: '中邮证券', code: 'zhongyzq', legalName: '中邮证券有限责任公司', english: ['China Post Securities'],
    emailDomains: ['cnpsec.com'], licencePrefixes: ['S1340'] },
  // layout_12
  { name: '爱建证券', code: 'ajzq', legalName: '爱建证券有限责任公司', emailDomains: ['ajzq.com'], licencePrefixes: ['S0820'] },
  // layoutb_10
  { name: '金元证券', code: 'jyzq', legalName: '金元证券股份有限公司', emailDomains: ['jyzq.cn'], licencePrefixes: ['S0370'] },
  // layoutb_11
  { name: '联储证券', code: 'lczq', legalName: '联储证券股份有限公司', legalAliases: ['联储证券有限责任公司'],
    emailDomains: ['lczq.com'], licencePrefixes: ['S1320'] },
  // layoutb_12
  { name: '长城国瑞证券', code: 'ccgrzq', legalName: '长城国瑞证券有限公司', aliases: ['长城国瑞'],
    emailDomains: ['gwgsc.com'], licencePrefixes: ['S0200'] },
  // layoutb_13
  { name: '上海证券', code: 'shzq', legalName: '上海证券有限责任公司', emailDomains: ['shzq.com'], licencePrefixes: ['S0870'] },
  { name: '湘财证券', code: 'xczq', legalName: '湘财证券股份有限公司' },
  { name: '山西证券', code: 'sxzq', legalName: '山西证券股份有限公司' },
  { name: '中航证券', code: 'zhzq', legalName: '中航证券有限公司' },
  { name: '南京证券', code: 'njzq', legalName: '南京证券股份有限公司' },
  { name: '东海证券', code: 'dhzq', legalName: '东海证券股份有限公司' },
  { name: '第一创业', code: 'dycy', legalName: '第一创业证券股份有限公司', aliases: ['第一创业证券'],
    english: ['First Capital Securities'] },
  { name: '五矿证券', code: 'wkzq', legalName: '五矿证券有限公司' },
  { name: '财信证券', code: 'cxzq', legalName: '财信证券股份有限公司' },
  { name: '红塔证券', code: 'hongtzq', legalName: '红塔证券股份有限公司' },
  { name: '国都证券', code: 'guodzq', legalName: '国都证券股份有限公司' },
  { name: '华宝证券', code: 'hbzq', legalName: '华宝证券股份有限公司' },
  { name: '江海证券', code: 'jhzq', legalName: '江海证券有限公司' },
  { name: '世纪证券', code: 'sjzq', legalName: '世纪证券有限责任公司' },
  { name: '中山证券', code: 'zhongszq', legalName: '中山证券有限责任公司' },
  { name: '英大证券', code: 'ydzq', legalName: '英大证券有限责任公司' },
  { name: '申港证券', code: 'sgzq', legalName: '申港证券股份有限公司' },
  { name: '甬兴证券', code: 'yxzq', legalName: '甬兴证券有限公司' },
  { name: '华龙证券', code: 'hlzq', legalName: '华龙证券股份有限公司' },
  { name: '大同证券', code: 'dtzq', legalName: '大同证券有限责任公司' },
  { name: '国融证券', code: 'grzq', legalName: '国融证券股份有限公司' },
  { name: '华林证券', code: 'hualzq', legalName: '华林证券股份有限公司' },
  { name: '万和证券', code: 'whzq', legalName: '万和证券股份有限公司' },
  { name: '东亚前海证券', code: 'dyqh', legalName: '东亚前海证券有限责任公司' },
  { name: '汇丰前海证券', code: 'hfqh', legalName: '汇丰前海证券有限责任公司' },
  { name: '华兴证券', code: 'huaxingzq', legalName: '华兴证券有限公司' },
  { name: '瑞银证券', code: 'ryzq', legalName: '瑞银证券有限责任公司', english: ['UBS Securities'] },
  { name: '高盛高华', code: 'gsgh', legalName: '高盛高华证券有限责任公司', aliases: ['高盛高华证券'],
    english: ['Goldman Sachs Gao Hua'] },
  { name: '摩根士丹利证券', code: 'mgsdl', legalName: '摩根士丹利证券（中国）有限公司', english: ['Morgan Stanley Securities (China)'] },
  { name: '摩根大通证券', code: 'mgdt', legalName: '摩根大通证券（中国）有限公司', english: ['J.P. Morgan Securities (China)'] },
  { name: '野村东方国际证券', code: 'ycdf', legalName: '野村东方国际证券有限公司', english: ['Nomura Orient International Securities'] },
  { name: '星展证券', code: 'xzzq', legalName: '星展证券（中国）有限公司', english: ['DBS Securities (China)'] },
];
