/** Site-wide constants: the one place to rename the archive or change its language. */
export const SITE = {
  /** Shown in the header and in every page title. */
  title: '研报文摘',
  /** Default meta description. */
  description: '卖方研究报告文摘：按券商、行业、日期浏览，全文搜索历史事件。',
  /** The page language; Pagefind segments Chinese because of it. */
  lang: 'zh-CN',
} as const;

/** The header's browse links, in order. */
export const SITE_NAV = [
  { path: '/events/', label: '事件' },
  { path: '/companies/', label: '公司' },
  { path: '/brokers/', label: '券商' },
  { path: '/sectors/', label: '行业' },
  { path: '/types/', label: '类型' },
  { path: '/months/', label: '月份' },
  { path: '/search/', label: '搜索' },
] as const;
