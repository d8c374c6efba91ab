/**
 * Candidates for the company a report is about, from its first page:
 *
 *   bracketed  爱美客（300896）· 京东方 A（000725.SZ）· 德賽西威 (002920 CH) · 新氧(SY.US)
 *   piped      中矿资源｜002738｜小金属 · 甘李药业 603087.SH
 *   labelled   股票简称：鹿得医疗，股票代码：832278 · 公司名称：… / 证券代码：…
 *   lone       688008.SH on its line, the name on the line next to it (澜起科技)
 *
 * The subject is the company of the masthead, not the first one named: a mention scores by its
 * form, its place (early on the page, in the masthead), the masthead words around it (report
 * type, rating, 目标价 / 当前价, the date) and how often its ticker recurs (running headers
 * repeat it); a mention in a recommendation (推荐标的：…, 建议关注…, a list with 、) scores low.
 */
import type { Candidate } from '../candidates.ts';
import { earliness, placeAt, snippet, TEMPLATE_TAG, type FrontRegion } from '../front-region.ts';
import { ACTION, VALUE } from '../rating/vocabulary.ts';
import { EXCHANGE_TICKER, normalizeTicker, TICKER, tickerCode } from './ticker.ts';

/** A company as read. */
export interface SubjectReading {
  name: string;
  ticker: string | null;
}

const FORM_SCORES = { bracketed: 60, piped: 55, labelled: 60, rated: 55, lone: 50 } as const;

/** A name: CJK (possibly letter-spaced) or Latin words, a share class (京东方 A, 快手-W). */
const NAME = String.raw`([\u4e00-\u9fa5](?:[ \t]?[\u4e00-\u9fa5A-Za-z0-9·&\-－]){0,20}|[A-Z][A-Za-z&.]*(?:[ \t][A-Z][A-Za-z&.]*){0,3})`;
const BRACKETED = new RegExp(String.raw`${NAME}\s*[（(]\s*${TICKER}\s*[）)](?!\d{5})`, 'g'); // (86755)82560525 is a phone number
/** A ticker with its rating beside it, the masthead's stock box: [Table_Stock]300760.SZ增持. */
const RATED = new RegExp(String.raw`${EXCHANGE_TICKER}\s*${VALUE}`, 'g');
const PIPED = new RegExp(String.raw`(?<=^|\n|\s)${NAME}\s*(?:[|｜]\s*${TICKER}\s*(?=[|｜])|\s${EXCHANGE_TICKER})`, 'g');
const NAME_LABEL = /(?:股票简称|证券简称|公司简称|公司名称|股票名称)\s*[:：]\s*([\u4e00-\u9fa5A-Za-z0-9·-]{2,16})/g;
const CODE_LABEL = new RegExp(String.raw`(?:股票代码|证券代码|公司代码)\s*[:：]?\s*${TICKER}`, 'g');
const LONE_TICKER = new RegExp(String.raw`(?<=^|\n)\s*${EXCHANGE_TICKER}\s*(?=\n|$)`, 'g');
const LONE_NAME = /^[\u4e00-\u9fa5]{2,8}(?:\s?[A-Z])?$/;
/** A company named this early on the page (its title) makes a mention of it further down its masthead's. */
const MASTHEAD_NAME_SPAN = 1500;

/** Words that end the run before a company's name: dates, report types, rating words, units. */
const NAME_PREFIX =
  /^.*(?:\d+(?:\.\d+)?\s*(?:[日号元%]|港元|美元)?|报告|模板|点评|快评|快报|研究|中心|研究所|评论|首次|维持|评级|买入|增持|推荐|持有|中性|看好|关注|标的|受益|包括|建议|重点|为|——|—|―|-|:|：|、|，|,|。|\||｜|\s{2,})/s;
/** Masthead words near a mention, by kind: each kind found adds to the score. */
const MASTHEAD_CUES = [
  /公司(?:点评|研究|深度|报告|快评|快报|动态|信息|调研|更新)|首次覆盖|[点點][评評][报報]告|深度[报報]告|业绩评论|[年季]报点评|更新[报報]告|Company|EQUITY RESEARCH/,
  new RegExp(String.raw`${VALUE}\s*[（(/|｜]\s*${ACTION}|投资评级|股票评级|公司评级`),
  /目标价|目標價|当前价|当前股价|现价|現價|昨收盘|市场价格|收盘价/,
  /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{2}-\d{2}/,
];
/** How far around a mention its masthead words are looked for. */
const AROUND = 40;
/** Words before a mention in a recommendation or a list. */
const PROSE_BEFORE = /(?:推荐|关注|标的|受益|包括|如|和|及|与|、|等|为|选|看好|建议|重点)[\s:：]*$/;
const LIST_AFTER = /^\s*[、，,和及与等]/;

