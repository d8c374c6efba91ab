import { describe, expect, it } from 'vitest';
import { findAnalysts } from '~/converter/parse/metadata/analysts.ts';

const analystsOf = (text: string, frontLength = Infinity) => findAnalysts(text.split('\n'), frontLength).analysts;

describe('findAnalysts', () => {
  it('reads one analyst per line, licence in brackets, e-mail on the next line', () => {
    const text = '分析师：朱珺（执业 S1130526050001）\n zhujun1@gjzq.com.cn\n\n分析师：柴梦婷（执业 S1130525030013）\n chaimengting@gjzq.com.cn';
    expect(analystsOf(text)).toEqual([
      { name: '朱珺', license: 'S1130526050001', email: 'zhujun1@gjzq.com.cn' },
      { name: '柴梦婷', license: 'S1130525030013', email: 'chaimengting@gjzq.com.cn' },
    ]);
  });

  it('pairs two analysts on one line with the two e-mails on the next, in order', () => {
    const text = '分析师：甲乙丙（执业 S1130525120009） 分析师：丁戊（执业 S1130525120005）\n jia@gjzq.com.cn ding@gjzq.com.cn';
    expect(analystsOf(text)).toEqual([
      { name: '甲乙丙', license: 'S1130525120009', email: 'jia@gjzq.com.cn' },
      { name: '丁戊', license: 'S1130525120005', email: 'ding@gjzq.com.cn' },
    ]);
  });

  it('reads 证券分析师 with a phone number, then e-mail and licence lines', () => {
    const text = [
      '证券分析师：张伦可 0755-81982651',
      'zhanglunke@guosen.com.cn',
      'S0980521120004',
      '',
      '证券分析师：刘子谭 liuzitan@guosen.com.cn',
      'S0980525060001',
      '市场走势',
    ].join('\n');
    expect(analystsOf(text)).toEqual([
      { name: '张伦可', license: 'S0980521120004', email: 'zhanglunke@guosen.com.cn' },
      { name: '刘子谭', license: 'S0980525060001', email: 'liuzitan@guosen.com.cn' },
    ]);
  });

  it('reads labelled licence and e-mail lines separated by blank lines', () => {
    const text = '分析师：金荣\n\n执业证书号：S0010521080002\n\n邮箱：jinrong@hazq.com\n\n相关报告';
    expect(analystsOf(text)).toEqual([{ name: '金荣', license: 'S0010521080002', email: 'jinrong@hazq.com' }]);
  });

  it('keeps a name without contacts in the front matter, with nulls', () => {
    expect(analystsOf('分析师：王五\n正文开始。')).toEqual([{ name: '王五', license: null, email: null }]);
  });

  it('merges an analyst repeated in the back matter', () => {
    const text = [
      '分析师：金荣',
      '邮箱：jinrong@hazq.com',
      '正文',
      '分析师：金荣，香港中文大学经济学硕士。执业证书编号：S0010521080002',
    ].join('\n');
    expect(analystsOf(text, 2)).toEqual([{ name: '金荣', license: 'S0010521080002', email: 'jinrong@hazq.com' }]);
  });

  it('ignores back-matter mentions without a licence or e-mail', () => {
    expect(analystsOf('正文\n据分析师：某某称，需求旺盛', 1)).toEqual([]);
  });

  it('warns when no analyst is found', () => {
    expect(findAnalysts(['正文'], 1).warnings).toEqual(['未找到分析师（analysts）']);
  });
});
