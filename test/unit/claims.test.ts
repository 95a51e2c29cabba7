import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { analyseEssay } from '../../server/src/core/analyse';
import { type ClaimRecogniserOptions, findQuantities, readClaims } from '../../server/src/core/claims';
import { repoPath } from '../support/paths';
import { seededRandom } from '../support/essayGenerator';
import * as vocabulary from '../../server/src/core/claims/vocabulary';

/** What an editor sees: each claim's kind and the text that would be underlined. */
function claimsIn(sentence: string, options?: ClaimRecogniserOptions): [string, string][] {
  return findQuantities(sentence, options).map((q) => [q.kind, sentence.slice(q.start, q.end)]);
}

/** Just the underlined texts. */
function textsIn(sentence: string, options?: ClaimRecogniserOptions): string[] {
  return claimsIn(sentence, options).map(([, text]) => text);
}

describe('claims: percentages', () => {
  it('reads a percent sign and the word percent, with the qualifier', () => {
    assert.deepEqual(claimsIn('Unemployment is 38% in the region.'), [['percent', '38%']]);
    assert.deepEqual(
      claimsIn('The EU, the US, Japan and the ROK together accounted for over 38 percent of China’s total foreign trade.'),
      [['percent', 'over 38 percent']],
    );
    assert.deepEqual(claimsIn('Renewables supplied 30 per cent of electricity.'), [['percent', '30 per cent']]);
    assert.deepEqual(claimsIn('Turnout was five percent lower.'), [['percent', 'five percent']]);
    assert.deepEqual(claimsIn('Growth slowed to 3.5pc.'), [['change', '3.5pc']]);
  });

  it('reads ranges as one claim', () => {
    assert.deepEqual(claimsIn('GDP is expected to have grown between 1 and 2 percent in the fourth quarter.'), [
      ['change', 'between 1 and 2 percent'],
    ]);
    assert.deepEqual(claimsIn('Grocery stores had a markup percent between 30% and 40%.'), [['percent', 'between 30% and 40%']]);
    assert.deepEqual(claimsIn('Margins were 30%-40% last year.'), [['percent', '30%-40%']]);
    assert.deepEqual(claimsIn('Rates will hover at 5.25–5.5 percent.'), [['percent', '5.25–5.5 percent']]);
  });

  it('reads percentage points and basis points', () => {
    assert.deepEqual(claimsIn('The gap narrowed by 1.5 percentage points.'), [['change', '1.5 percentage points']]);
    assert.deepEqual(claimsIn('Participation rose 3 percentage points.'), [['change', '3 percentage points']]);
    assert.deepEqual(claimsIn('The index rose 3 points and the Dow lost 500 points.'), [
      ['change', '3 points'],
      ['change', '500 points'],
    ]);
    assert.deepEqual(claimsIn('The plan has 10 points.'), []);
    assert.deepEqual(claimsIn('The FOMC raised the policy rate over 500 basis points.'), [['other', 'over 500 basis points']]);
    assert.deepEqual(claimsIn('The median projection was three 25-basis-point cuts in 2024.'), [['other', '25-basis-point']]);
  });
});

describe('claims: money', () => {
  it('reads currency symbols, prefixes and magnitudes', () => {
    assert.deepEqual(claimsIn('Trade reached US$ 146.8 billion in 2021.'), [['money', 'US$ 146.8 billion']]);
    assert.deepEqual(claimsIn('The deal is worth $1.2tn.'), [['money', '$1.2tn']]);
    assert.deepEqual(claimsIn('The grant was €3m.'), [['money', '€3m']]);
    assert.deepEqual(claimsIn('The city’s net debt stood at $4.4 billion as of the end of 2010.'), [['money', '$4.4 billion']]);
    assert.deepEqual(claimsIn('Households spend £1,500 a year on energy.'), [['money', '£1,500 a year']]);
    assert.deepEqual(claimsIn('The median household income was $74,580 in 2022.'), [['money', '$74,580']]);
    assert.deepEqual(claimsIn('The fund holds USD 5 billion.'), [['money', 'USD 5 billion']]);
  });

  it('reads a from–to range as one claim', () => {
    assert.deepEqual(
      claimsIn('The two countries witnessed the increase of bilateral trade from US$8 billion in 2000 to US$ 146.8 billion in 2021.'),
      [['money', 'from US$8 billion in 2000 to US$ 146.8 billion in 2021']],
    );
  });

  it('calls an amount after a change verb a change', () => {
    assert.deepEqual(claimsIn('The city’s debt increased by $721 million in 2010.'), [['change', '$721 million']]);
  });
});

