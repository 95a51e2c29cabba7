// Chinese essays, 简体 and 繁體: sentences, markers, notes lists, headings and
// claims as an editor sees them.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { analyseEssay } from '../../server/src/core/analyse';
import { findQuantities, readClaims } from '../../server/src/core/claims';
import type { EssayModel, Span } from '../../server/src/core/model';
import { readPlainEssay } from '../../server/src/core/parse/plain';
import { repoPath } from '../support/paths';

const at = (model: EssayModel, span: Span) => model.text.slice(span.start, span.end);
const sentencesOf = (text: string) => {
  const model = readPlainEssay(text);
  return model.sentences.map((s) => at(model, s.span));
};
/** Each marker as written, its label, and the sentence it cites. */
const markersOf = (text: string) => {
  const model = readPlainEssay(text);
  return model.markers.map((m) => [at(model, m.span), m.label, at(model, model.sentences[m.sentence].span)]);
};
const claimsIn = (sentence: string) => findQuantities(sentence).map((q) => [q.kind, sentence.slice(q.start, q.end)]);
/** Uncited claims of a whole essay, as the warnings read. */
const uncitedIn = (text: string) =>
  analyseEssay(text).findings.filter((f) => f.rule === 'uncited-claim').map((f) => text.slice(f.span.start, f.span.end));

describe('Chinese essays: sentences', () => {
  it('end at 。！？ with no space after, keeping closing quotes', () => {
    assert.deepEqual(sentencesOf('中俄关系稳定。双方怎么看？他说：“很好！”随后散会。'), [
      '中俄关系稳定。',
      '双方怎么看？',
      '他说：“很好！”',
      '随后散会。',
    ]);
    assert.deepEqual(sentencesOf('他们說「經濟回穩。」之後又說了別的。'), ['他们說「經濟回穩。」', '之後又說了別的。']);
  });

  it('give a marker right after 。 to the sentence before it, and one inside a sentence to that sentence', () => {
    assert.deepEqual(markersOf('中国是俄罗斯第一大贸易伙伴。[1]俄罗斯经济增长7.9%[2]，高于预期。'), [
      ['[1]', '1', '中国是俄罗斯第一大贸易伙伴。[1]'],
      ['[2]', '2', '俄罗斯经济增长7.9%[2]，高于预期。'],
    ]);
  });

  it('keep decimals and English full stops inside a Chinese sentence', () => {
    assert.deepEqual(sentencesOf('贸易额为146.8亿美元，U.S.方面没有评论。'), ['贸易额为146.8亿美元，U.S.方面没有评论。']);
  });
});

describe('Chinese essays: markers', () => {
  it('reads [1], full-width ［1］, 【1】, 〔1〕 and circled ① as markers of note 1', () => {
    for (const marker of ['[1]', '［1］', '［１］', '【1】', '〔1〕', '①']) {
      const text = `贸易额增长了一倍。${marker}\n\n注释\n\n[1] 海关总署，2022年。\n`;
      const model = readPlainEssay(text);
      assert.equal(model.markers.length, 1, marker);
      assert.equal(at(model, model.markers[0].span), marker);
      assert.equal(model.markers[0].label, '1');
      assert.equal(model.markers[0].note, 0, `${marker} cites note 1`);
    }
  });

  it('keeps each label’s exact characters for renaming: the digits inside the brackets, the circled digit itself', () => {
    const model = readPlainEssay('甲增长5%［１２］，乙增长6%⑫。');
    assert.deepEqual(
      model.markers.map((m) => [m.label, at(model, m.span), at(model, m.labelSpan)]),
      [['12', '［１２］', '１２'], ['12', '⑫', '⑫']],
    );
  });

  it('reads groups and ranges in full-width brackets', () => {
    const model = readPlainEssay('数据见此处［3，4］和【5-7】。');
    assert.deepEqual(model.markers.map((m) => m.label), ['3', '4', '5', '6', '7']);
  });

  it('does not take circled numbers that count the items of a list for markers', () => {
    assert.deepEqual(markersOf('主要措施如下：①扩大开放；②稳定增长。'), []);
    assert.deepEqual(markersOf('①扩大开放，增加进口。'), []);
  });
});

