/**
 * Report slugs: readable ASCII, and stable. A slug depends only on the report itself (its date,
 * broker and source file name), never on which other reports are in the archive, so adding or
 * removing reports never changes another digest's URL.
 */
import { createHash } from 'node:crypto';
import type { ParsedReport } from './parse/index.ts';

/** Short, stable fingerprint of the source file name: keeps slugs unique without depending on order. */
export function sourceFingerprint(source: string): string {
  return createHash('sha256').update(source).digest('hex').slice(0, 6);
}

/** Lower-case ASCII words from any string; characters outside a–z and 0–9 become separators. */
export function asciiWords(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Named ASCII codes for the slug's readable part, supplied by the metadata vocabulary. */
export interface SlugVocabulary {
  brokerCode(broker: string): string | null;
  topicCode(report: ParsedReport): string | null;
}

const NO_VOCABULARY: SlugVocabulary = { brokerCode: () => null, topicCode: () => null };

/** `2026-07-03-gjzq-internet-weekly-1a2b3c`: date, broker, topic, then the source fingerprint. */
export function slugFor(report: ParsedReport, vocabulary: SlugVocabulary = NO_VOCABULARY): string {
  const parts = [
    report.date,
    report.broker ? vocabulary.brokerCode(report.broker) : null,
    vocabulary.topicCode(report),
  ].filter((part): part is string => Boolean(part));
  if (parts.length === 0) parts.push(asciiWords(report.source.replace(/\.[^.]+$/, '')) || 'report');
  return [...parts.map(asciiWords), sourceFingerprint(report.source)].filter(Boolean).join('-');
}
