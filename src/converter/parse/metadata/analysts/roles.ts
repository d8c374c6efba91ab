/**
 * The words printed next to the people who signed a report: their roles (分析师, 研究助理 …),
 * contact labels (电话, 邮箱 …) and the headings of the back matter that lists people who did
 * not sign it (分析师声明, 研究团队简介, 销售联系人 …).
 */

/** What a role label says about the person it names. */
export type RoleKind =
  /** 分析师, 证券分析师, 首席分析师, 分析员, 策略师, 经济学家 …: signs the report. */
  | 'analyst'
  /** 研究员: an analyst when licensed as one. */
  | 'researcher'
  /** 研究助理, 联系人, 助理研究员, 助理分析师, 研究支持: an assistant, even with a licence. */
  | 'assistant'
  /** 特别鸣谢, 销售 …: named, but neither. */
  | 'other';

/** A role label, longest forms first. Biography headings (分析师简介) are roles too. */
export const ROLE_LABEL = new RegExp(
  [
    '(?:分析师|研究助理|研究员|作者)(?:与研究助理|及研究助理)?简介',
    '助理分析师|分析师助理|助理研究员|研究助理|研究支持',
    '(?:首席|资深|高级)?(?:证券)?(?:分析[师员]|策略师|经济学家)',
    '(?:首席|资深|高级)?研究员',
    '(?:报告)?联系人',
    '特别鸣谢|鸣谢',
  ].join('|'),
);

/** The kind of person a role label names. */
export function roleKind(label: string): RoleKind {
  if (/鸣谢/.test(label)) return 'other';
  if (/与研究助理|及研究助理/.test(label)) return 'researcher';
  if (/助理|联系人|研究支持/.test(label)) return 'assistant';
  if (/分析[师员]|策略师|经济学家/.test(label)) return 'analyst';
  return 'researcher';
}

/** A biography heading (分析师简介 X …): it names a person already on the first page. */
export function isBiographyLabel(label: string): boolean {
  return label.endsWith('简介');
}

/** Labels of contact details. */
export const CONTACT_LABEL = /联系电话|电话|手机|公司邮箱|电子邮箱|邮箱|电邮|地址|传真|[Ee]-?[Mm][Aa][Ii][Ll]|T[Ee][Ll]|Phone|[☎☏✉]/;

/**
 * Headings after which people are listed who did not sign the report (the analysts'
 * declaration, team introductions, sales desks): they may confirm a signatory, never add one.
 * Each holds 析, 团, 组 or 销, which blocks.ts checks first: a new heading without one needs it added there.
 */
export const BACK_MATTER_HEADING =
  /(?:证券)?分析师(?:声明|承诺)|研究团队简介|研究小组介绍|(?:团队|小组)(?:介绍|成员)|销售联系人|机构销售|销售团队|研究所(?:机构)?销售/;

/** Words that start a sentence pointing to the back matter (请务必阅读…分析师声明): not a heading. */
export const READ_NOTICE = /阅读|参阅|参见|详见|查阅/;