/** A name as stored: letter-spacing closed up (依 米 康 → 依米康), share class joined (京东方 A → 京东方A). */
function cleanName(raw: string): string {
  // A Hong Kong share class (快手-W, 京东集团-SW) is part of the name, not a separator before it.
  const shareClass = /[-－][A-Z]{1,3}$/.exec(raw)?.[0] ?? '';
  if (shareClass) return `${cleanName(raw.slice(0, -shareClass.length))}${shareClass}`;
  const name = raw.replace(NAME_PREFIX, '').trim();
  if (/^[\u4e00-\u9fa5](?: [\u4e00-\u9fa5])+(?: ?[A-Z])?$/.test(name)) return name.replace(/\s+/g, '');
  const words = name.split(/\s+/);
  const last = words.at(-1) ?? '';
  // 京东方 A: a share class printed apart; otherwise the words before the name are not it (何利超 中际旭创).
  return /^[A-Z]$/.test(last) && words.length > 1 ? `${words.at(-2)}${last}` : last;
}

function plausible(name: string, printed: string): boolean {
  if (name.length < 2 || /^(?:公司|股票|代码|证券|指数|沪深|恒生|纳斯达克)/.test(name) || /指数$|评级|代码|价格|市场|数据|报告/.test(name)) return false;
  // A bare four-digit number in brackets is a year more often than a Hong Kong code.
  return !/^(?:19|20)\d{2}$/.test(printed.trim());
}

/** The line that starts at `from` (to the next newline or the end). */
function lineFrom(text: string, from: number): string {
  const end = text.indexOf('\n', from);
  return text.slice(from, end < 0 ? text.length : end);
}

/** The name printed next to a lone ticker: the line after it, or the one before. */
function nameBeside(text: string, start: number, end: number): string | null {
  const next = lineFrom(text, end + 1).trim();
  // The last line of the text before `start` (not split: a region holds many lone tickers).
  const before = Math.max(0, start);
  const previous = (before === 0 ? '' : text.slice(text.lastIndexOf('\n', before - 1) + 1, before)).trim();
  return [next, previous].find((line) => LONE_NAME.test(line)) ?? null;
}

interface Mention {
  reading: SubjectReading;
  form: keyof typeof FORM_SCORES;
  /** Where the name (or, without one, the ticker) starts, and where the mention ends. */
  index: number;
  end: number;
}

/** Adds a mention found at [index, end) of `text`, unless it is no company's. */
type AddMention = (name: string | null, printed: string | null, form: Mention['form'], index: number, end: number) => void;

function mentionAdder(text: string, found: Mention[]): AddMention {
  return (name, printed, form, index, end) => {
    let cleaned = name === null ? null : cleanName(name);
    // 片仔癀(600436)和云南白药(000538): after a mention, a conjunction joins the next one.
    if (cleaned && /[）)]\s*$/.test(text.slice(Math.max(0, index - 2), index))) cleaned = cleaned.replace(/^[和及与或]/, '');
    if ((cleaned !== null && !plausible(cleaned, printed ?? '')) || (cleaned === null && printed === null)) return;
    // The words the name was cut from are the mention's context, not part of it.
    const start = cleaned ? index + Math.max(0, text.indexOf(cleaned.slice(0, 1), index) - index) : index;
    found.push({ reading: { name: cleaned ?? '', ticker: printed === null ? null : normalizeTicker(printed) }, form, index: start, end });
  };
}

/** The labelled mentions (股票简称：…，股票代码：…): the only form read in the whole text. */
function addLabelled(text: string, add: AddMention): void {
  const codes = [...text.matchAll(CODE_LABEL)];
  for (const name of text.matchAll(NAME_LABEL)) {
    const code = codes.find((c) => Math.abs(c.index - name.index) < 80);
    add(name[1]!, code?.[1] ?? null, 'labelled', name.index, name.index + name[0].length);
  }
}

function mentionsIn(text: string): Mention[] {
  const found: Mention[] = [];
  const add = mentionAdder(text, found);
  for (const m of text.matchAll(BRACKETED)) add(m[1]!, m[2]!, 'bracketed', m.index, m.index + m[0].length);
  for (const m of text.matchAll(PIPED)) add(m[1]!, m[2] ?? m[3]!, 'piped', m.index, m.index + m[0].length);
  for (const m of text.matchAll(RATED)) add(null, m[1]!, 'rated', m.index, m.index + m[1]!.length);
  for (const m of text.matchAll(LONE_TICKER)) add(nameBeside(text, m.index, m.index + m[0].length), m[1]!, 'lone', m.index, m.index + m[0].length);
  addLabelled(text, add);
  return found;
}

function labelledMentionsIn(text: string): Mention[] {
  const found: Mention[] = [];
  addLabelled(text, mentionAdder(text, found));
  return found;
}

