import { describe, expect, it } from 'vitest';
import { asciiWords, slugFor, sourceFingerprint } from '~/converter/slug.ts';
import { makeReport } from '../../helpers/report-factory.ts';

describe('slugFor', () => {
  const vocabulary = { brokerCode: (b: string) => (b === '国金证券' ? 'gjzq' : null), topicCode: () => 'internet-weekly' };

  it('reads as date, broker, topic and a fingerprint of the source file', () => {
    const slug = slugFor(makeReport({ source: 'a.txt', date: '2026-07-03', broker: '国金证券' }), vocabulary);
    expect(slug).toBe(`2026-07-03-gjzq-internet-weekly-${sourceFingerprint('a.txt')}`);
  });

  it('is the same for the same report whatever else is in the archive', () => {
    const report = makeReport({ source: 'weekly/000.txt', date: '2026-07-03' });
    expect(slugFor(report)).toBe(slugFor({ ...report }));
  });

  it('differs for two reports with the same metadata but different files', () => {
    const a = slugFor(makeReport({ source: 'a.txt', date: '2026-07-03' }));
    const b = slugFor(makeReport({ source: 'b.txt', date: '2026-07-03' }));
    expect(a).not.toBe(b);
  });

  it('falls back to the file name when nothing else is known, in ASCII only', () => {
    const slug = slugFor(makeReport({ source: '报告 Final_V2.txt' }));
    expect(slug).toMatch(/^final-v2-[0-9a-f]{6}$/);
  });
});

describe('asciiWords', () => {
  it('keeps lower-case letters and digits and collapses the rest to single hyphens', () => {
    expect(asciiWords('  AI&云 / Cloud 2026 ')).toBe('ai-cloud-2026');
  });
});
