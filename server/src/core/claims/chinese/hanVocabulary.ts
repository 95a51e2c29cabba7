// Words the Chinese claim recogniser reads quantities with, in simplified and
// traditional forms. Each list is matched at one position (longest first), so a
// lookup costs a bounded number of comparisons.

/** A list of words, longest first, so that `万亿元` wins over `万`. */
export class WordList {
  readonly words: readonly string[];
  constructor(words: string) {
    this.words = [...new Set(words.trim().split(/\s+/))].sort((a, b) => b.length - a.length);
  }
  /** The word of this list starting at `at`, or ''. */
  at(text: string, at: number): string {
    for (const word of this.words) if (text.startsWith(word, at)) return word;
    return '';
  }
  /** The word of this list ending at `end`, or ''. */
  endingAt(text: string, end: number): string {
    for (const word of this.words) if (end >= word.length && text.startsWith(word, end - word.length)) return word;
    return '';
  }
}

/** Han digits with their values; `两` is two before a measure word. */
export const HAN_DIGITS: ReadonlyMap<string, number> = new Map([
  ['〇', 0], ['零', 0], ['一', 1], ['二', 2], ['两', 2], ['兩', 2], ['三', 3], ['四', 4], ['五', 5],
  ['六', 6], ['七', 7], ['八', 8], ['九', 9],
]);

/** Han units inside a numeral: 十, 百, 千. */
export const HAN_SMALL_UNITS: ReadonlyMap<string, number> = new Map([['十', 10], ['百', 100], ['千', 1000]]);

/** Magnitudes that group a numeral or follow digits: 万 (10⁴), 亿 (10⁸), 兆 (10¹²). */
export const HAN_MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['万', 1e4], ['萬', 1e4], ['亿', 1e8], ['億', 1e8], ['兆', 1e12],
]);

/** Magnitude words after digits: `146.8亿`, `82.31万亿`, `4300万`, `3千`. */
export const MAGNITUDE_WORDS = new WordList('万亿 萬億 千亿 千億 百亿 百億 十亿 十億 千万 千萬 百万 百萬 十万 十萬 亿 億 万 萬 兆 千');

/** `多`, `余`: "more than" after the number (`4300多公里`, `140余个`). */
export const APPROXIMATE_SUFFIXES = new WordList('多 余 餘');

/** Words after the figure that belong to its span: `5%左右`, `1200万人以上`. */
export const TRAILING_QUALIFIERS = new WordList('左右 以上 以下 上下 之多');

/** Words right before the figure that belong to its span: `超过4300公里`, `约为497.76亿美元`. */
export const LEADING_QUALIFIERS = new WordList(`
  超过 超過 多达 多達 高达 高達 将近 將近 接近 大约 大約 不到 不足 至少 约为 約為 约合 約合 约 約 近 逾 超 仅 僅 达 達
`);

export const PERCENT_SIGNS = new WordList('% ％ ‰');

/** Percentage points: a change between two percentages. */
export const POINT_WORDS = new WordList('个百分点 個百分點 百分点 百分點');

export const CURRENCY_WORDS = new WordList(`
  美元 美金 人民币 人民幣 元 欧元 歐元 日元 日圓 英镑 英鎊 卢布 盧布 港元 港币 港幣 澳元 韩元 韓元 新台币 新台幣 台币 台幣 瑞郎 卢比 盧比
`);

/** Currency names and signs before a figure: `人民币3000亿元`, `US$146.8亿`. */
export const CURRENCY_PREFIXES = new WordList('人民币 人民幣 新台币 新台幣 港币 港幣 US$ HK$ NT$ $ ¥ ￥ € £');

export const MEASURE_WORDS = new WordList(`
  平方公里 平方千米 平方米 平方英里 立方米 公里 千米 厘米 毫米 米 公顷 公頃 亩 畝 吨 噸 万吨 千克 公斤 克 升 桶
  千瓦时 千瓦時 千瓦 兆瓦 吉瓦 瓦 海里 英里 英尺 标准箱 標準箱 摄氏度 攝氏度 立方英尺 度电 度電
`);

/** Units of time and calendar: a figure before them is a date, a year or a duration. */
export const TIME_WORDS = new WordList(`
  年代 年 个月 個月 月 日 号 號 天 周年 週年 周 週 星期 小时 小時 分钟 分鐘 秒 季度 世纪 世紀 届 屆 轮 輪 期
`);

/** Measure words (classifiers) and counted nouns right after a number: `150多个国家`, `1045万人`. */
export const CLASSIFIERS = new WordList(`
  个 個 家 名 位 项 項 条 條 座 所 台 辆 輛 艘 架 种 種 件 户 戶 人次 人口 人 口 次 批 份 部 支 处 處 例 起 篇 本 张 張 间 間 只 头 頭 棵
  国 國 省 市 县 縣 村 企业 企業 公司
`);

/** What makes `二十国` a name: `二十国集团`, `七国集团`. */
export const NAME_TAILS = new WordList('集团 集團 峰会 峰會');

/** Verbs of change before a figure: `增长9.8%`, `同比猛增31.3%`, `较1952年的196美元少22%`. */
export const CHANGE_VERBS = new WordList(`
  增长 增長 增加 上升 提高 提升 下降 减少 減少 降低 回落 扩大 擴大 缩小 縮小 上涨 上漲 下跌 下滑 猛增 激增 翻了
  增 减 減 降 涨 漲 跌 升 少 多
`);

/** Linking words between a change verb and its figure: `增长了`, `增至`, `下降到`. */
export const CHANGE_LINKS = new WordList('了 到 至 为 為 达 達');

/** Verbs that state a rank: `排名第八`, `居世界第二位`, `位居首位`. */
export const RANK_VERBS = new WordList('排名 排行 排在 排 位居 居 名列 位列 列');

/** Roles that only a measured ranking gives: `第一大贸易伙伴`, `最大的出口国`. */
export const RANKED_ROLES = new WordList(`
  贸易伙伴国 贸易伙伴 貿易夥伴 经济体 經濟體 出口国 出口國 进口国 進口國 生产国 生產國 消费国 消費國 投资国 投資國
  债权国 債權國 来源国 來源國 来源地 來源地 市场 市場 执政党 執政黨 城市 港口 股东 股東 供应国 供應國 贸易国 貿易國
`);

export const SUPERLATIVES = new WordList('最大 最高 最低 最多 最快 最强 最強');

/** A scope that makes a superlative a ranking: `世界最大`, `全球最大`. */
export const RANK_SCOPES = new WordList('世界 全球 全国 全國 亚洲 亞洲 欧洲 歐洲 全世界');

/** `翻番`, `翻了一番`: doubled. */
export const DOUBLING_WORDS = new WordList('翻了一番 翻了两番 翻了兩番 翻一番 翻两番 翻兩番 翻番 翻倍 翻了一倍');

/** Words that make a figure a goal: `预期目标是……5%左右`, `力争……`. */
export const TARGET_WORDS = new WordList('目标 目標 力争 力爭 争取 爭取');

/** Words before `目标` that make it met rather than set: `完成全年目标的95.0%`. */
export const TARGET_MET_WORDS = new WordList('完成 实现 實現 达到 達到 超过 超過 超额 超額 达成 達成');

/** Words that mark a sentence as illustration: `假设……`. */
export const HYPOTHETICAL_WORDS = new WordList('假设 假設 假定 假如 设想 設想');

/** Words of share before `一半`: `占一半`, `超过一半`. */
export const SHARE_LEADS = new WordList('占 佔 超过 超過 近 约 約 逾 过 過 将近 將近 接近 达 達');
