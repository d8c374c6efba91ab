/**
 * The publisher's file name as an extra signal. Publishers often name a report after its date,
 * broker and title (`2026-04-26-华鑫证券-公司事件点评报告-锂盐锂资源产能持续增长.txt`,
 * `20250827_中邮证券_奥士康_高阶HDI持续放量.txt`, `华鑫证券-中兴通讯-服务器算力业务未来可期.txt`);
 * others name it `flat_01.txt`, which says nothing. The name is read generally: dates in any
 * common form, the broker through the registry, report-type labels, tickers and page counts set
 * aside, and the longest remaining Chinese part as the title.
 *
 * The text always wins: the name only fills a field the text left empty, with a warning saying
 * so, and a disagreement is reported but changes nothing.
 */
import type { DateSource, IsoDate } from '../../../schema/report.ts';
import { lookupBroker, nameOn } from './brokers/registry.ts';

/** What a file name says. Every part may be missing. */
export interface FileNameHints {
  date: IsoDate | null;
  /** The broker as the name prints it (华鑫证券), or null. */
  broker: string | null;
  /** The name's title part (锂盐锂资源产能持续增长), or null. */
  title: string | null;
}

// A date is delimited: not glued to ASCII letters or digits (a hash like c7d3e20240512b is no date).
const DATE_FORMS: readonly RegExp[] = [
  /(?<![A-Za-z0-9])((?:19|20)\d{2})[-_.年/](\d{1,2})[-_.月/](\d{1,2})日?(?![0-9])/g,
  /(?<![A-Za-z0-9])((?:19|20)\d{2})(\d{2})(\d{2})(?![A-Za-z0-9])/g,
];
/**
 * 240529 (yymmdd) as a part of its own: years 2010–2029 only, so that no ticker (300308, 600519,
 * 000615.SZ) reads as a date; used only when the name has no full date.
 */
const SHORT_DATE = /^(1\d|2\d)(\d{2})(\d{2})$/;
const SEPARATORS = /[-_|—–·+\u0000]+|[()（）[\]【】《》]/;
/** A name without those separators may be spaced instead (2024年12月02日 国信证券 互联网行业…); titles keep their spaces otherwise. */
const SPACED = /[\s\u0000]+|[()（）[\]【】《》]/;
const TICKER = /^(?:\d{6}|\d{4,5})(?:\.(?:SZ|SH|BJ|HK|OC))?$|^[A-Z]{1,5}\.(?:US|O|N)$/i;
const PAGES = /^(?:共)?\d+页$/;
/** Report-type labels: 公司事件点评报告, 深度报告, 行业周报, 公司研究报告, 首次覆盖 … */
const REPORT_TYPE =
  /^(?:证券研究报告|(?:公司|行业|宏观|策略|固收|金工|晨会|债券|港股|美股|新股|基金)?(?:事件|深度|首次覆盖|调研|跟踪|动态|专题|点评|研究|快报|快评|周报|月报|日报|年报|季报|中报|简评|更新|信息更新)+(?:报告|研究)?)$/;
const HAN = /[\u3400-\u9fff]/g;
const MIN_TITLE_HAN = 5;

function validDate(year: number, month: number, day: number): IsoDate | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The file name without folders and extensions (.txt, .pdf.txt, .md, .pdf.json). */
function stem(source: string): string {
  return (source.split('/').pop() ?? source).replace(/(?:\.(?:txt|md|markdown|json|pdf|html?))+$/i, '');
}

/** The first full date in the name, and the name with it cut out. */
function takeDate(name: string): { date: IsoDate | null; rest: string } {
  for (const form of DATE_FORMS) {
    for (const match of name.matchAll(form)) {
      const date = validDate(Number(match[1]), Number(match[2]), Number(match[3]));
      // A NUL where the date was: a separator in every kind of name.
      if (date) return { date, rest: `${name.slice(0, match.index)}\u0000${name.slice(match.index + match[0].length)}` };
    }
  }
  return { date: null, rest: name };
}

function shortDate(part: string): IsoDate | null {
  const match = SHORT_DATE.exec(part);
  if (!match) return null;
  return validDate(2000 + Number(match[1]), Number(match[2]), Number(match[3]));
}

