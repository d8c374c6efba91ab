/** Headings printed only in bold, and headings that repeat the summary's labels (excerpts of real reports). */
import { describe, expect, it } from 'vitest';
import { headlineHeadings, labelledHeadings } from '~/converter/parse/structure/headline-headings.ts';

/** 开源证券, 公司信息更新报告 (layoutb_02): headlines alone on their lines between paragraphs. */
const NOTE = [
  '营收规模符合预期，高强度研发持续投入',
  '2025 年，公司实现营业收入 11.51 亿元，同比增长 6.35%；实现归母净利润-1',
  '亿元；实现扣非归母净利润-2.18 亿元；实现毛利率、净利率分别为 49.21%、',
  '-13.03%，同比分别+9.10pct、-6.72pct。',
  '产品研发持续突破，发明专利铸就技术护城河',
  '2025 年，公司高性能核心交换芯片项目已完成 2.4T-25.6T 系列产品研发，其中',
  '2.4T 芯片已经量产，12.8T/25.6T 产品已在客户处进入市场推广和逐步应用阶段。',
  '风险提示：网络建设不及预期、交换芯片放量不及预期、上游供应链风险。',
];

describe('headlineHeadings', () => {
  it('takes a short headline between a sentence end and a full line of text', () => {
    expect(headlineHeadings(NOTE).map((h) => h.title)).toEqual(['营收规模符合预期，高强度研发持续投入', '产品研发持续突破，发明专利铸就技术护城河']);
  });

  it('never takes the short last line of a paragraph or a wrapped line', () => {
    const titles = headlineHeadings(NOTE).map((h) => h.title);
    expect(titles).not.toContain('-13.03%，同比分别+9.10pct、-6.72pct。');
    expect(titles.some((t) => t.startsWith('亿元'))).toBe(false);
  });

  it('takes a two-clause headline ended by a full stop, not a paragraph\'s last line (国金证券, corpus layoutb_03)', () => {
    const lines = [
      '+15.7%；实现归母净利润 3.4 亿元，同比+1.8%，毛利率 23.2%，',
      '同比-0.6pct，Q3 业绩符合预期。',
      '网内市场稳步推进，公司市占率维持领先。',
      '25 年初国南网规划总投资超 8250 亿元，创历史新高。25 年 1-8 月',
      '全国电网工程完成投资 3796 亿元，同比+14%。国网输变电设备前',
      '四批招标 682 亿元，同比增长 23%，公司累计中标 56 亿元，同比',
      '+15%，市占率 8.3%，维持行业前列。',
      '在手订单充沛，特高压招标启动有望增厚订单。',
      '截至 2025 年三季度，公司合同负债 50.7 亿元，同比+29%，存货',
    ];
    expect(headlineHeadings(lines).map((h) => h.title)).toEqual(['网内市场稳步推进，公司市占率维持领先', '在手订单充沛，特高压招标启动有望增厚订单']);
  });

  it('takes headlines with figures in a first-page column narrower than the pages after it (layoutb_16)', () => {
    const column = [
      '2026/4/29',
      'Q1 归母净利润同比+310.87%，看好公司长期成长，维持“买入”评级',
      '2025 年，公司实现营收 85.43 亿元，同比+10.72%，归母净利润 6.32 亿元，同比',
      '+145.95%。2025Q4，公司实现营收 24.96 亿元，同比+39.36%，环比-4.88%；归',
      '母净利润 2.98 亿元，同比+191.10%，环比+50.53%。2026Q1，公司实现营收 28.30',
      '亿元，同比+84.16%，环比+13.38%；归母净利润 3.39 亿元，同比+310.87%，环',
      '比+13.55%。伴随锂盐价格持续上行，公司业绩实现超预期增长。',
      '2025Q4、2026Q1 锂盐价格延续上行，带动公司业绩高速增长',
      '公司形成“自控矿+外购矿”的双重保障机制，公司津巴布韦卡玛蒂维锂矿已于',
      '2025 年下半年达产，年产锂精矿约 35 万吨；四川李家沟锂矿已进入正常生产运',
      '营阶段。据百川盈孚数据，2025Q4，电池级碳酸锂市场均价由 Q3 的 7.24 万元/',
      '吨上涨至 9.05 万元/吨，环比增长 25.09%。',
      '，归母净利润 4.92',
      '2025 年，公司实现营收 85.43 亿元，同比+10.72%，归母净利润 6.32 亿元，同比',
    ];
    // Later pages' running text is wider than the first page's column.
    const wide = Array.from({ length: 12 }, () => '从市盈率看，公司估值处于历史低位，我们认为行业景气度有望延续，看好公司持续成长。');
    expect(headlineHeadings([...column, '', ...wide]).map((h) => h.title)).toEqual([
      'Q1 归母净利润同比+310.87%，看好公司长期成长，维持“买入”评级',
      '2025Q4、2026Q1 锂盐价格延续上行，带动公司业绩高速增长',
    ]);
  });
});

