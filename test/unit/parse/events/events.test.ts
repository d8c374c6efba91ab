import { describe, expect, it } from 'vitest';
import { resolveMonthDay, firstEventDate } from '~/converter/parse/events/event-date.ts';
import { splitHeadline, splitSource } from '~/converter/parse/events/event-text.ts';
import { assignEventIds, eventFromDatedParagraph, eventFromRaw, isDatedParagraph, lineEvents } from '~/converter/parse/events/index.ts';

const weekly = { period: { start: '2026-06-29', end: '2026-07-03' }, date: null };

describe('event dates', () => {
  it('resolves a month and day to the year of the report period', () => {
    expect(firstEventDate('7 月 2 日，公司发布公告', weekly)?.date).toBe('2026-07-02');
    expect(firstEventDate('马斯克当地时间 6 月 28 日发文称', weekly)?.date).toBe('2026-06-28');
  });

  it('rolls back a year when the month is late in the year and the report is early', () => {
    expect(resolveMonthDay(12, 29, { period: null, date: '2027-01-03' })).toBe('2026-12-29');
  });

  it('keeps a printed year and rejects impossible days', () => {
    expect(firstEventDate('2025年2月3日，', weekly)?.date).toBe('2025-02-03');
    expect(firstEventDate('2 月 30 日', weekly)).toBeNull();
  });

  it('needs a reference for a year-less date', () => {
    expect(firstEventDate('7 月 2 日', { period: null, date: null })).toBeNull();
  });
});

describe('event text', () => {
  it('splits a trailing news source in brackets', () => {
    expect(splitSource('快手发布公告。(36 氪)')).toEqual({ text: '快手发布公告。', source: '36 氪' });
    expect(splitSource('上线新功能（Foresight News）')).toEqual({ text: '上线新功能', source: 'Foresight News' });
  });

  it('leaves brackets that hold numbers, percentages or tickers', () => {
    expect(splitSource('腾讯控股（+4.71%）').source).toBeNull();
    expect(splitSource('腾讯控股（0700.HK）').source).toBeNull();
    expect(splitSource('指数表现（6.29-7.3）').source).toBeNull();
  });

  it('takes the first sentence as the headline', () => {
    expect(splitHeadline('快手：可灵首轮外部融资落地。7 月 2 日，公司发布公告。')).toEqual({
      title: '快手：可灵首轮外部融资落地',
      body: '7 月 2 日，公司发布公告。',
    });
  });
});

describe('lineEvents', () => {
  it('takes numbered items under an event label, each with its continuation lines', () => {
    const lines = ['【行业重大事件】', '', '- 1) 甲发布新品。详情如下', '继续说明。', '', '- 2) 乙完成融资。(36 氪)', '', '【其他】', '3) 不是事件'];
    const events = lineEvents(lines);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ headline: null, lineIndices: [0, 2, 3] });
    expect(events[0]!.text).toContain('甲发布新品');
    expect(events[1]!.lineIndices).toEqual([5]);
  });

  it('takes a bold headline and the paragraphs under it', () => {
    const lines = ['- **马斯克宣布成立 xAI 公司**', '', '7 月 13 日，马斯克宣布成立 xAI。', '', '● **谷歌 Bard 大幅升级**', '7 月 14 日，谷歌升级 Bard。', '2. 国内 AI'];
    const events = lineEvents(lines);
    expect(events.map((e) => e.headline)).toEqual(['马斯克宣布成立 xAI 公司', '谷歌 Bard 大幅升级']);
    expect(events[1]!.lineIndices).toEqual([4, 5]);
  });
});

describe('building events', () => {
  it('dates, titles and sources a numbered item', () => {
    const raw = { headline: null, text: '快手：可灵首轮外部融资落地。7 月 2 日，公司发布可灵重组相关公告。（36 氪）', lineIndices: [0] };
    const event = eventFromRaw(raw, 's1-4', weekly, ['快手', '腾讯控股']);
    expect(event).toMatchObject({ date: '2026-07-02', title: '快手：可灵首轮外部融资落地', source: '36 氪', section: 's1-4', companies: ['快手'] });
  });

  it('names a company listed with a share-class suffix when the text omits it', () => {
    const event = eventFromDatedParagraph('7月14日，蔡依林在快手完成首次直播。', null, weekly, ['哔哩哔哩-W', '快手-W', '腾讯控股'])!;
    expect(event.companies).toEqual(['快手-W']);
  });

  it('turns a paragraph that opens with a date into an event without the date prefix', () => {
    const paragraph = '5月20日，谷歌发布 Gemini 3.5 Flash 新模型。模型速度更快。';
    expect(isDatedParagraph(paragraph)).toBe(true);
    expect(isDatedParagraph('本周，谷歌发布新模型。')).toBe(false);
    const event = eventFromDatedParagraph(paragraph, 's2', { period: null, date: '2026-06-01' }, []);
    expect(event).toMatchObject({ date: '2026-05-20', title: '谷歌发布 Gemini 3.5 Flash 新模型', body: '模型速度更快。' });
  });

  it('makes no event of an item or a dated paragraph with no words in it', () => {
    expect(eventFromRaw({ headline: null, text: '。（36 氪）', lineIndices: [0] }, null, weekly, [])).toBeNull();
    expect(eventFromDatedParagraph('7月2日，', null, weekly, [])).toBeNull();
    expect(eventFromRaw({ headline: null, text: '。快手：可灵融资落地。', lineIndices: [0] }, null, weekly, [])?.title).toBe('快手：可灵融资落地');
  });

  it('gives ids that depend only on the event itself', () => {
    const a = eventFromDatedParagraph('7月1日，甲发布。', null, weekly, [])!;
    const b = eventFromDatedParagraph('7月2日，乙发布。', null, weekly, [])!;
    const [idA] = assignEventIds([a]).map((e) => e.id);
    const [, idAWithB] = assignEventIds([b, a]).map((e) => e.id);
    expect(idA).toMatch(/^e-2026-07-01-[0-9a-f]{8}$/);
    expect(idAWithB).toBe(idA);
    expect(assignEventIds([a, a]).map((e) => e.id)).toEqual([idA, `${idA}-2`]);
  });
});
