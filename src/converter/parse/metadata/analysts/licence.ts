/**
 * SAC licence numbers (中国证券业协会执业证书编号) and the labels printed before them.
 *
 * A number is S + 13 digits: S, the firm's four-digit code, one digit for the kind of
 * registration (5 = 证券投资咨询业务（分析师）, 1 = 一般证券业务, which research assistants and
 * 联系人 hold), the year and month of registration and a serial: S0680 5 1812 0002. Older reports
 * print an A + 13 digits form (taken after a label, or standing on its own), and a few print a
 * number that lost a digit (S + 12: taken only straight after a licence label), as printed. Flattened texts run the number into
 * a phone number or a date (S1060519060002021-20600641, S11501180800072021年): the first 13
 * digits are the licence.
 */

/**
 * The label before a licence, in the forms the brokers print: 执业证书编号, 执业证书号, 执业证号,
 * 执业编号, 执证编码, 执证号, 执业资格证书编码, 证书编号, 证书号码, 证书, 登记编号, 登记编码, 投资咨询资格编号,
 * 证券投资咨询业务证书编号, 一般证券业务证书编号, 分析师登记编码, SAC 编号, SAC No., SACNO, SAC：…
 */
export const LICENCE_LABEL = new RegExp(
  [
    '(?:SAC\\s*|(?:证券)?投资咨询(?:业务)?(?:执业)?|一般证券业务|分析师)?',
    '(?:(?:执业)?(?:资格)?证书(?:编[号码]|号码|号)?|执业(?:证号|编[号码]|号)?|执证(?:编[号码]|号)|资格编[号码]|登记(?:编[号码]|号))',
    '|SAC\\s*(?:Reg(?:istration)?\\.?\\s*)?(?:No\\.?|NO\\.?|编[号码])?',
  ].join(''),
);

/** A licence number as the tokenizer sees it; the A and 12-digit forms need a label before them. */
export const LICENCE_NUMBER = /(?<!\d)(?:[SA]\d{13}|S\d{12}(?!\d))/;

/** The older A form standing on its own (申万宏源 prints it unlabelled: 证券分析师 … A0230511040036). */
const STANDALONE_OLD_FORM = /^A\d{13}$/;

/** A Hong Kong SFC central-entity number (SFC No. BPY421); kept apart, it is not the SAC licence. */
export const SFC_NUMBER = /SFC\s*(?:CE\s*)?(?:No\.?|NO\.?|Ref\.?|编号)?\s*[:：]?\s*[A-Z]{3}\d{3}/;

/**
 * A licence that needs no label before it: the modern S form anywhere, the older A form when
 * nothing is run into it (`before` and `after` are the characters around it).
 */
export function isUnlabelledLicence(value: string, before: string, after: string): boolean {
  if (/^S\d{13}$/.test(value)) return true;
  return STANDALONE_OLD_FORM.test(value) && !/[0-9A-Za-z]/.test(before) && !/\d/.test(after);
}

/**
 * What the licence says about its holder's registration: 'analyst' for 证券投资咨询业务
 * (the category digit 5), 'general' for the others (一般证券业务: assistants and contacts), null
 * for a number too short to tell.
 */
export function licenceCategory(value: string): 'analyst' | 'general' | null {
  const digit = value[5];
  if (digit === undefined) return null;
  return digit === '5' ? 'analyst' : 'general';
}