describe('claims: counts and measures', () => {
  it('reads counts with a magnitude or thousands separators', () => {
    assert.deepEqual(claimsIn('The war displaced 2 million people.'), [['count', '2 million people']]);
    assert.deepEqual(claimsIn('Employers added 216,000 jobs in December.'), [['count', '216,000 jobs']]);
    assert.deepEqual(claimsIn('The conflict displaced hundreds of thousands.'), [['count', 'hundreds of thousands']]);
    assert.deepEqual(claimsIn('Tens of thousands of protesters gathered.'), [['count', 'Tens of thousands of protesters']]);
    assert.deepEqual(claimsIn('Average monthly payroll gains over the fourth quarter were 165,000.'), [['count', '165,000']]);
    assert.deepEqual(claimsIn('Over 100,000 immigrants arrive in the Greater Toronto Area annually.'), [
      ['count', 'Over 100,000 immigrants'],
    ]);
    assert.deepEqual(claimsIn('The vacancy count peaked with nearly 12 million job vacancies.'), [['count', 'nearly 12 million job vacancies']]);
  });

  it('counts a plain number of ten or more things, or a qualified one', () => {
    assert.deepEqual(claimsIn('The services respond in over 150 languages.'), [['count', 'over 150 languages']]);
    assert.deepEqual(claimsIn('The report covers 120 countries.'), [['count', '120 countries']]);
    assert.deepEqual(claimsIn('Women outnumber men in all age groups over 20.'), [['count', 'over 20']]);
  });

  it('does not count small enumerations, in words or digits', () => {
    // "three attempts" is a small enumeration, not a statistic; so are "3 pillars" and "the two countries".
    assert.deepEqual(claimsIn('China and Russia made three attempts to form an alliance.'), []);
    assert.deepEqual(claimsIn('The plan has 3 pillars and the two countries agree on the three principles.'), []);
  });

  it('reads measures with units', () => {
    assert.deepEqual(claimsIn('China and Russia share a common border as long as over 4,300 kilometers.'), [
      ['measure', 'over 4,300 kilometers'],
    ]);
    assert.deepEqual(claimsIn('The plant has a capacity of 5 GW.'), [['measure', '5 GW']]);
    assert.deepEqual(claimsIn('Output reached 2.5 million barrels a day.'), [['measure', '2.5 million barrels a day']]);
    assert.deepEqual(claimsIn('The EU imported 155 bcm of Russian gas.'), [['measure', '155 bcm']]);
    assert.deepEqual(claimsIn('The strait is 33 kilometres wide, with a 4,300-kilometer border.'), [
      ['measure', '33 kilometres'],
      ['measure', '4,300-kilometer'],
    ]);
  });

  it('treats durations as time, but ages and precise spans as measures', () => {
    assert.deepEqual(claimsIn('Over the last two years inflation was high for the last 6 months.'), []);
    assert.deepEqual(claimsIn('The median age was 36.9 years.'), [['measure', '36.9 years']]);
    assert.deepEqual(claimsIn('Persons aged 14 years and under made up 17.5% of the population.'), [
      ['measure', '14 years'],
      ['percent', '17.5%'],
    ]);
  });

  it('reads rates per thousand', () => {
    assert.deepEqual(claimsIn('Mortality fell from 45 per 1,000 live births to 27 per 1,000.'), [
      ['change', 'from 45 per 1,000 live births to 27 per 1,000'],
    ]);
  });
});