/** A mention's score: its form, its place, the masthead words around it, a recommendation before it. */
function scoreOf(mention: Mention, text: string, region: FrontRegion): number {
  const around = text.slice(Math.max(0, mention.index - AROUND), mention.end + AROUND);
  const before = text.slice(Math.max(0, mention.index - 8), mention.index);
  const after = text.slice(mention.end, mention.end + 3);
  let score = FORM_SCORES[mention.form] + 25 * earliness(mention.index, 1500);
  if (placeAt(region, mention.index) === 'masthead') score += 5;
  score += 10 * MASTHEAD_CUES.filter((cue) => cue.test(around)).length;
  if (mention.form !== 'labelled' && (PROSE_BEFORE.test(before) || LIST_AFTER.test(after))) score -= 40;
  return score;
}

/** How many times the ticker's code is printed in the whole report (running headers repeat it). */
function recurrence(code: string, all: string): number {
  let count = 0;
  for (let at = all.indexOf(code); at >= 0 && count < 10; at = all.indexOf(code, at + code.length)) count += 1;
  return count;
}

/** A name for a ticker printed without one: the name printed with the same code elsewhere (a table row). */
function nameElsewhere(code: string, mentions: readonly Mention[], all: string): string {
  const named = mentions.find((m) => m.reading.name !== '' && m.reading.ticker !== null && tickerCode(m.reading.ticker) === code);
  if (named) return named.reading.name;
  for (const row of all.matchAll(new RegExp(String.raw`${code}(?:\.[A-Z]{2})?\s*([\u4e00-\u9fa5]{2,8})`, 'g'))) {
    const name = cleanName(row[1]!);
    if (plausible(name, code) && name === row[1]) return name;
  }
  return '';
}

/** How many companies have a mention: a report naming many (a list of picks) is about none of them. */
function companyCount(mentions: readonly Mention[]): number {
  return new Set(mentions.map((m) => (m.reading.ticker ? tickerCode(m.reading.ticker) : m.reading.name))).size;
}

/** How often a name is printed in the report. */
function printed(name: string, all: string): number {
  let count = 0;
  for (let at = all.indexOf(name); at >= 0 && count < 50; at = all.indexOf(name, at + name.length)) count += 1;
  return count;
}

/**
 * A name the run before a bracket may have glued words to (当前价：20.28元奥园美谷（000615）,
 * 垂直平台顺势而上新氧(SY.O)): a much more often printed ending is the name. A name printed
 * several times is taken as it is (中国电信 stays, though 电信 is printed more).
 */
function refineName(name: string, all: string): string {
  let best = name;
  let count = printed(name, all);
  if (count > 2) return name;
  // Endings of three characters at least: 股份, 科技, 医药 alone are no one's name.
  for (let cut = 1; cut <= name.length - 3; cut += 1) {
    const ending = name.slice(cut);
    const n = printed(ending, all);
    if (n >= 3 && n >= 3 * count) [best, count] = [ending, n];
  }
  return best;
}

/** Candidates for the subject, one per company (its best mention), best first is the caller's choice. */
export function subjectCandidates(region: FrontRegion, all: string): Candidate<SubjectReading>[] {
  const text = /[_#＃\]]/.test(region.text) ? region.text.replace(TEMPLATE_TAG, (tag) => ' '.repeat(tag.length)) : region.text;
  // A labelled company may be printed anywhere (股票简称：…，股票代码：… in the body).
  const mentions = [...mentionsIn(text), ...labelledMentionsIn(all).map((m) => ({ ...m, index: m.index + text.length, end: m.end + text.length }))];
  const crowd = 8 * Math.min(4, Math.max(0, companyCount(mentions) - 1));
  const title = text.slice(0, MASTHEAD_NAME_SPAN);
  const byCompany = new Map<string, Candidate<SubjectReading>>();
  // Joined once: slicing a fresh concatenation per mention flattens the whole text each time.
  const joined = text + all;
  for (const mention of mentions) {
    const { ticker } = mention.reading;
    const name = refineName(mention.reading.name || (ticker ? nameElsewhere(tickerCode(ticker), mentions, all) : ''), all);
    if (!name) continue;
    const repeats = ticker === null ? 0 : recurrence(tickerCode(ticker), all);
    const named = mention.index >= MASTHEAD_NAME_SPAN && title.includes(name) ? 15 : 0;
    const score = scoreOf(mention, joined, region) + Math.min(10, 2 * Math.max(0, repeats - 1)) + named - crowd;
    const key = ticker === null ? `n:${name}` : `t:${tickerCode(ticker)}`;
    const seen = byCompany.get(key);
    // The company keeps its best-scored mention, under the name its mentions print most often.
    const bestName = seen && printed(seen.value.name, all) > printed(name, all) ? seen.value.name : name;
    if (seen && seen.score >= score) {
      seen.value = { ...seen.value, name: bestName };
      continue;
    }
    byCompany.set(key, { value: { name: bestName, ticker }, score, evidence: snippet(joined, mention.index, mention.end, 0) });
  }
  return [...byCompany.values()];
}
