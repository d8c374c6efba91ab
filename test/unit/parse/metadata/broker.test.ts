import { describe, expect, it } from 'vitest';
import { recogniseBroker } from '~/converter/parse/metadata/broker.ts';
import { BROKERS, brokerCode } from '~/converter/parse/metadata/brokers.ts';
import { brokerCode as exportedBrokerCode } from '~/converter/parse/metadata/index.ts';

const brokerOf = (...lines: string[]) => recogniseBroker(lines).broker;

describe('broker registry', () => {
  it('gives each broker a unique lower-case ASCII code', () => {
    const codes = BROKERS.map((b) => b.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]+$/);
  });

  it('lists the major brokers by name', () => {
    const names = BROKERS.map((b) => b.name);
    for (const name of ['中信证券', '中金公司', '华泰证券', '国泰海通', '招商证券', '广发证券', '申万宏源', '华创证券']) {
      expect(names).toContain(name);
    }
  });

  it('maps names and aliases to codes', () => {
    expect(brokerCode('国金证券')).toBe('gjzq');
    expect(brokerCode('国信证券')).toBe('gxzq');
    expect(brokerCode('华安证券')).toBe('hazq');
    expect(brokerCode('安信证券')).toBe('gtzq');
    expect(brokerCode('某某证券')).toBeNull();
    expect(exportedBrokerCode('国金证券')).toBe('gjzq');
  });
});

describe('recogniseBroker', () => {
  it.each([
    [['来源：iFind，国金证券研究所'], '国金证券'],
    [['资料来源：Wind、国信证券经济研究所整理'], '国信证券'],
    [['国金证券股份有限公司经中国证监会批准'], '国金证券'],
    [['zhujun1@gjzq.com.cn'], '国金证券'],
    [['执业证书号：S0010521080002'], '华安证券'],
    [['中国国际金融股份有限公司'], '中金公司'],
    [['申万宏源证券研究所'], '申万宏源'],
    [['中信建投证券研究发展部'], '中信建投'],
  ])('recognises %j', (lines, broker) => {
    expect(brokerOf(...lines)).toBe(broker);
  });

  it('counts only the compiling institute of a source line citing another firm', () => {
    const lines = ['资料来源：中信证券研究部，国金证券研究所', '资料来源：中金公司研究部，国金证券研究所'];
    expect(brokerOf(...lines)).toBe('国金证券');
  });

  it('lets signatures outvote many citations of another firm', () => {
    const cited = Array.from({ length: 20 }, () => '资料来源：中信证券研究部');
    expect(brokerOf('analyst@hazq.com', 'S0010521080002', ...cited)).toBe('华安证券');
  });

  it('is not fooled by a biography naming a former employer', () => {
    const lines = ['分析师：金荣，曾就职于申万宏源证券研究所', 'jinrong@hazq.com', '资料来源：Wind，华安证券研究所'];
    expect(brokerOf(...lines)).toBe('华安证券');
  });

  it('ignores firm names in running text', () => {
    expect(recogniseBroker(['中信证券发布公告称，公司将回购股份。'])).toEqual({
      broker: null,
      warnings: ['未识别出券商（broker）'],
    });
  });

  it('refuses to choose on a tie', () => {
    const result = recogniseBroker(['国金证券研究所', '国信证券经济研究所']);
    expect(result.broker).toBeNull();
    expect(result.warnings[0]).toMatch(/券商（broker）证据不一致/);
  });
});