describe('claims: change', () => {
  it('reads from–to changes as one claim', () => {
    assert.deepEqual(claimsIn('The job vacancy rate fell from around 7.5 percent to 5.3 percent.'), [
      ['change', 'from around 7.5 percent to 5.3 percent'],
    ]);
    assert.deepEqual(claimsIn('Core PCE inflation fell from 5 percent in January to 3.2 percent in November.'), [
      ['change', 'from 5 percent in January to 3.2 percent in November'],
    ]);
    assert.deepEqual(claimsIn('Warheads have fallen from 21,000 to 12,500.'), [['change', 'from 21,000 to 12,500']]);
  });

  it('reads change verbs and multiples', () => {
    assert.deepEqual(claimsIn('Bilateral trade doubled.'), [['change', 'doubled']]);
    assert.deepEqual(claimsIn('Revenue grew 3x in a decade.'), [['change', '3x']]);
    assert.deepEqual(claimsIn('Exports fell by half.'), [['change', 'by half']]);
    assert.deepEqual(claimsIn('Oil prices fell by a third.'), [['change', 'by a third']]);
    assert.deepEqual(claimsIn('Prices increased on average by 2.5% for domestic vehicles.'), [['change', '2.5%']]);
    assert.deepEqual(claimsIn('The unemployment rate was 8.1% in November 2011, down from 8.3% year over year.'), [
      ['percent', '8.1%'],
      ['change', '8.3%'],
    ]);
  });

  it('does not read "made up" as a change', () => {
    assert.deepEqual(claimsIn('Foreign-born people made up 49.9% of the population.'), [['percent', '49.9%']]);
  });
});

describe('claims: ranks', () => {
  it('reads rankings tied to a measure', () => {
    assert.deepEqual(claimsIn('They were China’s top five trading partners.'), [['rank', 'top five trading partners']]);
    assert.deepEqual(claimsIn('Germany is the largest exporter in Europe.'), [['rank', 'largest exporter']]);
    assert.deepEqual(claimsIn('The Toronto Stock Exchange is the world’s seventh-largest stock exchange by market capitalization.'), [
      ['rank', 'seventh-largest stock exchange'],
    ]);
    assert.deepEqual(claimsIn("The EU is Russia's first trade partner."), [['rank', "Russia's first trade partner"]]);
    assert.deepEqual(claimsIn('The cost of living in Toronto was ranked highest in Canada.'), [['rank', 'ranked highest']]);
    assert.deepEqual(claimsIn('In 2025, live beef cow inventories reached the lowest level since 1961.'), [
      ['rank', 'lowest level since 1961'],
    ]);
    assert.deepEqual(claimsIn('The industry experienced record-low vehicle inventories.'), [['rank', 'record-low vehicle inventories']]);
    assert.deepEqual(claimsIn('Chinese and Italian are the second and third most widely spoken languages.'), [
      ['rank', 'second and third most widely spoken languages'],
    ]);
    assert.deepEqual(claimsIn('The country ranks 3rd in the world.'), [['rank', 'ranks 3rd']]);
  });

  it('leaves superlatives without a measured role, and plain ordinals, alone', () => {
    assert.deepEqual(claimsIn('Being each other’s largest neighbors, they cooperate.'), []);
    assert.deepEqual(claimsIn('The five largest financial institutions of Canada, collectively known as the Big Five, are here.'), []);
    assert.deepEqual(claimsIn('It will become a top priority in the first session.'), []);
  });
});

