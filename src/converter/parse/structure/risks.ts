/**
 * Risks from 风险提示: the title-page block (standalone label or inline `风险提示：…`) and the risk
 * section of the body, split into single risks on list structure and de-duplicated by the risk's name.
 */
import { matchLabel } from './labels.ts';
import { blockItems } from './list-items.ts';
import { isBlank } from './text-utils.ts';

/** Line span of a risk block: [start, end). */
export interface LineRange {
  start: number;
  end: number;
}

/** Longest list piece accepted when a `；`-separated item does not name each risk with 风险. */
const MAX_LIST_PIECE_LENGTH = 40;
/** Longest line that ends a title-page risk block as another title-page label. */
const MAX_TITLE_PAGE_LABEL_LENGTH = 40;

/** Lines of the title-page risk block: after a standalone label up to the next label or heading; an inline label's paragraph. */
export function titlePageRiskLines(lines: readonly string[], limit: number, isHeading: (i: number) => boolean): { lines: string[]; range: LineRange } | null {
  const start = lines.slice(0, limit).findIndex((line) => matchLabel(line)?.kind === 'risks');
  if (start === -1) return null;
  const label = matchLabel(lines[start]!)!;
  const block = label.rest ? [label.rest] : [];
  let end = start + 1;
  for (let i = start + 1; i < limit; i += 1) {
    const line = lines[i]!;
    if (label.rest && isBlank(line)) break;
    const other = matchLabel(line);
    if (isHeading(i) || (other && (other.kind !== 'titlePage' || line.trim().length <= MAX_TITLE_PAGE_LABEL_LENGTH))) break;
    block.push(line);
    end = i + 1;
  }
  return { lines: block, range: { start, end } };
}

/** Text without a trailing list separator, full stop or 等 (`…的风险等。` → `…的风险`). */
function trimListPiece(piece: string): string {
  return piece.trim().replace(/[。；;，,、.]+$/, '').replace(/等$/, '').trim();
}

/** Splits one item on `；`, or on `，`/`、` when every piece names a risk (ends in 风险). */
export function splitRiskItem(item: string): string[] {
  const bySemicolon = item.split(/[；;]/).map(trimListPiece).filter((p) => p !== '');
  const namesRisks = (pieces: string[]) => pieces.every((p) => /风险$/.test(p));
  if (bySemicolon.length > 1 && bySemicolon.every((p) => /风险$/.test(p) || p.length <= MAX_LIST_PIECE_LENGTH)) return bySemicolon;
  const byComma = item.split(/[，,、]/).map(trimListPiece).filter((p) => p !== '');
  if (byComma.length > 1 && namesRisks(byComma)) return byComma;
  // A bare risk name loses its list punctuation; an explained risk keeps its sentence.
  const single = item.trim();
  const isName = single.length <= MAX_LIST_PIECE_LENGTH && !/[。！？：:]./.test(single);
  return [isName ? trimListPiece(single) : single];
}

/** Comparison key: the risk's name, i.e. its text up to the first sentence or clause mark. */
function riskKey(risk: string): string {
  return risk.split(/[。：:；;，,]/)[0]!.replace(/\s+/g, '').replace(/等$/, '').toLowerCase();
}

/** Risks from the given blocks, split and de-duplicated; a repeated risk keeps its first place and its longest text. */
export function collectRisks(blocks: readonly (readonly string[])[]): string[] {
  const risks: string[] = [];
  const indexByKey = new Map<string, number>();
  for (const risk of blocks.flatMap((block) => blockItems(block).flatMap(splitRiskItem))) {
    const key = riskKey(risk);
    if (key === '') continue;
    const seen = indexByKey.get(key);
    if (seen === undefined) {
      indexByKey.set(key, risks.length);
      risks.push(risk);
    } else if (risk.length > risks[seen]!.length) risks[seen] = risk;
  }
  return risks;
}