describe('Chinese essays: notes lists', () => {
  const body = '中国是俄罗斯第一大贸易伙伴。①双边贸易额增长了一倍。②\n\n';
  const styles: Record<string, string> = {
    circled: '①海关总署统计。\n②商务部数据。\n',
    bracket: '[1] 海关总署统计。\n[2] 商务部数据。\n',
    'full-width bracket': '［1］海关总署统计。\n［2］商务部数据。\n',
    numbered: '1. 海关总署统计。\n2. 商务部数据。\n',
    'numbered, no space': '1.海关总署统计。\n2.《商务部数据》。\n',
  };
  for (const heading of ['注释', '注', '参考文献', '资料来源', '註釋', '參考文獻', '資料來源']) {
    for (const [style, list] of Object.entries(styles)) {
      it(`reads a ${style} list under ${heading}`, () => {
        const model = readPlainEssay(`${body}${heading}\n\n${list}`);
        assert.deepEqual(model.notes.map((n) => [n.label, n.text]), [['1', list.includes('《') ? '海关总署统计。' : '海关总署统计。'], ['2', list.includes('《') ? '《商务部数据》。' : '商务部数据。']]);
        assert.equal(model.notesList?.heading?.text, heading);
        assert.deepEqual(model.notes.map((n) => n.citedBy.length), [1, 1]);
        assert.ok(model.sentences.every((s) => s.span.end <= model.notes[0].span.start), 'notes are not body text');
      });
    }
  }

  it('leaves a trailing circled enumeration without a heading in the body', () => {
    const model = readPlainEssay('主要措施如下。\n\n①扩大开放。\n②稳定增长。\n');
    assert.equal(model.notes.length, 0);
  });
});

describe('Chinese essays: headings', () => {
  it('reads 一、, （一） and 1. headings as nested sections, 简体 and 繁體 alike', () => {
    const text = [
      '中俄经贸关系（摘编）', '', '一、贸易', '', '（一）货物贸易', '', '中俄贸易额增长了一倍。', '', '1. 能源', '',
      '俄罗斯对华出口原油增长。', '', '（二）服務貿易', '', '服務貿易增長。', '', '二、投資', '', '投資穩定。', '',
    ].join('\n');
    const model = readPlainEssay(text);
    assert.equal(model.title?.text, '中俄经贸关系（摘编）');
    assert.deepEqual(model.sections.map((s) => [s.level, s.title]), [
      [2, '一、贸易'], [3, '（一）货物贸易'], [4, '1. 能源'], [3, '（二）服務貿易'], [2, '二、投資'],
    ]);
    const trade = model.sections[0];
    assert.ok(at(model, trade.span).endsWith('服務貿易增長。'), 'a section runs to the next heading of its level');
  });

  it('does not take a short line of prose for a heading', () => {
    const model = readPlainEssay('标题\n\n一、概况\n\n今年经济稳定。\n\n增长较快，\n\n结束了。\n');
    assert.deepEqual(model.sections.map((s) => s.title), ['一、概况']);
  });
});