describe('claims: ratios and other', () => {
  it('reads proportions and fractions', () => {
    assert.deepEqual(claimsIn('One in three adults is affected.'), [['other', 'One in three adults']]);
    assert.deepEqual(claimsIn('Gains were revised down in 9 of 10 job reports.'), [['other', '9 of 10 job reports']]);
    assert.deepEqual(claimsIn('Consumer spending accounts for more than two-thirds of GDP.'), [['other', 'more than two-thirds of GDP']]);
    assert.deepEqual(claimsIn('The law covers three quarters of workers.'), [['other', 'three quarters of workers']]);
    assert.deepEqual(claimsIn('Only 12 of the 27 member states have met it.'), [['other', 'Only 12 of the 27 member states']]);
    assert.deepEqual(claimsIn('Unemployment is more than twice the EU average.'), [['other', 'more than twice the']]);
  });

  it('reads exchange rates, digit fractions and "nearly half"', () => {
    assert.deepEqual(claimsIn('The ruble fell to 139 per dollar in March 2022.'), [['change', '139 per dollar']]);
    assert.deepEqual(claimsIn('About 1/3 of the population lives in cities.'), [['other', 'About 1/3']]);
    assert.deepEqual(claimsIn('Nearly half said prices were too high.'), [['other', 'Nearly half']]);
    assert.deepEqual(claimsIn('Long-run consumption declines are 1.4 times larger for Russia.'), [['other', '1.4 times larger']]);
  });

  it('reads bare decimals as figures', () => {
    assert.deepEqual(claimsIn('The ratio stood at 1.4, down from the peak of 2.'), [['other', '1.4']]);
  });

  it('does not read periods as fractions', () => {
    assert.deepEqual(claimsIn('Growth averaged 3 percent over the first three quarters of 2023.'), [['percent', '3 percent']]);
    assert.deepEqual(claimsIn('In the second half of 2023, I gave a series of speeches.'), []);
  });
});

describe('claims: numbers that are not claims', () => {
  it('ignores years, dates and times', () => {
    assert.deepEqual(claimsIn('In 2021, the EU resolved to act by 2030.'), []);
    assert.deepEqual(claimsIn('Jun 16, 2022'), []);
    assert.deepEqual(claimsIn('The Great Recession of 2007-2009 lasted from December 2007 to June 2009.'), []);
    assert.deepEqual(claimsIn('It was signed at 10:30 a.m. on 5 May 2023 and revised on 04.04.2022.'), []);
    assert.deepEqual(claimsIn('The 1990s were calm; the Joint Statement was signed in February, 2022.'), []);
    assert.deepEqual(claimsIn('Population grew between 1996 and 2001.'), []);
  });

  it('ignores names and codes with digits', () => {
    assert.deepEqual(claimsIn('Russia may be expelled from the G20.'), []);
    assert.deepEqual(claimsIn('The COVID-19 pandemic and Article 5 and the Type 052D destroyer.'), []);
    assert.deepEqual(claimsIn('The city’s 9-1-1 emergency services; Report R48916 (Version 2).'), []);
    assert.deepEqual(claimsIn('During the 119 Congress, Members introduced bills.'), []);
    assert.deepEqual(claimsIn('UNSC Resolution 2231 and Title 42 and Executive Order 14067.'), []);
  });

  it('ignores slashed dates and codes', () => {
    assert.deepEqual(claimsIn('The 9/11 attacks and the report of 4/15/2023 changed a service that runs 24/7.'), []);
  });

  it('ignores ordinals, list numbers and references', () => {
    assert.deepEqual(claimsIn('The 2nd session met in the third quarter.'), []);
    assert.deepEqual(claimsIn('This report (1) provides background, (2) analyzes pricing, and (3) discusses options.'), []);
    assert.deepEqual(claimsIn('Lower markups (see Figure 1) and prices, as in section 3 and p. 10 and Vol. 20, No. 1.'), []);
    assert.deepEqual(claimsIn('I like to look at 3- and 6-month measures and the 10-year Treasury yield.'), []);
  });

  it('ignores hypothetical arithmetic', () => {
    assert.deepEqual(claimsIn('Assume $10 billion in new spending.'), []);
    assert.deepEqual(
      claimsIn('For example, if a retailer pays its supplier $20 for a shirt and sells it to a consumer for $30, the markup would be $10.'),
      [],
    );
    assert.deepEqual(claimsIn('In this example, the dollar markup increased by 25%.'), []);
    assert.deepEqual(claimsIn('The hypothetical markup percent would be 29.4% ($1.25 ÷ $4.25).'), []);
    assert.deepEqual(claimsIn('For example, a retailer with $1 million in sales at an 8% markup would earn $74,074.'), []);
    assert.deepEqual(claimsIn('The markup is 50% ($10 ÷ $20) of cost.'), [['percent', '50%']]);
  });

  it('keeps real examples introduced by "for example"', () => {
    assert.deepEqual(claimsIn('For example, in 2024, dealerships typically had a markup percent between 6% and 9%.'), [
      ['percent', 'between 6% and 9%'],
    ]);
  });

  it('ignores quoted titles but keeps quoted speech', () => {
    assert.deepEqual(claimsIn('See “10 Reasons the Economy Grew 5% in 2021,” published by the Institute.'), []);
    assert.deepEqual(claimsIn('He said “exports rose 5% last year” at the summit.'), [['change', '5%']]);
  });
});

