/** Numeric readings of printed cells. */

/** Units a printed number may carry, longest first so 亿元 wins over 亿. */
const UNITS = [
  '亿美元', '亿港元', '万亿', '亿元', '万元', '千元', '百万', '美元', '港元', '万股', '亿股',
  'bps', 'ppt', 'pct', 'bp', 'pp', 'pc', 'bn', '%', '‰', 'x', 'X', '倍', '亿', '万', '千', '元', '股', 'w', 'W', 'k', 'K',
];
const UNIT_PATTERN = UNITS.map((unit) => unit.replace(/[%‰]/g, '\\$&')).join('|');
/** Sign, digits with optional thousands commas, decimals, optional unit after optional spaces. */
const NUMBER = new RegExp(`^([+\\-−–]?)\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(${UNIT_PATTERN})?$`);
const EMPTY = /^(?:|-|--|—|–|－|N\/?A|n\.?a\.?|NM|nm)$/;

/** Numeric reading of a printed cell for charts: '+8.4975%' → {value: 8.4975, unit: '%'}, '-2.28' → {value:-2.28, unit:null}, '20.12x' → x, '3.2pct', '1,850 亿元' → {value: 1850, unit: '亿元'}, '-' or '' → null. */
export function numericCell(cell: string): { value: number; unit: string | null } | null {
  let text = cell.trim().replace(/\s+/g, ' ');
  if (EMPTY.test(text)) return null;
  // Accounting negatives: (2.3) means -2.3.
  const accounting = /^[(（]([^()（）]+)[)）]$/.exec(text);
  if (accounting?.[1] !== undefined && /^\d/.test(accounting[1])) text = `-${accounting[1]}`;
  const match = NUMBER.exec(text);
  if (!match) return null;
  const sign = match[1] === '' || match[1] === '+' ? 1 : -1;
  const value = sign * Number(`${(match[2] ?? '').replace(/,/g, '')}${match[3] ?? ''}`);
  if (!Number.isFinite(value)) return null;
  return { value, unit: match[4] ?? null };
}

/** Whether a cell reads as a number (with or without a unit). */
export function isNumeric(cell: string): boolean {
  return numericCell(cell) !== null;
}
