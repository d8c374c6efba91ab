/** A minimal valid report for tests that need one; override what the test is about. */
import type { Report } from '~/schema/report.ts';

export function makeReport(overrides: Partial<Report> = {}): Report {
  return {
    source: 'sample.txt',
    slug: 'sample',
    title: '测试报告',
    subtitle: null,
    broker: null,
    date: null,
    dateSource: null,
    period: null,
    rating: null,
    reportType: null,
    sector: null,
    analysts: [],
    subject: null,
    targetPrice: null,
    keyPoints: [],
    sections: [],
    tables: [],
    charts: [],
    events: [],
    movers: [],
    companies: [],
    risks: [],
    relatedReports: [],
    overrides: [],
    warnings: [],
    ...overrides,
  };
}
