/**
 * Small constructors for the mdast and MDX nodes a digest is made of.
 * Report text only ever enters the tree as `text` nodes or JSX string attributes, which the
 * serializer escapes; code (expressions) is written only by the converter itself.
 */
import type { Paragraph, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx';

/** A JSX attribute value: plain text (escaped), or a trusted expression written by the converter. */
export type AttributeValue = string | number | { expression: string };

export function text(value: string): Text {
  return { type: 'text', value };
}

export function paragraph(value: string): Paragraph {
  return { type: 'paragraph', children: [text(value)] };
}

export function jsxAttribute(name: string, value: AttributeValue): MdxJsxAttribute {
  // MDX decodes character references in attribute strings but the serializer writes `&` as is:
  // encoding it keeps `&amp;` in a report title literal after the round trip.
  if (typeof value === 'string') return { type: 'mdxJsxAttribute', name, value: value.replaceAll('&', '&amp;') };
  const expression = typeof value === 'number' ? String(value) : value.expression;
  return { type: 'mdxJsxAttribute', name, value: { type: 'mdxJsxAttributeValueExpression', value: expression } };
}

/** A block-level component. Children must be flow content (paragraphs, lists …), never bare text. */
export function component(
  name: string,
  attributes: Record<string, AttributeValue>,
  children: RootContent[] = [],
): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => jsxAttribute(key, value)),
    children: children as MdxJsxFlowElement['children'],
  };
}
