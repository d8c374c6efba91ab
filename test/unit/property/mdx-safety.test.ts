/**
 * The property version of `converter/digest-mdx-literal.test.ts`: random text placed where report
 * text lands in a digest (a paragraph, a section title, a table cell, an event title) reads back
 * from the MDX as the same literal text, and never as an import, an expression or an element.
 *
 * Inputs are random strings put into the shape the parser gives such fields: normalized (no
 * control characters, `\n` line ends), one line, trimmed, non-empty.
 */
import fc from 'fast-check';
import type { Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { digestMdx } from '~/converter/emit/digest-mdx.ts';
import { normalizeText } from '~/converter/parse/text/index.ts';
import { toFrontmatter } from '~/schema/digest.ts';
import type { Report } from '~/schema/report.ts';
import { makeReport } from '../../helpers/report-factory.ts';
import { cjkText, token, unicodeText } from './arbitraries.ts';
import { PROPERTY_TIMEOUT_MS, attribute, expectNoCodeFromText, nodesOfType, parseMdx, textOf } from './checks.ts';

/** Raw text → one line of the kind the parser puts in a paragraph, title or cell. */
function asFieldText(raw: string): string {
  return normalizeText(raw)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
}

const fieldText = fc
  .oneof(unicodeText, cjkText, fc.array(token, { minLength: 1, maxLength: 6 }).map((tokens) => tokens.join('')))
  .map(asFieldText)
  .filter((text) => text.length > 0);

interface Placed {
  paragraph: string;
  sectionTitle: string;
  cell: string;
  eventTitle: string;
}

/** A report with each random text in one place; the event sits in its own section so no paragraph is folded into it. */
function reportWith(placed: Placed): Report {
  return makeReport({
    sections: [
      { id: 's1', title: placed.sectionTitle, level: 1, paragraphs: [placed.paragraph] },
      { id: 's2', title: '行业重大事件', level: 1, paragraphs: [] },
    ],
    tables: [{ id: 'tab-1', label: '图表 1', caption: '标题', source: null, columns: ['列'], rows: [[placed.cell]], section: 's1' }],
    events: [{ id: 'e-1', date: '2026-07-02', title: placed.eventTitle, body: '', source: null, section: 's2', companies: [] }],
  });
}

function element(tree: Root, name: string, id: string): RootContent | undefined {
  return nodesOfType(tree, 'mdxJsxFlowElement').find((n) => (n as { name: string }).name === name && attribute(n, 'id') === id);
}

const placedTexts = fc.record({ paragraph: fieldText, sectionTitle: fieldText, cell: fieldText, eventTitle: fieldText });

/** Found by fast-check, always tried first: a character reference in a title (read back decoded). */
const KNOWN_COUNTEREXAMPLES: [Placed][] = [[{ paragraph: '!', sectionTitle: '&amp;一、', cell: '!', eventTitle: '&amp;一、' }]];

/** Checks `expectations` on the MDX of 200 reports with random text in the four places. */
function forRandomPlacements(expectations: (fields: Placed, report: Report, tree: Root) => void): void {
  fc.assert(
    fc.property(placedTexts, (fields) => {
      const report = reportWith(fields);
      expectations(fields, report, parseMdx(digestMdx(report)));
    }),
    { numRuns: 200, examples: KNOWN_COUNTEREXAMPLES },
  );
}

describe('digest MDX keeps random text literal', () => {
  it('holds no import, expression, raw HTML or element that came from the text', () => {
    forRandomPlacements((_fields, _report, tree) => expectNoCodeFromText(tree));
  }, PROPERTY_TIMEOUT_MS);

  it('gives paragraph and table-cell text back unchanged', () => {
    forRandomPlacements((fields, _report, tree) => {
      expect(nodesOfType(tree, 'paragraph').map(textOf)).toEqual([fields.paragraph]);
      expect(nodesOfType(tree, 'tableCell').map(textOf)).toEqual(['列', fields.cell]);
    });
  }, PROPERTY_TIMEOUT_MS);

  it('gives section and event titles (JSX attributes) back unchanged', () => {
    forRandomPlacements((fields, _report, tree) => {
      expect(attribute(element(tree, 'SectionHeading', 's1')!, 'title')).toBe(fields.sectionTitle);
      expect(attribute(element(tree, 'EventItem', 'e-1')!, 'title')).toBe(fields.eventTitle);
    });
  }, PROPERTY_TIMEOUT_MS);

  it('gives the frontmatter back as the same data', () => {
    forRandomPlacements((_fields, report, tree) => {
      const yaml = nodesOfType(tree, 'yaml')[0] as { value: string };
      expect(YAML.parse(yaml.value)).toEqual(toFrontmatter(report));
    });
  }, PROPERTY_TIMEOUT_MS);
});
