/**
 * The report model: one zod schema that is the single source of the types used by the converter,
 * the JSON export, the MDX frontmatter and the site's content collection.
 *
 * Field names are a public interface (publishers script against the JSON export): rename nothing.
 * Unknown values are `null`, never invented.
 */
import { z } from 'astro/zod';
import { Chart, Table } from './table.ts';

/** An ISO calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date such as 2026-07-03');

/** How the publication date was obtained. */
export const DateSource = z.enum([
  /** printed by the report itself (报告日期：2023-07-16) */
  'explicit',
  /** reasoned out from the period, a 截至 date or the newest related report */
  'inferred',
  /** set by the publisher in a sidecar `.meta.yaml` file */
  'override',
  /** read from the publisher's file name (2026-04-26-华鑫证券-….txt) when the text prints none */
  'file-name',
]);

export const Period = z.object({
  /** First day of the span the report covers. */
  start: IsoDate,
  /** Last day of the span the report covers. */
  end: IsoDate,
});

export const Rating = z.object({
  /** The rating as printed: 买入, 增持, 优于大市, 强于大市, 推荐 … */
  value: z.string().min(1),
  /** What changed: 维持, 首次, 上调, 下调 …; null when the report does not say. */
  action: z.string().min(1).nullable(),
});

export const Analyst = z.object({
  /** The analyst's name as printed. */
  name: z.string().min(1),
  /** SAC licence number as printed: S + 13 digits (older reports: A + 13, or S + 12 when a digit was lost). */
  license: z.string().regex(/^(?:[SA]\d{13}|S\d{12})$/, 'expected a SAC licence such as S1130526050001').nullable(),
  /** Work e-mail address. */
  email: z.string().regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'expected an e-mail address').nullable(),
});

export const Subject = z.object({
  /** Company name as printed (腾讯控股). */
  name: z.string().min(1),
  /** Exchange ticker (0700.HK), null when not printed. */
  ticker: z.string().min(1).nullable(),
});

export const TargetPrice = z.object({
  /** The target price as a number. */
  value: z.number().positive(),
  /** Currency as printed (港元, 元, 美元, HKD …), null when not printed. */
  currency: z.string().min(1).nullable(),
});

export const Section = z.object({
  /** Stable ASCII anchor id, unique within the report (`s1-1`). */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Heading text without its numbering (电商&互联网). */
  title: z.string().min(1),
  /** Heading depth: 1 for 一、, 2 for 1.1、, 3 for 1.1.1. */
  level: z.number().int().min(1).max(6),
  /** Clean paragraphs: hard wraps re-joined, page furniture removed. */
  paragraphs: z.array(z.string()),
});

export const RelatedReport = z.object({
  /** Title of the earlier report, as printed. */
  title: z.string().min(1),
  /** Its publication date, when printed. */
  date: IsoDate.nullable(),
});

export const Event = z.object({
  /** Stable anchor (`e-2026-07-02-kling-1a2b3c`), unchanged when other events are added. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** When it happened, resolved to a full date from the report's year and period. */
  date: IsoDate.nullable(),
  /** One-line headline: the bold headline, or the first clause of the item. */
  title: z.string().min(1),
  /** The item's full text, without its date prefix and trailing source. */
  body: z.string(),
  /** News source split off the end, such as 36 氪 or Foresight News. */
  source: z.string().min(1).nullable(),
  /** Id of the section the event was reported in. */
  section: z.string().nullable(),
  /** Companies the event names (from the report's own company lists and tables). */
  companies: z.array(z.string().min(1)),
});

export const Mover = z.object({
  /** Id of the section the price move was reported in. */
  section: z.string().nullable(),
  /** Company or index as printed (拼多多, 京东集团-SW). */
  name: z.string().min(1),
  /** Price change in percent (-2.45 for -2.45%). */
  change: z.number(),
});

export const Report = z.object({
  /** Input file name, relative to the input folder. */
  source: z.string().min(1),
  /** ASCII URL slug, stable across builds. */
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a slug is lower-case ASCII letters, digits and hyphens'),
  /** The report's headline. */
  title: z.string().min(1),
  /** A second headline line or the report's series title, when present. */
  subtitle: z.string().min(1).nullable(),
  /** Canonical short broker name (国金证券). */
  broker: z.string().min(1).nullable(),
  /** Publication date. */
  date: IsoDate.nullable(),
  /** Where `date` came from; null when there is no date. */
  dateSource: DateSource.nullable(),
  /** The span a periodic report covers. */
  period: Period.nullable(),
  /** Investment rating and its change. */
  rating: Rating.nullable(),
  /** Report type: 行业周报, 行业投资策略, 公司点评 … */
  reportType: z.string().min(1).nullable(),
  /** Sector covered: 互联网, 传媒, 计算机 … */
  sector: z.string().min(1).nullable(),
  /** Analysts who signed the report. */
  analysts: z.array(Analyst),
  /** The company a company report is about. */
  subject: Subject.nullable(),
  /** Target price of a company report. */
  targetPrice: TargetPrice.nullable(),
  /** Key points from 周观点 / 核心观点 / 主要观点 / 投资要点. */
  keyPoints: z.array(z.string().min(1)),
  /** The report body, in reading order. */
  sections: z.array(Section),
  /** Tables, cells as printed. */
  tables: z.array(Table),
  /** Charts whose image was lost in extraction: what they showed and where from. */
  charts: z.array(Chart),
  /** News items the report tracks. */
  events: z.array(Event),
  /** Price moves listed in prose (拼多多（-2.45%）). */
  movers: z.array(Mover),
  /** Companies the report names in its tables, price moves and subject, with tickers where printed. */
  companies: z.array(Subject),
  /** Risks from 风险提示. */
  risks: z.array(z.string().min(1)),
  /** Earlier reports listed under 相关研究 / 相关报告. */
  relatedReports: z.array(RelatedReport),
  /** Fields whose value the publisher set in the report's sidecar `.meta.yaml` file. */
  overrides: z.array(z.string()),
  /** What could not be found or had to be guessed. */
  warnings: z.array(z.string().min(1)),
});

/** Fields a publisher may set in a sidecar file: every metadata field, and the slug. */
export const OverridableFields = Report.pick({
  slug: true,
  title: true,
  subtitle: true,
  broker: true,
  date: true,
  period: true,
  rating: true,
  reportType: true,
  sector: true,
  analysts: true,
  subject: true,
  targetPrice: true,
  keyPoints: true,
  risks: true,
  relatedReports: true,
})
  .partial()
  .strict();

export type IsoDate = z.infer<typeof IsoDate>;
export type DateSource = z.infer<typeof DateSource>;
export type Period = z.infer<typeof Period>;
export type Rating = z.infer<typeof Rating>;
export type Analyst = z.infer<typeof Analyst>;
export type Subject = z.infer<typeof Subject>;
export type TargetPrice = z.infer<typeof TargetPrice>;
export type Section = z.infer<typeof Section>;
export type RelatedReport = z.infer<typeof RelatedReport>;
export type Event = z.infer<typeof Event>;
export type Mover = z.infer<typeof Mover>;
export type Report = z.infer<typeof Report>;
export type OverridableFields = z.infer<typeof OverridableFields>;
