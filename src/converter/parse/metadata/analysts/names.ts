/**
 * Chinese personal names: what a name printed next to a licence looks like, and how to cut it out
 * of a run of characters that a flattened text joins to a department or a sentence
 * (信达证券研发中心方竞电子行业首席分析师, 联系信息张文录分析师).
 *
 * A name is a surname from the registry below and one or two given-name characters (two or three
 * after a compound surname), never a label word, a department or a company.
 */
import { nameMatchesEmail } from './pinyin.ts';

/** Single-character surnames in common use (about 99 % of the population), 百家姓 order aside. */
const SURNAMES = new Set(
  (
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
    '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由'
  ).split(''),
);

/** Compound surnames (欧阳, 司马 …). */
const COMPOUND_SURNAMES = new Set(
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 端木 独孤 南宫 西门 申屠 轩辕 太史 澹台 公冶 宗政 濮阳 淳于 单于 呼延 钟离 闻人 赫连 万俟 拓跋 百里 东郭 左丘 第五'.split(' '),
);

/**
 * Characters that do not occur in given names but do in the words a layout puts next to one
 * (年, 月, 日, 的, 研究, 证券, 行业 …).
 */
const NOT_IN_NAMES = new Set('的了和与及在为是等年月日元亿股司业券报告究证师员人据率价市值期所院部组队额度比增减涨跌者评级点要提示料息最'.split(''));

/** Words that pass the shape test but are labels, places or firms. */
const NOT_NAMES = new Set(
  '来源 资料 华创 华泰 华安 华金 华鑫 华源 华西 华福 华宝 华林 华兴 方正 国信 国金 国元 国盛 国海 国开 安信 平安 申万 万联 东吴 东兴 东莞 东北 开源 光大 海通 信达 长江 长城 招商 民生 广发 齐鲁 中原 中泰 中银 中邮 兴业 粤开 渤海 川财 首创 江海 联储 诚通 高速 高于 高端 明年 周期 周报 周观点 黄金 石油 江苏 金融 金额 文章 马上 常规 方面 于是 万元 公告 公司 宁德 何时 全年 全球 全国 全面 华为 武汉 成都 重庆 广州 深圳 上海 北京 杭州 南京 苏州 天津 季度 季报 年报 单季 同比 环比 毛利 毛利率 净利 总额 利润 利率 计算机 通信 传媒 电子 医药 汽车 钢铁 有色 房地产 银行 保险 非银 农业 建筑 交运 家电 轻工 纺织 食品 饮料 军工 机械 化工 环保 电新 休闲 商贸 社服 美容 汇率 应收 余额 余量 宏观 策略 固收 金工 晨报 简报 点评 快评 深度 专题 调研 首次 维持 上调 下调 买入 增持 推荐 持有 中性 谨慎 回避 卖出 看好 强于大市 优于大市 同步大市 弱于大市'.split(
    ' ',
  ),
);

/** A Chinese personal name: surname registry, 2–4 characters, no label or firm word. */
export function isPersonName(text: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(text) || NOT_NAMES.has(text)) return false;
  const compound = COMPOUND_SURNAMES.has(text.slice(0, 2));
  if (!compound && (!SURNAMES.has(text[0] ?? '') || text.length > 3)) return false;
  return [...text.slice(compound ? 2 : 1)].every((char) => !NOT_IN_NAMES.has(char));
}

/** A department or team word that a flattened text runs between a name and its role (电子行业, 医药生物小组, 首席策略). */
const DEPARTMENT_SUFFIX = /(?:行业|小组|团队|研究组|组|研究所|研究院|研究中心|研发中心|中心|部)$/;

/** A rank and field before a role (首席策略分析师, 资深宏观研究员). */
const RANK_PREFIX = /^(?:首席|资深|高级)[\u4e00-\u9fff]{1,4}$/;

export function isDepartment(text: string): boolean {
  return text.length >= 2 && (DEPARTMENT_SUFFIX.test(text) || RANK_PREFIX.test(text)) && !isPersonName(text);
}

/** Which end of a run of characters touches the label the name belongs to. */
export type RunSide = 'head' | 'tail';

/**
 * The name inside a run of characters: the whole run when it is a name, else a name at the end
 * of the run that touches the label (`side`), with what is left on the other side being anything
 * and what is left on the label's side a department. Among several readings the one whose
 * pinyin an e-mail nearby spells wins, then one that fills the run's far end (张三首席策略 → 张三),
 * then the one nearest the label, then the longer one.
 */
export function nameInRun(run: string, side: RunSide, emails: readonly string[]): string | null {
  if (isPersonName(run)) return run;
  const readings: { name: string; rest: number; starts: boolean; spelled: boolean }[] = [];
  for (let length = 4; length >= 2; length -= 1) {
    for (let start = 0; start + length <= run.length; start += 1) {
      const name = run.slice(start, start + length);
      if (!isPersonName(name)) continue;
      // The part between the name and the label must be a department word (or nothing).
      const between = side === 'tail' ? run.slice(start + length) : run.slice(0, start);
      if (between !== '' && !isDepartment(between)) continue;
      const starts = side === 'tail' ? start === 0 : start + length === run.length;
      readings.push({ name, rest: between.length, starts, spelled: emails.some((email) => nameMatchesEmail(name, email)) });
    }
  }
  readings.sort(
    (a, b) =>
      Number(b.spelled) - Number(a.spelled) || Number(b.starts) - Number(a.starts) || a.rest - b.rest || b.name.length - a.name.length,
  );
  return readings[0]?.name ?? null;
}
