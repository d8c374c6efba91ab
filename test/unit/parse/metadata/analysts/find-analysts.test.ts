/**
 * findAnalysts on author blocks cut from the development corpus, one per layout and label form,
 * and the traps: assistants with licences, people side by side, biographies and directories.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAnalysts } from '~/converter/parse/metadata/analysts/index.ts';
import { contextOf } from '../../../../helpers/metadata.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../../fixtures/analysts/${name}.txt`, import.meta.url), 'utf8');
const found = (text: string) => findAnalysts(contextOf(text));
const signed = (text: string) => found(text).analysts;
const pairs = (text: string) => signed(text).map((analyst) => [analyst.name, analyst.license]);

describe('flattened author blocks', () => {
  it('reads role, name, licence and e-mail run together, and leaves the research assistant out', () => {
    const text =
      '增持（维持）行业走势作者分析师郑震湘执业证书编号：S0680518120002邮箱：zhengzhenxiang@gszq.com分析师佘凌星执业证书编号：S0680520010001邮箱：shelingxing@gszq.com研究助理侯文佳邮箱：houwenjia@gszq.com相关研究1、《电子：…》';
    expect(signed(text)).toEqual([
      { name: '郑震湘', license: 'S0680518120002', email: 'zhengzhenxiang@gszq.com' },
      { name: '佘凌星', license: 'S0680520010001', email: 'shelingxing@gszq.com' },
    ]);
  });

  it('reads a label run into the name and the e-mail and phone after the licence', () => {
    expect(signed('资料来源：Wind，贝格数据分析师胡慧SAC执业证书编号：S0910520110002huhui@huajinsc.cn021-20377068报告联系人郑超君zhengchaojun@huajinsc.cn')).toEqual([
      { name: '胡慧', license: 'S0910520110002', email: 'huhui@huajinsc.cn' },
    ]);
  });

  it('reads one label for several people written name, e-mail, licence', () => {
    const text =
      '2021-03-07分析师：谢恒xieheng@xyzq.com.cnS0190519060001李双亮lishuangliang@xyzq.com.cnS0190520070005姚康yaokang@xyzq.com.cnS0190520080007投资要点＃summary＃';
    expect(signed(text)).toEqual([
      { name: '谢恒', license: 'S0190519060001', email: 'xieheng@xyzq.com.cn' },
      { name: '李双亮', license: 'S0190520070005', email: 'lishuangliang@xyzq.com.cn' },
      { name: '姚康', license: 'S0190520080007', email: 'yaokang@xyzq.com.cn' },
    ]);
  });

  it('reads the role in brackets after the name, and keeps the 联系人 with a licence out', () => {
    const text =
      '推荐（维持评级）毛正（分析师）证书编号：S0280520050002邱懿峰（分析师）010-69004648qiuyifeng@xsdzq.cn证书编号：S0280517080002殷成钢（联系人）yinchenggang@xsdzq.cn证书编号：S0280120020006行业指数走势图';
    expect(pairs(text)).toEqual([
      ['毛正', 'S0280520050002'],
      ['邱懿峰', 'S0280517080002'],
    ]);
    expect(found(text).others.map((other) => other.value.name)).toEqual(['殷成钢']);
  });

  it('cuts the name out of the department before the role', () => {
    const text =
      '[Table_Author]数据来源：万得，信达证券研发中心方竞电子行业首席分析师执业编号：S1500520030001邮箱：fangjing@cindasc.com李少青电子行业分析师执业编号：S1500520080004邮箱：lishaoqing@cindasc.com刘志来研究助理邮箱：liuzhilai@cindasc.com';
    expect(pairs(text)).toEqual([
      ['方竞', 'S1500520030001'],
      ['李少青', 'S1500520080004'],
    ]);
  });

  it('reads a name after a date, with no role label: the licence says analyst', () => {
    const text = '第10期-华韩整形（430335.OC）2021年3月30日魏红梅SAC执业证书编号：S0340513040002电话：0769-22119410邮箱：whm2@dgzq.com.cn研究助理：雷国轩S0340119070037电话：0769-23320072';
    expect(pairs(text)).toEqual([['魏红梅', 'S0340513040002']]);
  });

  it('reads licences run into phone numbers', () => {
    const text = '证券分析师韩盟盟投资咨询资格编号S1060519060002021-20600641hanmengmeng005@pingan.com.cn叶寅投资咨询资格编号S1060514100001021-22662299yeyin757@pingan.com.cn投资要点';
    expect(pairs(text)).toEqual([
      ['韩盟盟', 'S1060519060002'],
      ['叶寅', 'S1060514100001'],
    ]);
  });

  it('reads the older A form and a licence printed with a digit missing, as printed', () => {
    expect(pairs('2018.07.31唐爱金(分析师)电话：020-88836115邮箱：tangaij@gzgzhs.com.cn执业编号：A1310516100001⚫行业层面')).toEqual([['唐爱金', 'A1310516100001']]);
    expect(pairs('证券分析师：郭彬电话：18621965840E-MAIL：guobin@tpyzq.com执业资格证书编码：S119051909001(10%)(1%)7%')).toEqual([['郭彬', 'S119051909001']]);
  });

  it('pairs stacked labels by licence when they contradict the order of the names', () => {
    const text = '评级：增持前次：增持联系人分析师孙建PhD胡彦超齐鲁医药生物小组S0740512070001021-20315160021-20315176sunjian@r.qlzq.com.cnhuyc@r.qlzq.com.cn2015年8月14日';
    expect(signed(text)).toEqual([{ name: '孙建', license: 'S0740512070001', email: 'sunjian@r.qlzq.com.cn' }]);
  });

  it('reads an author block whose role label was lost, and the 联系人 list after it', () => {
    const text = '行业研究｜医药生物行业｜：孙建执业证书编号：S1230520080006：联系人：毛雅婷、郭双喜：sunjian@stocke.com.cn[table_invest]行业评级';
    expect(pairs(text)).toEqual([['孙建', 'S1230520080006']]);
  });
});

describe('a flattened report cut into lines by the layout stage', () => {
  it('reads the block as printed, wherever the cuts fall', () => {
    const lines = ['[Table_Author]数据来源：万得，信达证券研发中心方竞电子行业', '首席分析师执业编号：S1500520030001邮箱：fangjing@cindasc.com李少青电子行业', '分析师执业编号：S1500520080004'];
    const context = { kind: 'flattened' as const, masthead: lines, front: lines, all: lines, source: 'flat.txt', firstPage: [] };
    expect(findAnalysts(context).analysts.map((analyst) => [analyst.name, analyst.license])).toEqual([
      ['方竞', 'S1500520030001'],
      ['李少青', 'S1500520080004'],
    ]);
  });
});

describe('line layouts', () => {
  it('reads the name and licence on one line, and the 联系人 under it as an assistant', () => {
    expect(signed(fixture('same-line'))).toEqual([{ name: '何鹏程', license: 'S1050525070002', email: 'hepc@cfsc.com.cn' }]);
  });

  it('reads the name on the line above its role label (贺朝晖 / 分析师 / SAC …) and after it (分析师 周涛)', () => {
    expect(signed(fixture('role-on-its-own-line'))).toEqual([
      { name: '贺朝晖', license: 'S0910525030003', email: 'hezhaohui@huajinsc.cn' },
      { name: '周涛', license: 'S0910523050001', email: 'zhoutao@huajinsc.cn' },
    ]);
  });

  it('reads a sidebar interleaved with body text', () => {
    expect(signed(fixture('sidebar-beside-body'))).toEqual([
      { name: '耿军军', license: 'S0020519070002', email: 'gengjunjun@gyzq.com.cn' },
      { name: '王朗', license: 'S0020525020001', email: 'wanglang2@gyzq.com.cn' },
    ]);
  });

  it('reads a licence on the line under its label', () => {
    expect(pairs(fixture('licence-under-its-label'))).toEqual([
      ['陈伟光', 'S0340520060001'],
      ['罗炜斌', 'S0340521020001'],
      ['陈湛谦', 'S0340524070002'],
    ]);
  });

  it('reads names on the line before their licences under one role label, and a 联系人 without licence', () => {
    expect(pairs(fixture('sidebar-with-contact'))).toEqual([
      ['戴铭余', 'S1350524060003'],
      ['王彬鹏', 'S1350524090001'],
      ['邓力', 'S1350525070006'],
      ['赵梦妮', 'S1350525050005'],
    ]);
  });

  it('does not give an empty 联系人 label to the analyst above it', () => {
    expect(pairs(fixture('empty-contact-label'))).toEqual([
      ['李泽', 'S1350525030001'],
      ['陈佳敏', 'S1350525110001'],
    ]);
  });

  it('reads a role run into the body column', () => {
    expect(pairs(fixture('role-run-into-body'))).toEqual([['石伟晶', 'S1480518080001']]);
  });

  it('pairs a column of licences read apart from the names, in order', () => {
    const text = [
      '投资评级：优于大市（维持）',
      '执证编码：S0980520080003',
      '执证编码：S0980523050002',
      '2025',
      '公司研究·公司快评                     电力设备·电网设备',
      '证券分析师：    王蔚祺       010-88005313    wangweiqi2@guosen.com.cn',
      '证券分析师：    王晓声       010-88005231    wangxiaosheng@guosen.com.cn',
    ].join('\n');
    expect(signed(text)).toEqual([
      { name: '王蔚祺', license: 'S0980520080003', email: 'wangweiqi2@guosen.com.cn' },
      { name: '王晓声', license: 'S0980523050002', email: 'wangxiaosheng@guosen.com.cn' },
    ]);
  });

  it('reads a sidebar block whose lines alternate with body lines', () => {
    const text = [
      '行业：电子',
      '分析师： 袁威津',
      '投资要点',
      '[Table_Author]',
      'Tel： 021-53686157',
      '方正集团债务重组引发市场关注',
      'E-mail： yuanweijin@shzq.com',
      '方正科技于 2 月 19 日发布公告显示北京市第一中级人民法院裁定受理',
      '[Table_Summary]',
      'SAC 证书编号：S0870520020001',
      '方正集团重整事宜。',
    ].join('\n');
    expect(signed(text)).toEqual([{ name: '袁威津', license: 'S0870520020001', email: 'yuanweijin@shzq.com' }]);
  });

  it('keeps a 联系人 with a general licence (一般证券业务证书编号) out', () => {
    expect(pairs(fixture('general-licence-contact'))).toEqual([['苏凌瑶', 'S1300522080003']]);
  });
});

describe('people side by side', () => {
  it('pairs a row of names with the rows of e-mails and licences under them, by column', () => {
    expect(signed(fixture('row-of-three'))).toEqual([
      { name: '金益腾', license: 'S0790520020002', email: 'jinyiteng@kysec.cn' },
      { name: '蒋跨跃', license: 'S0790523120001', email: 'jiangkuayue@kysec.cn' },
      { name: '李思佳', license: 'S0790525070006', email: 'lisijia@kysec.cn' },
    ]);
  });

  it('leaves the 联系人 of a row out, with the licence under his name', () => {
    const result = found(fixture('row-with-contact'));
    expect(result.analysts).toEqual([{ name: '蒋颖', license: 'S0790523120003', email: 'jiangying@kysec.cn' }]);
    expect(result.others.map((other) => other.value)).toEqual([{ name: '杜致远', license: 'S0790124070064', email: 'duzhiyuan@kysec.cn' }]);
  });

  it('pairs a row of names, licences and e-mails', () => {
    expect(pairs(fixture('row-name-licence-email'))).toEqual([
      ['姚丹丹', 'S0350524060002'],
      ['傅麒丞', 'S0350524080001'],
    ]);
  });

  it('pairs two people on one line with the e-mails under them by their pinyin', () => {
    const text = '计算机组\n分析师：李可夫（执业 S1130525120009） 分析师：**刘高畅（执业 S1130525120005）**\n likefu@gjzq.com.cn liugaochang@gjzq.com.cn';
    expect(signed(text)).toEqual([
      { name: '李可夫', license: 'S1130525120009', email: 'likefu@gjzq.com.cn' },
      { name: '刘高畅', license: 'S1130525120005', email: 'liugaochang@gjzq.com.cn' },
    ]);
  });

  it('reads a scrambled block of two people through the clean block after it', () => {
    expect(signed(fixture('markdown-scrambled-and-team'))).toEqual([
      { name: '张晗', license: 'S0880522120005', email: 'zhanghan027620@gtjas.com' },
    ]);
  });
});

describe('Markdown blocks', () => {
  it('reads 研究员 with a SAC licence as an analyst, keeps the SFC number apart and the 联系人 out', () => {
    expect(signed(fixture('markdown-sfc'))).toEqual([
      { name: '林晓明', license: 'S0570516010001', email: 'linxiaoming@htsc.com' },
      { name: '李子钰', license: 'S0570519110003', email: null },
      { name: '何康', license: 'S0570520080004', email: null },
    ]);
  });

  it('reads name, e-mail and SAC number run together on one line', () => {
    const text = '# “逐鹿”Alpha专题报告（十七）\n\n分析师：丁鲁明dingluming@csc.com.cnSAC编号：S1440515020001\n\n分析师：王超wangchaodcq@csc.com.cnSAC 编号：S1440522120002\n\n发布日期：2023年10月24日';
    expect(pairs(text)).toEqual([
      ['丁鲁明', 'S1440515020001'],
      ['王超', 'S1440522120002'],
    ]);
  });
});

describe('biographies and the back matter', () => {
  const cover = '东兴医药团队：胡博新电话010-66554032执业证书编号：S1480519050003王敏杰电话010-66554041执业证书编号：S1480119070047医药行业研究p2';
  const filler = '\n正文。\n'.repeat(200);

  it('reads an unlabelled team: the licence tells the analyst from the assistant', () => {
    expect(pairs(cover)).toEqual([['胡博新', 'S1480519050003']]);
  });

  it('lets a biography confirm a role, not add a person', () => {
    const back = '分析师简介胡博新药学专业，10年证券行业医药研究经验。研究助理简介王敏杰中央财经大学金融硕士。分析师简介李四，某大学硕士，证书编号：S1480519050099。';
    expect(pairs(cover + filler + back)).toEqual([['胡博新', 'S1480519050003']]);
  });

  it('fills in a licence the first page leaves out from the biography', () => {
    const text = `分析师：金荣\n\n邮箱：jinrong@hazq.com\n${filler}分析师与研究助理简介\n分析师：金荣，香港中文大学经济学硕士。执业证书编号：S0010521080002`;
    expect(signed(text)).toEqual([{ name: '金荣', license: 'S0010521080002', email: 'jinrong@hazq.com' }]);
  });

  it('does not add the people of a research directory or the analysts declaration', () => {
    const text = `[Table_AuthorInfo]分析师:郑琴Tel:(021)23219808Email:zq6670@htsec.com证书:S0850513080005${filler}分析师声明[Table_Analysts]郑琴医药行业余文心医药行业本人具有中国证券业协会授予的证券投资咨询执业资格。研究所销售团队胡雪梅(021)23219385huxm@htsec.com`;
    expect(pairs(text)).toEqual([['郑琴', 'S0850513080005']]);
  });

  it('does not let a team page run into the first page of a flattened report', () => {
    const first = '证券分析师：耿琛电话：0755-82755859邮箱：gengchen@hcyjs.com执业编号：S0360517100004占比%股票家数(只)661.62总市值(亿元)23,294.07';
    const team = '电子&海外科技组团队介绍TMT大组组长、首席电子分析师：耿琛美国新墨西哥大学计算机硕士。机构销售通讯录张昱洁副总经理010-66500809zhangyujie@hcyjs.com';
    const lines = [first + '正文。'.repeat(100) + team];
    const context = { kind: 'flattened' as const, masthead: [], front: lines, all: lines, source: 'flat.txt', firstPage: [] };
    expect(findAnalysts(context).analysts).toEqual([{ name: '耿琛', license: 'S0360517100004', email: 'gengchen@hcyjs.com' }]);
  });

  it('takes licensed analysts from later pages when the first page names nobody', () => {
    const text = `10 月 21 日，公司披露 2025 年三季报。${filler}分析师简介\n李四，某大学硕士，执业证书编号：S1130519050001。`;
    expect(pairs(text)).toEqual([['李四', 'S1130519050001']]);
  });
});

describe('other brokers\' templates', () => {
  it('reads 分析员 with an SFC reference beside the SAC licence', () => {
    expect(signed('分析员 张三 SAC 执证编号：S0080518060001 SFC CE Ref：BDO123 zhangsan@cicc.com.cn')).toEqual([
      { name: '张三', license: 'S0080518060001', email: 'zhangsan@cicc.com.cn' },
    ]);
  });

  it('reads unlabelled A-form licences and keeps 研究支持 out', () => {
    const text = '证券分析师\n王五 A0230511040036\nwangwu@swsresearch.com\n研究支持\n李六 A0230119080001\nliliu@swsresearch.com';
    expect(pairs(text)).toEqual([['王五', 'A0230511040036']]);
  });

  it('reads a rank and field between the name and the role, and contact icons', () => {
    expect(pairs('张三首席策略分析师SAC执业证书编号：S1110517060001')).toEqual([['张三', 'S1110517060001']]);
    expect(pairs('分析师 李四 ☏ 027-65799886 ✉ lisi@cjsc.com.cn SAC 执业证书编号：S0490518080001')).toEqual([['李四', 'S0490518080001']]);
  });

  it('keeps an 分析师助理 out', () => {
    expect(pairs('分析师：张三 执业证书编号：S1110517060001\n分析师助理：李四 执业证书编号：S1110119070011')).toEqual([['张三', 'S1110517060001']]);
  });
});

describe('what is not an analyst', () => {
  it('keeps a labelled analyst without a licence only with a work e-mail, and scores it lower', () => {
    const result = found('分析师：王五\nwangwu@broker.com.cn\n正文开始。');
    expect(result.analysts).toEqual([{ name: '王五', license: null, email: 'wangwu@broker.com.cn' }]);
    expect(result.candidates[0]?.score).toBeLessThan(1);
    expect(signed('分析师：王五\n正文开始。')).toEqual([]);
  });

  it('finds nobody in a mention of analysts in prose, and warns', () => {
    const result = found('正文\n据分析师某某称，需求旺盛。本报告署名分析师具有执业资格。');
    expect(result.analysts).toEqual([]);
    expect(result.warnings).toEqual(['未找到分析师（analysts）']);
  });

  it('names nobody from a person without a role or licence (特别鸣谢, a bare name with an e-mail)', () => {
    expect(pairs('分析师杨晓彤：010-83571329：yangxiaotong@chinastock.com.cn分析师登记编码：S0130518020001特别鸣谢：岳铮市场数据')).toEqual([['杨晓彤', 'S0130518020001']]);
    expect(signed('何利超\nH70529@capital.com.tw\n')).toEqual([]);
  });

  it('gives every analyst its evidence', () => {
    expect(found(fixture('same-line')).candidates[0]?.evidence).toContain('S1050525070002');
  });
});
