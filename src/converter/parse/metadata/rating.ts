/**
 * The investment rating and what changed about it, from the front matter:
 *
 *   labelled     行业评级：增持 · 投资评级：买入（维持）· 评级：优于大市 维持
 *   standalone   a whole line 买入（维持评级）· 优于大市 · 维持 · 推荐
 *   in a phrase  维持“买入”评级 · 首次覆盖，给予“增持”评级
 *
 * Labelled and phrased ratings outrank standalone lines (which might be a stray table cell).
 * The first rating found gives the value; the action comes from the first mention of that
 * value that has one (优于大市 on the cover, 优于大市 · 维持 further down).
 */
import type { Rating } from '../../../schema/report.ts';

/** Rating values as brokers print them. */
export const RATING_VALUES = [
  '买入', '增持', '持有', '中性', '减持', '卖出',
  '优于大市', '强于大市', '同步大市', '弱于大市', '跑赢行业', '跑输行业',
  '强烈推荐', '谨慎推荐', '推荐', '回避', '看好', '超配', '标配', '低配', '谨慎增持', '审慎增持',
] as const;

/** Rating actions; 首次覆盖 and 首次评级 are read as 首次. */
export const RATING_ACTIONS = ['维持', '首次', '上调', '下调', '调高', '调低'] as const;

const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
const VALUE = `(${alternation(RATING_VALUES)})`;
const ACTION = `(${alternation(RATING_ACTIONS)})(?:覆盖|评级)?`;
/** What may follow a value: （维持评级）, （首次覆盖）, · 维持, 维持. */
const ACTION_SUFFIX = `(?:\\s*[（(]\\s*${ACTION}\\s*[）)]|\\s*[·•|/]?\\s*${ACTION})?`;

const LABELLED = new RegExp(`(?:行业|投资|公司|股票)?评级\\s*[:：]\\s*${VALUE}${ACTION_SUFFIX}`);
const PHRASED = new RegExp(`${ACTION}[，,]?\\s*(?:并?给予)?\\s*[“"「]?${VALUE}[”"」]?\\s*(?:的)?(?:投资)?评级`);
const STANDALONE = new RegExp(`^${VALUE}${ACTION_SUFFIX}$`);

interface RatingMention {
  rating: Rating;
  labelled: boolean;
}

function mentionIn(line: string): RatingMention | null {
  const labelled = LABELLED.exec(line);
  if (labelled) return { rating: { value: labelled[1] ?? '', action: labelled[2] ?? labelled[3] ?? null }, labelled: true };
  const phrased = PHRASED.exec(line);
  if (phrased) return { rating: { value: phrased[2] ?? '', action: phrased[1] ?? null }, labelled: true };
  const standalone = STANDALONE.exec(line);
  if (standalone) {
    return { rating: { value: standalone[1] ?? '', action: standalone[2] ?? standalone[3] ?? null }, labelled: false };
  }
  return null;
}

/** The rating from the front-matter lines, or null with a warning. */
export function findRating(frontLines: readonly string[]): { rating: Rating | null; warnings: string[] } {
  const mentions = frontLines.map(mentionIn).filter((m): m is RatingMention => m !== null);
  const preferred = mentions.some((m) => m.labelled) ? mentions.filter((m) => m.labelled) : mentions;
  const first = preferred[0];
  if (!first) return { rating: null, warnings: ['未找到投资评级（rating）'] };
  const value = first.rating.value;
  const action = preferred.find((m) => m.rating.value === value && m.rating.action)?.rating.action ?? null;
  return { rating: { value, action }, warnings: [] };
}

/** A line that is nothing but a rating (买入（维持评级）, 优于大市 · 维持). */
export function isRatingLine(line: string): boolean {
  return STANDALONE.test(line);
}
