/**
 * Lead-ins on lines of their own. Company notes open each part with a lead the PDF set in bold at
 * the start of its paragraph: a label (`➢ 事件概述：公司发布了…`) or a headline sentence
 * (`➢ 围绕华为，强化全产业链国产 AI 能力。1）AI 硬件领域：…`, `业务规模增长带动业绩增长，费用管控
 * 合理。Q2 实现营收…`). With the bold lost, the lead is cut off onto its own bulleted line so that the
 * structure stage reads it as the part's heading and the text after it as its paragraph.
 */
import { startsWithBullet, stripBullet } from '../structure/text-utils.ts';

/** A label lead: a short name before a colon (事件概述：, 投资建议：). */
const LABEL_LEAD = /^([^，。：:；;、,\s][^，。：:；;、,]{1,9})[：:]\s*(\S.{3,})$/u;
/** A bulleted paragraph's headline before a colon (◼ 1.6T 新品推动盈利高速增长：报告期内…). */
const BULLETED_LABEL_LEAD = /^([^，。：:；;、,\s][^。：:；;]{9,24}?)[：:]\s*(\S.{3,})$/u;
/** A sentence lead: a headline ended by a full stop (围绕华为，强化全产业链国产 AI 能力。). */
const SENTENCE_LEAD = /^([^。：:；;]{6,36}?)。\s*(\S.{3,})$/u;
/**
 * The mark a cut lead gets: a bullet of its own, so the structure stage knows the line was the head
 * of the paragraph after it (a lead is as wide as that paragraph's lines, which would read as wrapped).
 */
export const LEAD_MARK = '▍';
/** A sentence that goes on from the one before it (同时，…; 此外…; 我们预计…) or a list's item (4) …) is no headline. */
export const CONTINUING_SENTENCE = /^(?:\d{1,2}\s*[)）]|[（(]\d{1,2}[)）]|同时|此外|另外|但是?|而且?|并且?|因此|所以|其中|然而|不过|我们|预计|综上|总体来看|整体来看)/u;
/** Labels that open a part of a company note when a paragraph starts with them. */
const PART_LABEL = /^(?:事件|事项|事件概述|事件点评|点评|评论|投资建议|投资要点|核心观点|风险提示|盈利预测(?:与投资建议)?|估值与评级)$/u;

/** A headline has few figures: a sentence of data (营收 21.69 亿元，同比+50.80%) is no lead. */
function isHeadlineLead(lead: string): boolean {
  const digits = lead.match(/\d/g)?.length ?? 0;
  return digits <= 4 && !/[%％]/u.test(lead) && (lead.match(/[\u3400-\u9fff]/gu)?.length ?? 0) >= lead.replace(/\s+/g, '').length * 0.6;
}

/** The lead and the rest of a paragraph's first line, or null when it opens with none. */
function leadOf(text: string, bulleted: boolean, colonLeads = false): { lead: string; rest: string } | null {
  const label = LABEL_LEAD.exec(text);
  if (label && (bulleted || PART_LABEL.test(label[1]!.trim()))) return { lead: label[1]!.trim(), rest: label[2]! };
  const headline = bulleted || (colonLeads && isPlainColonLead(text)) ? colonHeadline(text) : null;
  if (headline) return headline;
  const sentence = SENTENCE_LEAD.exec(text);
  if (!sentence) return null;
  const lead = sentence[1]!.trim();
  // Unbulleted, only a two-clause headline (…，…。) counts: many paragraphs open with a short sentence.
  if (!isHeadlineLead(lead) || CONTINUING_SENTENCE.test(lead) || (!bulleted && !/[，,]/u.test(lead))) return null;
  return { lead, rest: sentence[2]! };
}

/** A headline before a colon at the start of a paragraph (1.6T 新品推动盈利高速增长：…), or null. */
function colonHeadline(text: string): { lead: string; rest: string } | null {
  const headline = BULLETED_LABEL_LEAD.exec(text);
  if (!headline || !isHeadlineLead(headline[1]!) || CONTINUING_SENTENCE.test(headline[1]!)) return null;
  return { lead: headline[1]!.trim(), rest: headline[2]! };
}

/** Paragraphs that open with a headline before a colon: a template's bold leads when several do. */
const MIN_COLON_LEADS = 3;

/** An unbulleted colon lead counts only without figures or numbering (从 25H1 业务拆分来看： opens a sentence). */
function isPlainColonLead(text: string): boolean {
  const headline = colonHeadline(text);
  return headline !== null && !/\d/u.test(headline.lead);
}

function hasColonLeads(lines: readonly string[]): boolean {
  let count = 0;
  lines.forEach((line, i) => {
    if (opensParagraph(lines, i) && isPlainColonLead(line.trim())) count += 1;
  });
  return count >= MIN_COLON_LEADS;
}

/** A line that opens with a part's label (事件：…) opens that part, wherever a column layout put it. */
function isPartLabelLine(text: string): boolean {
  const label = LABEL_LEAD.exec(text);
  return label !== null && PART_LABEL.test(label[1]!.trim());
}

/** Whether line `i` opens a paragraph: first of the text, after a blank line or a sentence's end. */
function opensParagraph(lines: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= 0; k -= 1) {
    const previous = lines[k]!.trim();
    if (previous === '') return true;
    // After a sentence's end, or after a label line (支撑评级的要点) that heads the paragraphs.
    return /[。；！？”]$/u.test(previous) || (previous.length <= 12 && !/[，、,\d]/u.test(previous));
  }
  return true;
}

/** The lines with each paragraph's lead on a line of its own (bulleted), the rest after it. */
export function splitLeadIns(lines: readonly string[]): string[] {
  const out: string[] = [];
  const colonLeads = hasColonLeads(lines);
  lines.forEach((line, i) => {
    const text = line.trim();
    const bulleted = startsWithBullet(text) && !/^[-*+·]/u.test(text);
    const opens = opensParagraph(lines, i);
    const found = bulleted || opens || isPartLabelLine(text) ? leadOf(bulleted ? stripBullet(text) : text, bulleted, colonLeads && opens) : null;
    if (found) out.push(`${LEAD_MARK} ${found.lead}`, found.rest);
    else out.push(line);
  });
  return out;
}
