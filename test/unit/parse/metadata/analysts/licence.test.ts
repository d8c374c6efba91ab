import { describe, expect, it } from 'vitest';
import { licenceCategory } from '~/converter/parse/metadata/analysts/licence.ts';
import { tokenize } from '~/converter/parse/metadata/analysts/tokens.ts';

const licences = (text: string) => tokenize(text).filter((token) => token.kind === 'licence').map((token) => token.text);
const kinds = (text: string) => tokenize(text).filter((token) => token.kind !== 'space').map((token) => `${token.kind}:${token.text}`);

describe('licence numbers', () => {
  it.each([
    ['执业证书编号：S0680518120002', 'S0680518120002'],
    ['执业证书号：S0010523060001', 'S0010523060001'],
    ['执业证号：S1250519080004', 'S1250519080004'],
    ['执业编号：S0360517100004', 'S0360517100004'],
    ['执证编码：S0980520080003', 'S0980520080003'],
    ['SAC执证编号：S0110520090001', 'S0110520090001'],
    ['证券投资咨询执业资格证书编码：S0980517100003', 'S0980517100003'],
    ['证券投资咨询业务证书编号：S1300517050001', 'S1300517050001'],
    ['投资咨询资格编号S1060519060002', 'S1060519060002'],
    ['SAC 执业证书编号：S0910525030003', 'S0910525030003'],
    ['SAC 编号:S1440522030001', 'S1440522030001'],
    ['SAC 登记编号:S1340523050004', 'S1340523050004'],
    ['SAC：S1350525030001', 'S1350525030001'],
    ['SAC No. S0570516010001', 'S0570516010001'],
    ['SACNO：S1150118080007', 'S1150118080007'],
    ['证书编号 S0880521080002', 'S0880521080002'],
    ['证书:S0850513080005', 'S0850513080005'],
    ['登记编码：S0730523100001', 'S0730523100001'],
    ['登记编号：S0280524010001', 'S0280524010001'],
    ['分析师登记编码：S0130518020001', 'S0130518020001'],
    ['执业证书： S0100521100006', 'S0100521100006'],
    ['（执业 S1130526050001）', 'S1130526050001'],
    ['S0820525010002', 'S0820525010002'],
    // Forms of other brokers' templates.
    ['SAC 执证号：S0260517090001', 'S0260517090001'],
    ['执业资格证书号：S0260517090001', 'S0260517090001'],
    ['证书号码：S0260517090001', 'S0260517090001'],
    ['登记号：S0260517090001', 'S0260517090001'],
    ['SAC Reg. No. S0260517090001', 'S0260517090001'],
  ])('%s', (text, licence) => {
    expect(licences(text)).toEqual([licence]);
  });

  it('reads a licence and its label apart, also when the label contains 分析师', () => {
    expect(kinds('分析师登记编码：S0130518020001')).toEqual(['licence-label:分析师登记编码', 'colon:：', 'licence:S0130518020001']);
  });

  it('takes the first 13 digits when a phone number or a date runs into the licence', () => {
    expect(licences('投资咨询资格编号S1060519060002021-20600641hanmengmeng005@pingan.com.cn')).toEqual(['S1060519060002']);
    expect(licences('联系人傅欣璐证书编号：S1100119080001010-66495910fuxinlu@cczq.com')).toEqual(['S1100119080001']);
    expect(licences('分析师：陈晨SACNO：S11501180800072021年03月31日')).toEqual(['S1150118080007']);
  });

  it('cuts an e-mail that runs into a licence, and a licence that runs into a name', () => {
    expect(kinds('谢恒xieheng@xyzq.com.cnS0190519060001李双亮')).toEqual([
      'han:谢恒',
      'email:xieheng@xyzq.com.cn',
      'licence:S0190519060001',
      'han:李双亮',
    ]);
  });

  it('takes the older A form after a label or on its own, and a 12-digit number only after a label', () => {
    expect(licences('执业编号：A1310516100001⚫行业层面')).toEqual(['A1310516100001']);
    expect(licences('证券分析师 王五 A0230511040036 wangwu@swsresearch.com')).toEqual(['A0230511040036']);
    expect(licences('执业资格证书编码：S119051909001(10%)(1%)7%')).toEqual(['S119051909001']);
    expect(licences('编码 2020 S119051909001 (10%)')).toEqual([]);
  });

  it('keeps a Hong Kong SFC number apart from the SAC licence', () => {
    expect(kinds('林晓明 SAC No. S0570516010001 研究员 SFC No. BPY421')).toEqual([
      'han:林晓明',
      'licence-label:SAC No.',
      'licence:S0570516010001',
      'role:研究员',
      'sfc:SFC No. BPY421',
    ]);
  });

  it('tells an analyst registration (5) from a general one (1) by the digit after the firm code', () => {
    expect(licenceCategory('S0680518120002')).toBe('analyst');
    expect(licenceCategory('A1310516100001')).toBe('analyst');
    expect(licenceCategory('S0350120080069')).toBe('general');
    expect(licenceCategory('S1480119070047')).toBe('general');
  });
});

describe('contacts', () => {
  it('reads e-mails with a full-width @, run into each other or into a phone number', () => {
    const emails = (text: string) => tokenize(text).filter((token) => token.kind === 'email').map((token) => token.text);
    expect(emails('(8621)60230221yuan_wei＠gjzq.com.cn流感疫苗')).toEqual(['yuan_wei@gjzq.com.cn']);
    expect(emails('021-20315176sunjian@r.qlzq.com.cnhuyc@r.qlzq.com.cn')).toEqual(['sunjian@r.qlzq.com.cn', 'huyc@r.qlzq.com.cn']);
    expect(emails('huhui@huajinsc.cn021-20377068报告联系人')).toEqual(['huhui@huajinsc.cn']);
    expect(emails('010-69004648qiuyifeng@xsdzq.cn证书编号')).toEqual(['qiuyifeng@xsdzq.cn']);
  });
});
