import { describe, expect, it } from 'vitest';
import { isPersonName, nameInRun } from '~/converter/parse/metadata/analysts/names.ts';
import { nameMatchesEmail } from '~/converter/parse/metadata/analysts/pinyin.ts';

describe('isPersonName', () => {
  // Every signatory of the development corpus and the seeds, and a compound surname.
  const names =
    '郑震湘 佘凌星 谢恒 李双亮 姚康 姚丹丹 仇文妍 毛正 邱懿峰 吴吉森 耿琛 胡慧 邹兰兰 孙灿 方竞 李少青 刘鹏 黄淑妍 谢欣洳 李婕 罗晓婷 郭彬 祝嘉琦 沈猛 魏红梅 杨晓彤 陈晨 陈雯 李志新 谢长雁 陈益凌 朱寒青 韩盟盟 叶寅 孙建 郑琴 余文心 李琳琳 袁维 马帅 齐震 胡博新 盛丽华 王雯 邓周宇 唐爱金 全铭 诸海滨 张文录 李泽 陈佳敏 王蔚祺 王晓声 袁阳 何鹏程 吴文吉 耿军军 王朗 陈伟光 罗炜斌 陈湛谦 贺朝晖 周涛 叶泽佑 苏凌瑶 范云浩 曾朵红 郭亚男 许亮 石伟晶 李蕙 庄宇 张璐 戴铭余 王彬鹏 邓力 赵梦妮 陈灿 夏清莹 陈达 蒋颖 邓永康 李佳 许浚哲 陈耀波 刘志来 宋辰超 莫文宇 杨宇轩 邹臣 贾晓庆 李纵横 胡晨曦 袁威津 傅麒丞 金益腾 蒋跨跃 李思佳 吕伟 郭新宇 于芳博 丁鲁明 王超 赵索 李祥文 张晗 秦玄晋 王小川 林晓明 李子钰 何康 冯佳睿 陈曼莲 余浩淼 叶涛 朱珺 柴梦婷 张伦可 陈淑媛 王颖婕 刘子谭 张昊晨 李可夫 刘高畅 金荣 欧阳晓明'.split(' ');
  it.each(names)('%s is a name', (name) => expect(isPersonName(name)).toBe(true));

  it.each(['分析师', '研究员', '联系人', '执业证书', '投资要点', '市场数据', '研究所', '电子行业', '华创', '国信', '公司研究', '毛利率', '贝格数据', '来源', '周报', '王'])(
    '%s is not a name',
    (text) => expect(isPersonName(text)).toBe(false),
  );
});

describe('nameInRun', () => {
  it('cuts the name out of a run that a flattened text joins to a department or a heading', () => {
    expect(nameInRun('信达证券研发中心方竞电子行业', 'tail', ['fangjing@cindasc.com'])).toBe('方竞');
    expect(nameInRun('李少青电子行业', 'tail', [])).toBe('李少青');
    expect(nameInRun('联系信息张文录', 'tail', [])).toBe('张文录');
    expect(nameInRun('胡彦超齐鲁医药生物小组', 'tail', ['sunjian@r.qlzq.com.cn', 'huyc@r.qlzq.com.cn'])).toBe('胡彦超');
    expect(nameInRun('郑震湘', 'head', [])).toBe('郑震湘');
  });

  it('finds no name in a sentence or a label', () => {
    expect(nameInRun('研究所', 'tail', [])).toBeNull();
    expect(nameInRun('报告作者', 'tail', [])).toBeNull();
  });
});

describe('nameMatchesEmail', () => {
  it.each([
    ['郑震湘', 'zhengzhenxiang@gszq.com'],
    ['谢长雁', 'xiecy@guosen.com.cn'],
    ['吴吉森', 'wujs01@ghzq.com.cn'],
    ['郑琴', 'zq6670@htsec.com'],
    ['邓周宇', 'zhouyu.deng@bocichina.com'],
    ['苏凌瑶', 'lingyao.su@bocichina.com'],
    ['李婕', 'lijie_yjs@ebscn.com'],
    ['王超', 'wangchaodcq@csc.com.cn'],
    ['仇文妍', 'chouwenyan@xyzq.com.cn'],
    ['吕伟', 'lvwei_yj@mszq.com'],
    ['胡彦超', 'huyc@r.qlzq.com.cn'],
  ])('%s ← %s', (name, email) => expect(nameMatchesEmail(name, email)).toBe(true));

  it('tells two people of one block apart', () => {
    expect(nameMatchesEmail('孙建', 'huyc@r.qlzq.com.cn')).toBe(false);
    expect(nameMatchesEmail('李可夫', 'liugaochang@gjzq.com.cn')).toBe(false);
  });
});
