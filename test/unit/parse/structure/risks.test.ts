import { describe, expect, it } from 'vitest';
import { collectRisks, splitRiskItem } from '~/converter/parse/structure/risks.ts';

describe('splitRiskItem', () => {
  it('splits on ；', () => {
    expect(splitRiskItem('行业竞争加剧的风险；技术研发进度不及预期的风险；政策监管风险。')).toEqual([
      '行业竞争加剧的风险',
      '技术研发进度不及预期的风险',
      '政策监管风险',
    ]);
  });

  it('splits on ，/、 only when every piece names a risk, dropping 等', () => {
    expect(splitRiskItem('政策风险，短视频行业竞争格局恶化的风险，宏观经济下行的风险等。')).toEqual([
      '政策风险',
      '短视频行业竞争格局恶化的风险',
      '宏观经济下行的风险',
    ]);
    expect(splitRiskItem('消费恢复不及预期风险、用户增长不及预期风险')).toEqual(['消费恢复不及预期风险', '用户增长不及预期风险']);
  });

  it('keeps an explained risk whole', () => {
    const explained = '中美关系变化风险。中美关系变化将影响中概估值及中国资产的经营情况，若关系恶化，则估值承压。';
    expect(splitRiskItem(explained)).toEqual([explained]);
  });
});

describe('collectRisks', () => {
  it('reads bullets, joins a lead-in ending in a colon with its explanation', () => {
    expect(collectRisks([['- 政策监管风险。', '- 汇率波动风险。'], ['行业竞争加剧的风险：', '', '众多新兴玩家参与到市场竞争之中，毛利率或受影响。']])).toEqual([
      '政策监管风险',
      '汇率波动风险',
      '行业竞争加剧的风险：众多新兴玩家参与到市场竞争之中，毛利率或受影响。',
    ]);
  });

  it('de-duplicates by the risk name, keeping the first place and the longest text', () => {
    const titlePage = ['中美关系变化风险；政策监管风险。'];
    const section = ['- 政策监管风险。若出现监管事件，则影响内容的正常上架或运营，影响公司业绩表现。', '- 中美关系变化风险'];
    expect(collectRisks([titlePage, section])).toEqual([
      '中美关系变化风险',
      '政策监管风险。若出现监管事件，则影响内容的正常上架或运营，影响公司业绩表现。',
    ]);
  });

  it('re-joins a list hard-wrapped over two paragraphs', () => {
    expect(collectRisks([['政策风险，宏观经济下行导致广告增速不', '', '及预期的风险等。']])).toEqual(['政策风险', '宏观经济下行导致广告增速不及预期的风险']);
  });
});
