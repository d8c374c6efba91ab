/** The metadata stage on a report's raw text, as the parse stage runs it (layout first). */
import { contextOfText, type FieldContext } from '~/converter/parse/metadata/context.ts';
import { parseMetadata } from '~/converter/parse/metadata/index.ts';
import type { MetadataResult } from '~/converter/parse/types.ts';

/** The field finders' view of a report text. */
export function contextOf(text: string, source = 'report.txt'): FieldContext {
  return contextOfText(text, source);
}

/** The metadata of a report text. */
export function metadataOf(text: string, source = 'report.txt'): MetadataResult {
  return parseMetadata(contextOf(text, source));
}
