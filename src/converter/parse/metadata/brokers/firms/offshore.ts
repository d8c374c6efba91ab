/**
 * Hong Kong and Taiwan brokers that publish research in Chinese, and the Hong Kong arms of
 * mainland firms (each its own publisher, with its own name on its reports). Their analysts hold
 * SFC, not SAC, licences, so none has a licence prefix. Sources as in `national.ts`.
 */
import type { FirmEntry } from '../types.ts';

export const OFFSHORE: readonly FirmEntry[] = [
  // layoutb_08: 群益证券(香港)有限公司, H70529@capital.com.tw
  { name: '群益证券', code: 'qyzq', legalName: '群益证券(香港)有限公司', legalAliases: ['群益金鼎证券股份有限公司'],
    english: ['Capital Securities Corp', 'Capital Securities (Hong Kong)'], traditional: ['群益證券', '群益金鼎證券'],
    emailDomains: ['capital.com.tw'] },
  // layoutb_18: the text never prints 辉立; it signs Phillip Securities (Hong Kong) Ltd and writes from phillip.com.cn.
  { name: '辉立证券', code: 'huilzq', legalName: '辉立证券(香港)有限公司',
    english: ['Phillip Securities', 'PhillipCapital'], traditional: ['輝立證券'],
    emailDomains: ['phillip.com.cn', 'phillip.com.hk'], webDomains: ['phillip.com.sg'] },
  { name: '元大证券', code: 'yuandzq', legalName: '元大证券(香港)有限公司', legalAliases: ['元大证券股份有限公司'],
    english: ['Yuanta Securities'], traditional: ['元大證券'] },
  { name: '富邦证券', code: 'fbzq', legalName: '富邦综合证券股份有限公司', legalAliases: ['富邦证券股份有限公司'],
    english: ['Fubon Securities'], traditional: ['富邦證券'] },
  { name: '凯基证券', code: 'kjzq', legalName: '凯基证券股份有限公司', english: ['KGI Securities'], traditional: ['凱基證券'] },
  { name: '元富证券', code: 'yfzq', legalName: '元富证券股份有限公司', english: ['Masterlink Securities'], traditional: ['元富證券'] },
  { name: '永丰金证券', code: 'yfjzq', legalName: '永丰金证券(亚洲)有限公司', english: ['SinoPac Securities'],
    traditional: ['永豐金證券'] },
  { name: '国泰证券', code: 'guotaizq', legalName: '国泰综合证券股份有限公司', english: ['Cathay Securities'],
    traditional: ['國泰證券', '國泰綜合證券'] },
  { name: '华南永昌证券', code: 'hnyc', legalName: '华南永昌综合证券股份有限公司', english: ['Hua Nan Securities'],
    traditional: ['華南永昌證券'] },
  { name: '兆丰证券', code: 'zfzq', legalName: '兆丰证券股份有限公司', english: ['Mega Securities'], traditional: ['兆豐證券'] },
  { name: '大华继显', code: 'dhjx', legalName: '大华继显(香港)有限公司', english: ['UOB Kay Hian'], traditional: ['大華繼顯'] },
  { name: '耀才证券', code: 'yczq', legalName: '耀才证券金融集团有限公司', english: ['Bright Smart Securities'],
    traditional: ['耀才證券'] },
  { name: '第一上海', code: 'dysh', legalName: '第一上海证券有限公司', aliases: ['第一上海证券'], english: ['First Shanghai Securities'] },
  { name: '招银国际', code: 'zygj', legalName: '招银国际证券有限公司', english: ['CMB International'] },
  { name: '建银国际', code: 'jygj', legalName: '建银国际证券有限公司', english: ['CCB International'] },
  { name: '交银国际', code: 'jiaoygj', legalName: '交银国际证券有限公司', english: ['BOCOM International'] },
  { name: '工银国际', code: 'gygj', legalName: '工银国际证券有限公司', english: ['ICBC International'] },
  { name: '农银国际', code: 'nygj', legalName: '农银国际证券有限公司', english: ['ABCI Securities'] },
  { name: '海通国际', code: 'htgj', legalName: '海通国际证券集团有限公司', aliases: ['海通国际证券'],
    english: ['Haitong International'] },
  { name: '国泰君安国际', code: 'gtjagj', legalName: '国泰君安国际控股有限公司', english: ['Guotai Junan International'] },
  { name: '中泰国际', code: 'ztgj', legalName: '中泰金融国际有限公司', english: ['Zhongtai International'] },
  { name: '光大证券国际', code: 'gdzqgj', legalName: '光大证券国际有限公司', english: ['Everbright Securities International'] },
  { name: '信达国际', code: 'xdgj', legalName: '信达国际控股有限公司', english: ['Cinda International'] },
  { name: '兴证国际', code: 'xzgj', legalName: '兴证国际证券有限公司', english: ['China Industrial Securities International'] },
  { name: '浦银国际', code: 'pygj', legalName: '浦银国际控股有限公司', english: ['SPDB International'] },
  { name: '中信里昂', code: 'zxla', legalName: '中信里昂证券有限公司', aliases: ['中信里昂证券'], english: ['CLSA'] },
  { name: '天风国际', code: 'tfgj', legalName: '天风国际证券集团有限公司', english: ['TF International Securities'] },
  { name: '招商证券国际', code: 'zsgj', legalName: '招商证券国际有限公司', english: ['CMS International'] },
];