describe('claims: policy targets', () => {
  const targets = [
    'We made progress toward the Federal Open Market Committee’s (FOMC) 2 percent inflation goal.',
    'The noise is against a trend that supports progress toward 2 percent inflation.',
    'PCE inflation of 2 percent is our goal.',
    'We are within striking distance of achieving a sustainable level of 2 percent PCE inflation.',
    'It must be sustained at a level of 2 percent.',
    'Inflation is on a path to 2 percent, keeping inflation on a 2 percent path.',
    'The ECB’s target is inflation of 2% over the medium term.',
    'The Paris Agreement aims to limit warming to 1.5 degrees Celsius.',
    'NATO allies agreed to spend 2 percent of GDP on defense.',
    'Few allies meet the 2 percent of GDP defense spending guideline.',
  ];

  it('are not claims by default', () => {
    for (const sentence of targets) assert.deepEqual(claimsIn(sentence), [], sentence);
  });

  it('are claims when policyTargetsAreClaims is set', () => {
    assert.deepEqual(textsIn(targets[0], { policyTargetsAreClaims: true }), ['2 percent']);
    assert.deepEqual(textsIn(targets[2], { policyTargetsAreClaims: true }), ['2 percent']);
  });

  it('do not swallow measured rates near the word "target"', () => {
    assert.deepEqual(claimsIn('The 6-month change in core inflation has been hovering close to a 2 percent annual rate.'), [
      ['percent', '2 percent'],
    ]);
    assert.deepEqual(claimsIn('Total PCE inflation, the measure for our target, fell from 5.3 percent in January to 2.6 percent.'), [
      ['change', 'from 5.3 percent in January to 2.6 percent'],
    ]);
  });
});

describe('claims: text as it arrives', () => {
  it('keeps offsets through wrapped lines, CRLF, non-breaking spaces and blanked markers', () => {
    const sentence = 'Trade rose from US$8 billion in 2000\r\nto US$\u00a0146.8 billion in 2021.    ';
    assert.deepEqual(claimsIn(sentence), [['money', 'from US$8 billion in 2000\r\nto US$\u00a0146.8 billion in 2021']]);
    // "G20[1]" arrives as "G20   ": the marker must not turn into digits.
    assert.deepEqual(claimsIn('More are calling for its expulsion from the WTO, and the G20   .'), []);
  });

  it('returns sorted, non-overlapping spans', () => {
    const spans = findQuantities('In 2021 the top five trading partners took over 38 percent, up from 30%, and 2 million people moved.');
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].end <= spans[i].start);
    assert.equal(spans.length, 4);
  });

  it('handles empty and number-free input', () => {
    assert.deepEqual(claimsIn(''), []);
    assert.deepEqual(claimsIn('   \r\n  '), []);
    assert.deepEqual(claimsIn('Finance, technology and energy are being weaponized.'), []);
  });
});

