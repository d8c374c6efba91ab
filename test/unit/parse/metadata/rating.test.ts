import { describe, expect, it } from 'vitest';
import { findRating } from '~/converter/parse/metadata/rating.ts';

const rate = (...lines: string[]) => findRating(lines).rating;

describe('findRating', () => {
  it.each([
    [['买入（维持评级）'], { value: '买入', action: '维持' }],
    [['优于大市 · 维持'], { value: '优于大市', action: '维持' }],
    [['行业评级：增持'], { value: '增持', action: null }],
    [['投资评级：买入（首次覆盖）'], { value: '买入', action: '首次' }],
    [['评级：强于大市 上调'], { value: '强于大市', action: '上调' }],
    [['谨慎推荐（下调）'], { value: '谨慎推荐', action: '下调' }],
    [['推荐'], { value: '推荐', action: null }],
    [['看好（维持）'], { value: '看好', action: '维持' }],
    [['超配'], { value: '超配', action: null }],
    [['维持“买入”评级'], { value: '买入', action: '维持' }],
    [['首次覆盖，给予“增持”评级'], { value: '增持', action: '首次' }],
  ])('reads %j', (lines, rating) => {
    expect(rate(...lines)).toEqual(rating);
  });

  it('takes the action from a later mention of the same value', () => {
    expect(rate('优于大市', '模型厂商商业模式逐渐闭环', '优于大市 · 维持')).toEqual({ value: '优于大市', action: '维持' });
  });

  it('prefers a labelled rating to a stray standalone line', () => {
    expect(rate('中性', '行业评级：增持')).toEqual({ value: '增持', action: null });
  });

  it('ignores rating definitions and table cells', () => {
    expect(rate('买入：预期未来 3—6 个月内该行业上涨幅度超过大盘在 15%以上；')).toBeNull();
    expect(rate('0700.HK 腾讯控股 优于大市 398.0 3,688,428')).toBeNull();
    expect(rate('公司代码\t公司名称\t投资评级\t昨收盘')).toBeNull();
  });

  it('warns when there is no rating', () => {
    expect(findRating(['正文']).warnings).toEqual(['未找到投资评级（rating）']);
  });
});