/** A registry broker named by a part (华鑫证券, 中泰证券研究所), or a firm-like name outside it (某某证券). */
function brokerIn(part: string): string | null {
  const name = part.replace(/(?:研究所|研究院|研究部)$/, '');
  if (lookupBroker(name)) return name;
  return /^[\u4e00-\u9fff]{2,6}证券$/.test(name) ? name : null;
}

/** A title part, without a leading type label (公司点评：Q3符合预期 → Q3符合预期). */
function titleOf(part: string): string {
  const label = /^([\u4e00-\u9fff]{2,8})[:：]\s*(.+)$/.exec(part);
  return label && REPORT_TYPE.test(label[1]!) ? label[2]! : part;
}

/** What the publisher's file name (`source`, a path relative to the input folder) says. */
export function fileNameHints(source: string): FileNameHints {
  let { date, rest } = takeDate(stem(source));
  let broker: string | null = null;
  const titles: string[] = [];
  for (const raw of rest.split(/[-_|—–·+]/.test(rest) ? SEPARATORS : SPACED)) {
    const part = raw.trim();
    if (part === '' || TICKER.test(part) || PAGES.test(part) || REPORT_TYPE.test(part)) {
      if (!date && TICKER.test(part)) date = shortDate(part);
      continue;
    }
    const named: string | null = broker ? null : brokerIn(part);
    if (named) broker = named;
    else if ((part.match(HAN)?.length ?? 0) >= MIN_TITLE_HAN) titles.push(titleOf(part));
  }
  const title = titles.reduce<string | null>((longest, part) => (longest && longest.length >= part.length ? longest : part), null);
  return { date, broker, title };
}

/** A field finder's date result, as the metadata stage holds it. */
export interface DateField {
  date: IsoDate | null;
  dateSource: DateSource | null;
  warnings: string[];
}

/** The text's date, or the name's when the text has none. */
export function fillDate(found: DateField, hints: FileNameHints): DateField {
  if (!hints.date) return found;
  if (found.date === null) {
    return { date: hints.date, dateSource: 'file-name', warnings: [...withoutField(found.warnings, 'date'), `发布日期（date）取自文件名（${hints.date}）`] };
  }
  if (found.date === hints.date) return found;
  return { ...found, warnings: [...found.warnings, `发布日期（date）与文件名不一致：正文为 ${found.date}，文件名为 ${hints.date}，取正文`] };
}

/** The text's broker, or the name's when the text has none (named as it was on `date`). */
export function fillBroker<T extends { broker: string | null; warnings: string[] }>(found: T, hints: FileNameHints, date: IsoDate | null): T {
  if (!hints.broker) return found;
  const firm = lookupBroker(hints.broker);
  const named = firm ? nameOn(firm, date, new Map([[hints.broker, 1]])) : hints.broker;
  if (found.broker === null) {
    return { ...found, broker: named, warnings: [...withoutField(found.warnings, 'broker'), `券商（broker）取自文件名（${hints.broker}）`] };
  }
  const same = firm ? lookupBroker(found.broker) === firm : found.broker === named;
  if (same) return found;
  return { ...found, warnings: [...found.warnings, `券商（broker）与文件名不一致：正文为${found.broker}，文件名为${hints.broker}，取正文`] };
}

/**
 * The text's title, or the name's when the text has none of its own: the title finder never
 * leaves a title empty, but one it had to guess (no title page) comes with a title warning.
 */
export function fillTitle<T extends { title: string; warnings: string[] }>(found: T, hints: FileNameHints): T {
  const guessed = found.warnings.some((warning) => warning.includes('（title）'));
  if (!hints.title || !guessed) return found;
  return { ...found, title: hints.title, warnings: [...withoutField(found.warnings, 'title'), `标题（title）取自文件名（${hints.title}）`] };
}

/** Warnings about other fields: those about `field` (named in full-width brackets) no longer hold. */
function withoutField(warnings: readonly string[], field: string): string[] {
  return warnings.filter((warning) => !warning.includes(`（${field}）`));
}
