/**
 * Sidecar overrides: `report.meta.yaml` next to `report.txt` lets a publisher correct any
 * metadata field without touching the report. Its values win and are recorded in `overrides`
 * (and a sidecar date makes `dateSource` "override"). A broken sidecar never loses the report, nor
 * what it got right: each field is checked on its own, the valid ones apply, and each invalid or
 * unknown one is a warning that names the file, the field and the problem. A file that is not
 * YAML, or not a list of `field: value`, is ignored as a whole, with a warning.
 */
import type { z } from 'astro/zod';
import YAML from 'yaml';
import { OverridableFields } from '../schema/report.ts';
import { describeIssues } from './validation.ts';
import type { ParsedReport } from './parse/index.ts';

/** The sidecar's valid fields, and a warning for everything in it that was not used. */
export interface SidecarResult {
  fields: OverridableFields;
  warnings: string[];
}

/** Each field's own schema, to check the fields one by one. */
const FIELD_SCHEMAS: Readonly<Record<string, z.ZodType>> = OverridableFields.shape;
const FIELD_NAMES = Object.keys(FIELD_SCHEMAS);

/** A whole file that cannot be used. */
export function ignoredSidecar(reason: string): SidecarResult {
  return { fields: {}, warnings: [`已忽略修正文件：${reason}`] };
}

/** Parses a sidecar file's text and checks each field; `name` is used in messages. */
export function parseSidecar(text: string, name: string): SidecarResult {
  let data: unknown;
  try {
    data = YAML.parse(text) ?? {};
  } catch (error) {
    return ignoredSidecar(`${name} 不是有效的 YAML：${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return ignoredSidecar(`${name} 应是「字段: 值」的列表（如 title: 新标题），而不是${Array.isArray(data) ? '列表' : '单个值'}`);
  }
  const fields: Record<string, unknown> = {};
  const warnings: string[] = [];
  for (const [field, value] of Object.entries(data)) {
    const schema = Object.hasOwn(FIELD_SCHEMAS, field) ? FIELD_SCHEMAS[field] : undefined;
    if (!schema) {
      warnings.push(`修正文件 ${name} 的字段 ${field} 不能修正，已忽略该字段（可以修正：${FIELD_NAMES.join('、')}）`);
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) fields[field] = parsed.data;
    else {
      const issues = parsed.error.issues.map((issue) => ({ ...issue, path: [field, ...issue.path] }));
      warnings.push(`修正文件 ${name} 的字段 ${field} 无效，已忽略该字段：${describeIssues({ issues })}`);
    }
  }
  return { fields: fields as OverridableFields, warnings };
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