/** 国信证券, 互联网行业 2024 年 12 月投资策略 (seed 002): the summary's labels head its parts. */
const MONTHLY = [
  '11 月行情回顾：11 月恒生科技指数单月下跌 3.2%。同期，纳斯达克互',
  '联网指数录得上涨，单月涨幅为 9.2%。',
  '人工智能动态：1）OpenAI：桌面版 ChatGPT 应用登录微软 Windows，4o',
  '模型再升级；2）谷歌：Gemini 发布 iOS 版 APP。',
  '互联网行业动态：1）游戏：11月国产游戏版号下发；2）金融科技：10月支',
  '付机构备付金同比持平。',
  '12 月投资策略：伴随互联网板块三季报落幕，互联网巨头的经营韧性持',
  '续得到印证。',
  ...Array.from({ length: 6 }, () => '从市盈率看，恒生科技指数估值有下降，处于成立以来 8.85%分位点。'),
  ' 行情回顾：11 月恒生科技指数下跌 3.2%',
  '指数情况：11 月恒生科技指数单月下跌 3.2%。同期，纳斯达克互联网指数录得上',
  '涨，单月涨幅为 9.2%。',
  ' 人工智能动态：模型升级成为竞争核心，大模',
  '型逐渐上线 Windows/iOS/安卓系统',
  'OpenAI：桌面版 ChatGPT 应用登录微软 Windows，4o 模型再升级',
  '（1）OpenAI 面向所有微软 Win10/11 用户发布桌面版 ChatGPT 应用。桌面版',
  'ChatGPT 支持拍照识别和高级语音两大功能。',
  '长上下文处理能力：预训练模型支持高达 256K 的文本序列，Instruct 模型',
  '支持 128K 的文本序列，显著提升了长上下文任务的处理能力。',
  ' 行业动态：11 月国产游戏版号下发，快手电',
  '商废止退款不退货服务规则',
  '游戏：11 月国产游戏版号下发,腾讯《胜利女神：新的希望》等重点游戏获批。',
];

describe('labelledHeadings', () => {
  const hits = labelledHeadings(MONTHLY);

  it("heads each part with the summary's label, a wrapped headline joined", () => {
    expect(hits.filter((h) => h.level === 1).map((h) => h.title)).toEqual([
      '行情回顾：11 月恒生科技指数下跌 3.2%',
      '人工智能动态：模型升级成为竞争核心，大模型逐渐上线 Windows/iOS/安卓系统',
      '行业动态：11 月国产游戏版号下发，快手电商废止退款不退货服务规则',
    ]);
  });

  it('heads the news inside a part one level down, and leaves list items that wrap as sentences alone', () => {
    expect(hits.filter((h) => h.level === 2).map((h) => h.title)).toEqual(['OpenAI：桌面版 ChatGPT 应用登录微软 Windows，4o 模型再升级']);
  });

  it('needs a summary that opens its paragraphs with labels', () => {
    expect(labelledHeadings(NOTE)).toEqual([]);
  });
});
