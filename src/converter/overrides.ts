/**
 * Sidecar overrides: `report.meta.yaml` next to `report.txt` lets a publisher correct any
 * metadata field without touching the report. Its values win and are recorded in `overrides`
 * (and a sidecar date makes `dateSource` "override"). A broken sidecar never loses the report:
 * it is published without the sidecar, with a warning that names the file and the problem.
 */
import YAML from 'yaml';
import { OverridableFields } from '../schema/report.ts';
import { describeIssues } from './validation.ts';
import type { ParsedReport } from './parse/index.ts';

/** The parsed sidecar, or why it cannot be used. */
export type SidecarResult = { ok: true; fields: OverridableFields } | { ok: false; reason: string };

/** Parses and validates a sidecar file's text; `name` is used in messages. */
export function parseSidecar(text: string, name: string): SidecarResult {
  let data: unknown;
  try {
    data = YAML.parse(text) ?? {};
  } catch (error) {
    return { ok: false, reason: `${name} 不是有效的 YAML：${(error as Error).message.split('\n')[0]}` };
  }
  const parsed = OverridableFields.safeParse(data);
  if (!parsed.success) return { ok: false, reason: `${name} 的字段有误：${describeIssues(parsed.error)}` };
  return { ok: true, fields: parsed.data };
}

/** Applies sidecar fields to a parsed report. Returns the slug override separately. */
export function applyOverrides(
  report: ParsedReport,
  fields: OverridableFields,
): { report: ParsedReport; slug: string | null } {
  const { slug, ...given } = fields;
  // `key: undefined` in a partial means "not set", not "set to nothing".
  const metadata = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as Partial<ParsedReport>;
  const names = Object.keys(metadata);
  const overridden: ParsedReport = { ...report, ...metadata, overrides: [...names, ...(slug ? ['slug'] : [])].sort() };
  if (metadata.date !== undefined) overridden.dateSource = metadata.date === null ? null : 'override';
  // A warning about a field the publisher has now set is no longer true. Warnings name their
  // field in full-width brackets: 未找到行业（sector）.
  overridden.warnings = report.warnings.filter((w) => !names.some((field) => w.includes(`（${field}）`)));
  return { report: overridden, slug: slug ?? null };
}