describe('claims: adversarial input finishes promptly', () => {
  const N = 100_000;
  const repeat = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
  const inputs: Record<string, string> = {
    digits: '9'.repeat(N),
    spaces: ' '.repeat(N),
    commas: ','.repeat(N),
    dots: '.'.repeat(N),
    dollars: '$'.repeat(N),
    percents: '%'.repeat(N),
    'ones and commas': repeat('1,'),
    'ones and dots': repeat('1.'),
    'ones and hyphens': repeat('1-'),
    'digits and spaces': repeat('1 '),
    'thousands groups': repeat('1,000,'),
    'from from': repeat('from '),
    'from 1 to': repeat('from 1 to '),
    'between 1 and': repeat('between 1 and '),
    'dollar amounts': repeat('$1 '),
    percentages: repeat('1% '),
    'one in three': repeat('one in three '),
    'spelled numbers': repeat('twenty-'),
    'open brackets with operators': repeat('(1 ÷ '),
    'quotes': repeat('"A Big Title 5% " '),
    'ordinals': repeat('first and '),
    'line breaks': repeat('1\r\n'),
    'non-breaking spaces': repeat('1\u00a0'),
    'superlatives': repeat("the world's largest "),
    'hundreds of': repeat('hundreds of '),
    'slashes': repeat('1/'),
    'per per': repeat('1 per '),
    'colons': repeat('1:'),
  };
  for (const [name, input] of Object.entries(inputs)) {
    it(`${name} (${input.length} characters)`, () => {
      const started = Date.now();
      findQuantities(input);
      assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    });
  }
});

