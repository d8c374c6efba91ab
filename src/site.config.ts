/** Site-wide constants: the one place to rename the archive or change its language. */
export const SITE = {
  /** Shown in the header and in every page title. */
  title: '研报文摘',
  /** Default meta description. */
  description: '卖方研究报告文摘：按券商、行业、日期浏览，全文搜索历史事件。',
  /** The page language; Pagefind segments Chinese because of it. */
  lang: 'zh-CN',
} as const;