describe('Chinese essays: claims', () => {
  it('reads percentages, money, counts and measures with their magnitudes', () => {
    assert.deepEqual(claimsIn('欧盟约占俄外贸总额的38%。'), [['percent', '38%']]);
    assert.deepEqual(claimsIn('百分之三十八的企业表示乐观。'), [['percent', '百分之三十八']]);
    assert.deepEqual(claimsIn('双边贸易额达146.8亿美元。'), [['money', '达146.8亿美元']]);
    assert.deepEqual(claimsIn('两国边界线长4300多公里。'), [['measure', '4300多公里']]);
    assert.deepEqual(claimsIn('国内生产总值82.31万亿元。'), [['money', '82.31万亿元']]);
    assert.deepEqual(claimsIn('共约接受了24億5,220萬美元的外援。'), [['money', '24億5,220萬美元']]);
    assert.deepEqual(claimsIn('全国城镇新增就业1045万人。'), [['count', '1045万人']]);
    assert.deepEqual(claimsIn('该国拥有十四亿人口。'), [['count', '十四亿人口']]);
    assert.deepEqual(claimsIn('全市人口两千多万。'), [['count', '两千多万']]);
    assert.deepEqual(claimsIn('同三十八个国家签署协议。'), [['count', '三十八个']]);
    assert.deepEqual(claimsIn('近三成企业出现亏损。'), [['percent', '近三成']]);
    assert.deepEqual(claimsIn('佔2005年國內生產毛額的百分之0.142。'), [['percent', '百分之0.142']]);
  });

  it('reads changes, multiples, shares and ranks', () => {
    assert.deepEqual(claimsIn('贸易额增长了一倍。'), [['change', '一倍']]);
    assert.deepEqual(claimsIn('十年间收入翻番。'), [['change', '翻番']]);
    assert.deepEqual(claimsIn('同比增长9.8%。'), [['change', '9.8%']]);
    assert.deepEqual(claimsIn('失业率下降0.3个百分点。'), [['change', '0.3个百分点']]);
    assert.deepEqual(claimsIn('臺灣的薪資是墨西哥的2.2倍。'), [['other', '2.2倍']]);
    assert.deepEqual(claimsIn('工資大約只有墨西哥的四分之一。'), [['other', '四分之一']]);
    assert.deepEqual(claimsIn('中国是俄罗斯第一大贸易伙伴。'), [['rank', '第一大贸易伙伴']]);
    assert.deepEqual(claimsIn('在亞洲排名第八。'), [['rank', '第八']]);
    assert.deepEqual(claimsIn('外汇储备居世界第二位。'), [['rank', '第二位']]);
    assert.deepEqual(claimsIn('意大利、日本分别排在排行榜的第四至第六位。'), [['rank', '第四至第六位']]);
    assert.deepEqual(claimsIn('增长5.5-6.5%。'), [['percent', '5.5-6.5%']]);
  });

  it('does not read dates, years, ordinals, names or small counts as claims', () => {
    for (const sentence of [
      '2022年6月16日，双方举行会谈。',
      '二十国集团峰会在杭州举行。',
      '这是第十四个五年规划的开局之年。',
      '中华人民共和国成立于1949年。',
      '二〇二二年，两国签署协议。',
      '20世纪80年代，两国关系正常化。',
      '近40年来，台湾经济发展较快。',
      '今年前七个月，出口稳定。',
      '两国建立了四个合作机制。',
      'G20和COVID-19都在议程上。',
      '《2023年政府工作报告》指出了方向。',
      '一成不变的做法难以为继。',
      '全国居民人均可支配收入稳步提高。',
      '欧盟国家与俄贸易额比重依然最大。',
    ]) {
      assert.deepEqual(claimsIn(sentence), [], sentence);
    }
  });

  it('does not report goals or worked examples', () => {
    assert.deepEqual(claimsIn('两国元首确定了2024年双边贸易额达到2000亿美元的目标。'), []);
    assert.deepEqual(claimsIn('主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。'), []);
    assert.deepEqual(claimsIn('假设投资100亿元，回报率为5%。'), []);
    assert.deepEqual(claimsIn('前三季度城镇新增就业1045万人，完成全年目标的95.0%。'), [['count', '1045万人'], ['percent', '95.0%']]);
    assert.deepEqual(
      findQuantities('两国元首确定了2024年双边贸易额达到2000亿美元的目标。', { policyTargetsAreClaims: true }).length,
      1,
    );
  });

  it('flags only the uncited figure of an essay', () => {
    const essay = '中俄贸易\n\n中国是俄罗斯第一大贸易伙伴。①两国边界线长4300多公里。\n\n注释\n\n①海关总署统计。\n';
    assert.deepEqual(uncitedIn(essay), ['4300多公里']);
  });

  it('a list item after a lead-in ending in ： is cited by the lead-in’s marker', () => {
    const essay = '标题\n\n主要数据如下：[1]\n- 出口增长9.8%\n- 进口增长5.2%\n\n[1] 国家统计局。\n';
    assert.deepEqual(uncitedIn(essay), []);
  });
});

describe('Chinese essays: the quick trigger test', () => {
  it('never hides a claim the full recogniser would find, on every sentence of the Chinese corpus', () => {
    let sentences = 0;
    for (const name of readdirSync(repoPath('test', 'corpus-zh')).filter((f) => f.endsWith('.txt'))) {
      const { model } = analyseEssay(readFileSync(repoPath('test', 'corpus-zh', name), 'utf8'));
      for (const sentence of model.sentences) {
        const text = model.text.slice(sentence.span.start, sentence.span.end);
        assert.deepEqual(findQuantities(text), readClaims(text), text);
        sentences++;
      }
    }
    assert.ok(sentences > 30, `only ${sentences} sentences checked`);
  });
});

describe('Chinese essays: adversarial input finishes promptly', () => {
  const N = 100_000;
  const repeat = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
  const inputs: Record<string, string> = {
    'han digits': repeat('一'),
    'han numerals with units': repeat('三十八万'),
    'full-width digits': repeat('９'),
    'digits then a magnitude': repeat('9') + '亿美元',
    'magnitudes': repeat('万'),
    'digits and magnitudes': repeat('1亿'),
    'approximations': repeat('1多'),
    'percent in words': repeat('百分之'),
    'ordinals': repeat('第'),
    'ordinal ranges': repeat('第一至'),
    'rank verbs': repeat('排名'),
    'superlatives': repeat('最大'),
    'doubling': repeat('翻'),
    'title brackets': repeat('《'),
    'unclosed titles with figures': repeat('《5%'),
    'full stops': repeat('。'),
    'circled numbers': repeat('①'),
    'superscripts': repeat('¹'),
    'full-width brackets': repeat('［1'),
    'lenticular brackets': repeat('【１，'),
    'sup elements': repeat('<sup>1'),
    'glued numbers': repeat('ab.1'),
    'ranges': repeat('5-'),
    'shares': repeat('三分之'),
  };
  for (const [name, input] of Object.entries(inputs)) {
    it(`${name} (${input.length} characters): the recogniser and the reader`, () => {
      const started = Date.now();
      findQuantities(input);
      readPlainEssay(`${input}\n\n注释\n\n[1] 来源。\n`);
      assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    });
  }
});
