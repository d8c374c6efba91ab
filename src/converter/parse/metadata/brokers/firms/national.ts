/**
 * The large national brokers (the old registry's firms, with its codes unchanged).
 *
 * Sources: licence prefixes and e-mail/web domains are read from the corpus (../shared/corpus,
 * the report named in the comment) and the seeds, where the firm's analysts print them. A
 * domain marked "site" is the firm's own web domain, which its analysts' addresses use; it is
 * not in the corpus. Licence prefixes are listed only from printed licences.
 */
import type { FirmEntry } from '../types.ts';

export const NATIONAL: readonly FirmEntry[] = [
  // seeds 000/003, flatb_08, layoutb_03
  { name: '国金证券', code: 'gjzq', legalName: '国金证券股份有限公司', english: ['Sinolink Securities'],
    emailDomains: ['gjzq.com.cn'], licencePrefixes: ['S1130'] },
  // seeds 001/002, flatb_03, layout_02
  { name: '国信证券', code: 'gxzq', legalName: '国信证券股份有限公司', english: ['Guosen Securities'],
    emailDomains: ['guosen.com.cn'], licencePrefixes: ['S0980'] },
  // seed 004, layoutb_05, layoutb_15
  { name: '华安证券', code: 'hazq', legalName: '华安证券股份有限公司', english: ['Huaan Securities'],
    emailDomains: ['hazq.com'], licencePrefixes: ['S0010'] },
  // S1010 and citics.com: kept from the earlier registry (not in the corpus).
  { name: '中信证券', code: 'zxzq', legalName: '中信证券股份有限公司', english: ['CITIC Securities'],
    emailDomains: ['citics.com'], licencePrefixes: ['S1010'] },
  // cicc.com.cn: site.
  { name: '中金公司', code: 'zjgs', legalName: '中国国际金融股份有限公司', legalAliases: ['中国国际金融有限公司'],
    aliases: ['中国国际金融'], english: ['China International Capital Corporation', 'CICC'],
    emailDomains: ['cicc.com.cn'] },
  // md_06, md_07
  { name: '华泰证券', code: 'htzq', legalName: '华泰证券股份有限公司', english: ['Huatai Securities', 'HTSC'],
    emailDomains: ['htsc.com', 'htsc-us.com'], webDomains: ['htsc.com.hk'], licencePrefixes: ['S0570'] },
  // md_03, md_04 (国泰君安, 2021 and 2024). 国泰君安 absorbed 海通证券 and took the name 国泰海通 in April 2025.
  { name: '国泰海通', code: 'gtht', legalName: '国泰海通证券股份有限公司', aliases: ['国泰海通证券'],
    english: ['Guotai Haitong Securities'], emailDomains: ['gtjas.com'], licencePrefixes: ['S0880'],
    formerNames: [
      { name: '国泰君安', code: 'gtja', legalName: '国泰君安证券股份有限公司', until: '2025-04',
        aliases: ['国泰君安证券', '國泰君安証券'], english: ['Guotai Junan Securities', 'GTJA'] },
    ] },
  // flatb_06, md_09
  { name: '海通证券', code: 'haitzq', legalName: '海通证券股份有限公司', english: ['Haitong Securities'],
    emailDomains: ['htsec.com', 'haitong.com'], licencePrefixes: ['S0850'],
    mergedInto: { name: '国泰海通', from: '2025-04' } },
  // cmschina.com.cn: site.
  { name: '招商证券', code: 'zszq', legalName: '招商证券股份有限公司', english: ['China Merchants Securities'],
    emailDomains: ['cmschina.com.cn'] },
  // md_10
  { name: '广发证券', code: 'gfzq', legalName: '广发证券股份有限公司', english: ['GF Securities'],
    emailDomains: ['gf.com.cn'], licencePrefixes: ['S0260'] },
  // 申银万国证券 merged with 宏源证券 into 申万宏源 in January 2015. swsresearch.com: site.
  { name: '申万宏源', code: 'swhy', legalName: '申万宏源证券有限公司', legalAliases: ['申万宏源证券股份有限公司'],
    aliases: ['申万宏源证券', '申万宏源研究'], english: ['Shenwan Hongyuan Securities', 'SWS Research'],
    emailDomains: ['swsresearch.com'],
    formerNames: [
      { name: '申银万国', code: 'sywg', legalName: '申银万国证券股份有限公司', until: '2015-01',
        aliases: ['申银万国证券'], english: ['Shenyin Wanguo Securities'] },
    ] },
  { name: '宏源证券', code: 'hongyzq', legalName: '宏源证券股份有限公司', english: ['Hongyuan Securities'],
    mergedInto: { name: '申万宏源', from: '2015-01' } },
  // flat_02
  { name: '兴业证券', code: 'xyzq', legalName: '兴业证券股份有限公司', english: ['Industrial Securities'],
    emailDomains: ['xyzq.com.cn'], licencePrefixes: ['S0190'] },
  // flatb_15, layout_11
  { name: '东吴证券', code: 'dwzq', legalName: '东吴证券股份有限公司', english: ['Soochow Securities'],
    emailDomains: ['dwzq.com.cn'], licencePrefixes: ['S0600'] },
  // tfzq.com: site.
  { name: '天风证券', code: 'tfzq', legalName: '天风证券股份有限公司', english: ['Tianfeng Securities', 'TF Securities'],
    emailDomains: ['tfzq.com'] },
  // flat_13 (中泰, qlzq.com.cn addresses), flatb_18 (齐鲁, 2015). Renamed on 2015-09-26; zts.com.cn: site.
  { name: '中泰证券', code: 'ztzq', legalName: '中泰证券股份有限公司', english: ['Zhongtai Securities'],
    emailDomains: ['zts.com.cn', 'qlzq.com.cn'], licencePrefixes: ['S0740'],
    formerNames: [
      { name: '齐鲁证券', code: 'qlzq', legalName: '齐鲁证券有限公司', until: '2015-09-26', english: ['Qilu Securities'] },
    ] },
  // cjsc.com.cn: site.
  { name: '长江证券', code: 'cjzq', legalName: '长江证券股份有限公司', english: ['Changjiang Securities'],
    emailDomains: ['cjsc.com.cn'] },
  // flatb_09, flatb_16 (安信, 2020). Renamed 国投证券 at the turn of 2024.
  { name: '国投证券', code: 'gtzq', legalName: '国投证券股份有限公司', english: ['SDIC Securities'],
    emailDomains: ['essence.com.cn'], licencePrefixes: ['S1450'],
    formerNames: [
      { name: '安信证券', code: 'axzq', legalName: '安信证券股份有限公司', until: '2024', english: ['Essence Securities'] },
    ] },
  // flat_11
  { name: '光大证券', code: 'gdzq', legalName: '光大证券股份有限公司', english: ['Everbright Securities'],
    emailDomains: ['ebscn.com'], licencePrefixes: ['S0930'] },
  // foundersc.com: site.
  { name: '方正证券', code: 'fzzq', legalName: '方正证券股份有限公司', english: ['Founder Securities'],
    emailDomains: ['foundersc.com'] },
  // flatb_11, layoutb_04 (2025: glms.com.cn, the 国联民生 group's domain), layoutb_17
  { name: '民生证券', code: 'mszq', legalName: '民生证券股份有限公司', english: ['Minsheng Securities'],
    emailDomains: ['mszq.com', 'glms.com.cn'], licencePrefixes: ['S0100'] },
  // flatb_05
  { name: '浙商证券', code: 'zheszq', legalName: '浙商证券股份有限公司', english: ['Zheshang Securities'],
    emailDomains: ['stocke.com.cn'], licencePrefixes: ['S1230'] },
  // layoutb_02, layoutb_16
  { name: '开源证券', code: 'kyzq', legalName: '开源证券股份有限公司', english: ['Kaiyuan Securities'],
    emailDomains: ['kysec.cn'], licencePrefixes: ['S0790'] },
  // flat_01
  { name: '国盛证券', code: 'gszq', legalName: '国盛证券有限责任公司', english: ['Guosheng Securities'],
    emailDomains: ['gszq.com'], licencePrefixes: ['S0680'] },
  // nesc.cn: site.
  { name: '东北证券', code: 'dbzq', legalName: '东北证券股份有限公司', english: ['Northeast Securities'],
    emailDomains: ['nesc.cn'] },
  // flat_09, layoutb_07
  { name: '信达证券', code: 'xdzq', legalName: '信达证券股份有限公司', english: ['Cinda Securities'],
    emailDomains: ['cindasc.com'], licencePrefixes: ['S1500'] },
  // hx168.com.cn: site.
  { name: '华西证券', code: 'hxzq', legalName: '华西证券股份有限公司', english: ['Huaxi Securities'],
    emailDomains: ['hx168.com.cn'] },
  // md_08
  { name: '西部证券', code: 'xbzq', legalName: '西部证券股份有限公司', english: ['Western Securities'],
    emailDomains: ['xbmail.com.cn'], licencePrefixes: ['S0800'] },
  // flat_04, layoutb_14
  { name: '国海证券', code: 'ghzq', legalName: '国海证券股份有限公司', english: ['Sealand Securities'],
    emailDomains: ['ghzq.com.cn'], licencePrefixes: ['S0350'] },
  // tebon.com.cn: site.
  { name: '德邦证券', code: 'debzq', legalName: '德邦证券股份有限公司', english: ['Tebon Securities'],
    emailDomains: ['tebon.com.cn'] },
  // orientsec.com.cn: site.
  { name: '东方证券', code: 'dfzq', legalName: '东方证券股份有限公司', english: ['Orient Securities'],
    emailDomains: ['orientsec.com.cn'] },
  // flatb_13, layout_09: the firm prints its legal name 中银国际证券 and signs sources 中银证券.
  { name: '中银证券', code: 'zyzq', legalName: '中银国际证券股份有限公司', aliases: ['中银国际证券'],
    english: ['BOC International (China)', 'BOCI Securities'], emailDomains: ['bocichina.com'], licencePrefixes: ['S1300'] },
  // flatb_04
  { name: '平安证券', code: 'pazq', legalName: '平安证券股份有限公司', english: ['Ping An Securities'],
    emailDomains: ['pingan.com.cn'], licencePrefixes: ['S1060'] },
  // flatb_17
  { name: '财通证券', code: 'ctzq', legalName: '财通证券股份有限公司', english: ['Caitong Securities'],
    emailDomains: ['ctsec.com'], licencePrefixes: ['S0160'] },
  // flat_05, md_05
  { name: '华创证券', code: 'hczq', legalName: '华创证券有限责任公司', english: ['Huachuang Securities'],
    emailDomains: ['hcyjs.com'], licencePrefixes: ['S0360'] },
  // Its analysts write from eastmoney.com, but so does every reader of 东方财富's distribution
  // platform whose address a watermark prints (layoutb_11): that domain names a buyer, not a firm.
  { name: '东方财富证券', code: 'dfcf', legalName: '东方财富证券股份有限公司', english: ['East Money Securities'] },
  // hfzq.com.cn: site.
  { name: '华福证券', code: 'hfzq', legalName: '华福证券有限责任公司', english: ['Huafu Securities'],
    emailDomains: ['hfzq.com.cn'] },
  // flat_12, layoutb_06
  { name: '太平洋证券', code: 'tpyzq', legalName: '太平洋证券股份有限公司', english: ['Pacific Securities'],
    emailDomains: ['tpyzq.com'], licencePrefixes: ['S1190'] },
  // flatb_10, layout_13
  { name: '东兴证券', code: 'dxzq', legalName: '东兴证券股份有限公司', english: ['Dongxing Securities'],
    emailDomains: ['dxzq.net.cn'], licencePrefixes: ['S1480'] },
  // layout_05
  { name: '国元证券', code: 'gyzq', legalName: '国元证券股份有限公司', english: ['Guoyuan Securities'],
    emailDomains: ['gyzq.com.cn'], licencePrefixes: ['S0020'] },
  // flatb_01
  { name: '首创证券', code: 'sczq', legalName: '首创证券股份有限公司', emailDomains: ['sczq.com.cn'], licencePrefixes: ['S0110'] },
  // flat_18, layoutb_01 (www.wlzq.cn)
  { name: '万联证券', code: 'wlzq', legalName: '万联证券股份有限公司', english: ['Wanlian Securities'],
    emailDomains: ['wlzq.com.cn'], webDomains: ['wlzq.cn'], licencePrefixes: ['S0270'] },
  // md_01, md_02 (csci.hk: its Hong Kong arm)
  { name: '中信建投证券', code: 'zxjt', legalName: '中信建投证券股份有限公司', aliases: ['中信建投'],
    english: ['China Securities Co', 'CSC Financial'], emailDomains: ['csc.com.cn', 'csci.hk'], licencePrefixes: ['S1440'] },
  // flat_16: also printed 中国银河证券股份公司 and 银河证券
  { name: '中国银河证券', code: 'zgyhzq', legalName: '中国银河证券股份有限公司', aliases: ['银河证券', '中国银河'],
    english: ['China Galaxy Securities'], emailDomains: ['chinastock.com.cn'], licencePrefixes: ['S0130'] },
  // flat_07, flat_10
  { name: '长城证券', code: 'cczq', legalName: '长城证券股份有限公司', english: ['Great Wall Securities'],
    emailDomains: ['cgws.com'], licencePrefixes: ['S1070'] },
  // glsc.com.cn: site. 国联证券 bought 民生证券 and was renamed 国联民生证券 in 2025; 民生证券 keeps its name.
  { name: '国联民生证券', code: 'glms', legalName: '国联民生证券股份有限公司', aliases: ['国联民生'],
    formerNames: [
      { name: '国联证券', code: 'glzq', legalName: '国联证券股份有限公司', until: '2025', english: ['Guolian Securities'] },
    ],
    emailDomains: ['glsc.com.cn'] },
];
