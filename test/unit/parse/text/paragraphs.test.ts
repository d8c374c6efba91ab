import { describe, expect, it } from 'vitest';
import { isTableRow, joinParagraphs } from '~/converter/parse/text/paragraphs.ts';

/** Lines wrapped at 10 CJK characters, as a PDF column would print them. */
const WRAPPED = ['今年以来互联网板块表', '现较好，龙头公司的经', '营韧性持续得到验证。', '下一段落的文字较短。'];

describe('joinParagraphs: hard wraps', () => {
  it('re-joins lines wrapped at the full width', () => {
    expect(joinParagraphs(WRAPPED)).toEqual(['今年以来互联网板块表现较好，龙头公司的经营韧性持续得到验证。', '下一段落的文字较短。']);
  });

  it('joins across blank lines between wrapped lines', () => {
    const lines = ['纳斯达克指数单月上涨，纳斯达克互', '', '联网指数录得上涨，单月涨幅较大。', '', '第二段很短。'];
    expect(joinParagraphs(lines)).toEqual(['纳斯达克指数单月上涨，纳斯达克互联网指数录得上涨，单月涨幅较大。', '第二段很短。']);
  });

  it('ends a paragraph at a short line and at sentence-final punctuation', () => {
    const lines = ['第一段第一行写满了十字', '第一段结束', '第二段第一行写满了。”', '第三段第一行写满了十字', '结束。'];
    expect(joinParagraphs(lines)).toEqual(['第一段第一行写满了十字第一段结束', '第二段第一行写满了。”', '第三段第一行写满了十字结束。']);
  });

  it('treats a sentence end followed by a bracketed attribution as final', () => {
    const lines = ['第一条新闻的内容写到了这里。（36 氪）', '第二条新闻的内容写到了这里。（财联社）'];
    expect(joinParagraphs(lines)).toEqual(lines);
  });

  it('keeps a book title open across a short wrapped line', () => {
    const lines = ['《互联网行业投资策略-龙头', '', '有望抬升盈利底部》 ——2024-11-11', '', '《港股互联网板块的机遇》 ——2024-09-23'];
    expect(joinParagraphs(lines)).toEqual([
      '《互联网行业投资策略-龙头有望抬升盈利底部》 ——2024-11-11',
      '《港股互联网板块的机遇》 ——2024-09-23',
    ]);
  });

  it('joins Latin to Latin with one space and keeps CJK–Latin boundaries as printed', () => {
    const lines = ['苹果发布新文档，帮助开发者利用 Siri Apple', 'Intelligence 功能处理屏幕内容，模型名为', 'GPT-4 的新版本已经上线运行并开放给用户了', '段落。'];
    expect(joinParagraphs(lines)).toEqual([
      '苹果发布新文档，帮助开发者利用 Siri Apple Intelligence 功能处理屏幕内容，模型名为GPT-4 的新版本已经上线运行并开放给用户了段落。',
    ]);
  });

  it('continues a line whose next Latin word did not fit', () => {
    const lines = ['第一行中文内容写满十二个字', '与清华大学联合推出', 'Mooncake 项目以及其他内容写。', '第二段。'];
    expect(joinParagraphs(lines)).toEqual(['第一行中文内容写满十二个字与清华大学联合推出Mooncake 项目以及其他内容写。', '第二段。']);
    const control = ['第一行中文内容写满十二个字', '与清华大学联合推出', '中文的下一行内容写满了。'];
    expect(joinParagraphs(control)).toEqual(['第一行中文内容写满十二个字与清华大学联合推出', '中文的下一行内容写满了。']);
  });
});

describe('joinParagraphs: lists and markup', () => {
  it('starts a paragraph at every bullet or numbered item and drops only bullet glyphs', () => {
    const lines = ['- **电商**：板块疲弱', '● 游戏：景气向上', '\uF0D8 Word：在 Word 中', '1) 美团', '（2）腾讯', '3、阿里', '• 其他'];
    expect(joinParagraphs(lines)).toEqual(['电商：板块疲弱', '游戏：景气向上', 'Word：在 Word 中', '1) 美团', '（2）腾讯', '3、阿里', '其他']);
  });

  it('starts a paragraph at captions and source lines, which never run on', () => {
    const lines = ['正文写满了十个中文字', '图表1：指数走势写满了', '资料来源：Wind，整理', '正文继续写，写完了。'];
    expect(joinParagraphs(lines)).toEqual(lines);
  });

  it('drops Markdown bold markers but keeps all other characters', () => {
    expect(joinParagraphs(['**【小程序】', '国金证券研究服务**'])).toEqual(['【小程序】', '国金证券研究服务']);
    expect(joinParagraphs(['增速 *1* 和 __init__ 与 `code`'])).toEqual(['增速 *1* 和 __init__ 与 `code`']);
  });
});

describe('joinParagraphs: tables', () => {
  it('passes table rows through unchanged, one per paragraph', () => {
    const lines = [
      '正文写满了十个中文字',
      '| 名称 | 涨幅 |',
      '|---|---|',
      '| 腾讯 | 3% |',
      '\t\t2025E\t2026E',
      '0700.HK\t腾讯控股\t427.20',
      '<table><tr><td>a</td></tr>',
      '<tr><td>b</td></tr></table>',
      '之后的正文。',
    ];
    expect(joinParagraphs(lines)).toEqual(lines);
  });

  it('recognizes table rows', () => {
    expect(isTableRow('| a | b |')).toBe(true);
    expect(isTableRow('|---|---|')).toBe(true);
    expect(isTableRow('---|:---:')).toBe(true);
    expect(isTableRow('a\tb')).toBe(true);
    expect(isTableRow('<table>')).toBe(true);
    expect(isTableRow('同比增长 - 3%，| 不是表格')).toBe(false);
    expect(isTableRow('- 后续政策不及预期风险')).toBe(false);
  });
});