describe('claims: the quick trigger test', () => {
  it('never hides a claim the full recogniser would find, on every corpus sentence', () => {
    let sentences = 0;
    for (const name of readdirSync(repoPath('test', 'corpus')).filter((f) => f.endsWith('.txt'))) {
      const { model } = analyseEssay(readFileSync(repoPath('test', 'corpus', name), 'utf8'));
      for (const sentence of model.sentences) {
        const text = model.text.slice(sentence.span.start, sentence.span.end);
        for (const policyTargetsAreClaims of [false, true]) {
          assert.deepEqual(findQuantities(text, { policyTargetsAreClaims }), readClaims(text, { policyTargetsAreClaims }), text);
        }
        sentences++;
      }
    }
    assert.ok(sentences > 200, `only ${sentences} sentences checked`);
  });

  /**
   * Every word of every vocabulary list in any case, glued by the characters words are cut at,
   * and half of the time one of the words the quick test weighs a sentence by (and `extra`), so
   * that anchors and their partners meet often: a word the quick test misreads shows up here.
   * Returns how many of the sentences held a claim.
   */
  function checkAgainstRecogniser(seed: number, count: number, extra: readonly string[] = [], maxWords = 9): number {
    const words = new Set<string>(['Russia', 'trade', 'cent', 'point', 'points']);
    for (const list of Object.values(vocabulary)) {
      if (list instanceof Map) for (const word of list.keys()) words.add(word as string);
      else if (list instanceof Set) for (const word of list) words.add(word as string);
    }
    const vocabularyWords = [...words].filter((word) => !/[0-9$%]/.test(word));
    const weighed = [
      'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'first', 'second', 'fourth', 'twelfth',
      'largest', 'leading', 'top', 'record', 'a', 'an', 'the', 'of', 'in', 'by', 'out', 'to', 'or', 'and', 'as', 'all', 'since',
      'ever', 'on', 'most', 'least', "world's", 'its', 'times', 'per', 'percentage', 'basis', 'bn', 'mln', 'dollars', 'km',
      'years', 'old', 'aged', 'partner', 'exporter', 'fell', 'rose', 'third', 'half', 'thirds', 'more', 'than', 'over',
      'bps', 'bp', 'cent', 'percentage points', 'basis points', 'all-time high', 'record low', 'one in three', 'two of the five',
      'nine out of ten', 'a third of', 'two-thirds', 'one quarter of', 'three quarters', 'by a fifth', 'two people in five',
      'two jobless people a year out of five', 'two people each year in five', 'seven\u2013eighths', ...extra,
    ];
    const glue = [' ', ' ', ' ', ' ', ' ', ' ', '-', '\u2013', ', ', "'", '\u2019', '_', '\u00a0', '', ' (', ') ', ' "', '\u201c', 'é', '中', '中国'];
    const random = seededRandom(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const styled = (word: string): string => {
      const r = random();
      if (r < 0.1) return word.toUpperCase();
      if (r < 0.25) return word[0].toUpperCase() + word.slice(1);
      if (r < 0.27) return word.replace(/k/g, '\u212a').replace(/'/g, '\u2019');
      return word;
    };
    const nextWord = () => styled(random() < 0.5 ? pick(weighed) : pick(vocabularyWords));
    let withClaims = 0;
    for (let n = 0; n < count; n++) {
      const parts: string[] = [];
      for (let k = 1 + Math.floor(random() * maxWords); k > 0; k--) parts.push(nextWord(), random() < 0.7 ? ' ' : pick(glue));
      const sentence = parts.join('') + '.';
      const found = readClaims(sentence);
      if (found.length > 0) withClaims++;
      assert.deepEqual(findQuantities(sentence), found, sentence);
      assert.deepEqual(findQuantities(sentence, { policyTargetsAreClaims: true }), readClaims(sentence, { policyTargetsAreClaims: true }), sentence);
    }
    return withClaims;
  }

  it('never hides a claim in 30,000 sentences without digits built from the recogniser\'s own words', () => {
    const withClaims = checkAgainstRecogniser(2026, 30_000);
    // The sentences must exercise the recogniser, not only the quick test's rejections.
    assert.ok(withClaims > 2000, `only ${withClaims} sentences held a claim`);
  });

  it('never hides a claim in 30,000 sentences whose digits are years or codes, or look like them', () => {
    const numbers = [
      '2014', '1999', '1000', '2100', '2101', '0999', '999', '20145', '2014th', '1990s', '2014°C', '2014 °C', '2014µg', '2014-fold',
      '2014\u2013fold', '2014-2015', '2014\u20132015', '2014-15', '2014.5', '2014,500', '2014:30', '2014/15', 'USD 2014',
      'RMB2014', '2014 points', '2014 times as', 'top 2014', 'from 2014 to', 'between 2014 and', 'in 2014,', '(2014)',
      '2014 percent', '2014 million', '2014 dollars', '2014 years old', '2014 km', '2014 per', '2014x', '2014pc', '01999 people',
      'G20', 'COVID-19', 'COVID\u201319', 'COVID\u201419', 'G20th', 'G20-fold', 'USD20', 'top-20', 'Top20', 'G7 times as', 'R48916',
      'G20.5', 'B-52 bombers', 'x2', 'A-1', 'G20 percent', 'a20', 'two20',
    ];
    const withClaims = checkAgainstRecogniser(1945, 30_000, [...numbers, ...numbers]);
    assert.ok(withClaims > 2000, `only ${withClaims} sentences held a claim`);
  });

  it('finds a partner word as far from its anchor as the recogniser looks', () => {
    // The age word four tokens before the number; the superlative four tokens after the ordinal.
    assert.deepEqual(claimsIn('The average among all surveyed two years.'), [['measure', 'two years']]);
    assert.deepEqual(claimsIn('It is the second and third-most populous.'), [['rank', 'second and third-most populous']]);
    assert.deepEqual(claimsIn('Sales were the lowest ever, in 2014.'), [['rank', 'lowest ever']]);
  });

  it('never hides a claim in 10,000 long sentences, where a partner word may stand far from its anchor', () => {
    const withClaims = checkAgainstRecogniser(7, 10_000, ['2014', 'G20', 'leading', 'times', 'percent', 'aged', 'since'], 40);
    assert.ok(withClaims > 3000, `only ${withClaims} sentences held a claim`);
  });
});
