/**
 * The words of a rating: the values brokers print (the report keeps them as printed: 买入,
 * 買入, 买进, 领先大市-B …) and the actions (normalized: 首次覆盖 → 首次, 維持 → 维持).
 */

/** Rating values as brokers print them, simplified and traditional. */
export const RATING_VALUES = [
  // company ratings
  '买入', '买进', '增持', '持有', '中性', '减持', '卖出', '强烈推荐', '谨慎推荐', '推荐', '回避',
  '谨慎增持', '审慎增持', '审慎推荐', '观望', '区间操作',
  // industry ratings
  '优于大市', '强于大市', '领先大市', '同步大市', '弱于大市', '落后大市', '跑赢大市', '跑输大市',
  '跑赢行业', '跑输行业', '看好', '看淡', '超配', '标配', '中配', '低配', '低于大市',
  // traditional forms
  '買入', '買進', '增持', '賣出', '減持', '優於大市', '強於大市', '領先大市', '弱於大市', '強烈推薦', '推薦',
] as const;

/** Rating actions as printed. */
export const RATING_ACTIONS = ['维持', '維持', '首次', '上调', '下调', '调高', '调低', '上調', '下調'] as const;

const alternation = (words: readonly string[]): string => [...new Set(words)].sort((a, b) => b.length - a.length).join('|');

/** A rating value, with the risk grade some brokers append (领先大市-A, 买入-B); one capture group. */
export const VALUE = `((?:${alternation(RATING_VALUES)})(?:\\s*[-－]\\s*[A-E](?![A-Za-z]))?)`;

/** An action word with its tail (首次覆盖, 维持评级); one capture group (the word). */
export const ACTION = `(${alternation(RATING_ACTIONS)})(?:覆盖|覆蓋|评级|評級)?`;

/** The action as the report model stores it. */
export function normalizeAction(action: string): string {
  return action.replace('維', '维').replace('調', '调');
}

/** A value as stored: as printed, without spaces inside a risk grade (领先大市 - A → 领先大市-A). */
export function normalizeValue(value: string): string {
  return value.replace(/\s+/g, '').replace('－', '-');
}
