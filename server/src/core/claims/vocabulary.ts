// Words the claim recogniser reads quantities with. All entries are lower-case
// with straight apostrophes; tokens are compared by their `lower` form.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Cardinal number words with their values. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['dozen', 12],
]);

/** Magnitude words and abbreviations that multiply a number ("2.5 million", "$1.2tn", "€3m"). */
export const MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['k', 1e3], ['mn', 1e6], ['mln', 1e6], ['mio', 1e6], ['bn', 1e9], ['bln', 1e9], ['tn', 1e12], ['trn', 1e12],
  ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
]);

/** Single-letter magnitudes, only read glued to a number that follows a currency ("$3m", "€4.4B"). */
export const CURRENCY_LETTER_MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['b', 1e9], ['t', 1e12],
]);

/** Plural magnitudes that state a vague count on their own: "hundreds of thousands", "millions of". */
export const VAGUE_MAGNITUDES = set('hundreds thousands millions billions trillions tens');

export const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '¥', '₹', '₽', '₩', '₺', '₦', '₱', '₪', '₫', '฿', '₴', '₸']);

/** Letters glued before "$" that name a dollar: US$, C$, A$, HK$, NZ$, S$, R$, NT$. */
export const DOLLAR_PREFIXES = set('us c a au ca hk nz s sg r nt mx mex');

/** Currency codes written before an amount ("USD 5 billion", "RMB 100 billion"). */
export const CURRENCY_CODES = set(
  'usd eur gbp jpy cny rmb inr rub chf cad aud hkd sgd krw brl mxn zar try sek nok dkk nzd sar aed rs',
);

/** Currency names written after an amount ("5 billion dollars"). */
export const CURRENCY_NAMES = set(
  'dollar dollars euro euros yen yuan renminbi rupee rupees ruble rubles rouble roubles won franc francs peso pesos real reais lira naira rand ringgit rupiah baht dong sterling',
);

/** Units of measure written after a number. Pairs such as "square kilometers" are read via UNIT_PREFIXES. */
export const MEASURE_UNITS = set(`
  km km2 kilometer kilometers kilometre kilometres mile miles meter meters metre metres cm mm
  foot feet ft inch inches yard yards hectare hectares ha acre acres
  ton tons tonne tonnes kg kilogram kilograms kilo kilos gram grams pound pounds lb lbs ounce ounces oz
  barrel barrels bbl bpd mb/d b/d gallon gallons liter liters litre litres
  bcm tcf mcm mt gt mtoe mtco2 gtco2 teu teus
  watt watts kw mw gw tw kwh mwh gwh twh gigawatt gigawatts megawatt megawatts kilowatt kilowatts terawatt terawatts
  gigawatt-hours terawatt-hours kilowatt-hours megawatt-hours
  joule joules ej pj btu calorie calories kcal
  microgram micrograms milligram milligrams µg mg
  degree degrees °c °f celsius fahrenheit knot knots mph kph ppm ppb dwt
`);

/** Words that only combine with a unit after them: "square kilometers", "cubic meters", "metric tons". */
export const UNIT_PREFIXES = set('square sq cubic metric short long');

/** Units of time. Durations are usually not statistics ("over the last two years"). */
export const TIME_UNITS = set(`
  second seconds minute minutes hour hours day days week weeks month months year years decade decades
  century centuries quarter quarters
`);

/** Words that make a duration a statistic about ages or lifetimes ("median age was 36.9 years"). */
export const AGE_WORDS = set('age ages aged median average mean expectancy lifespan old older');

/** Percent written in words after a number. "per cent" and "percentage points" are read as pairs. */
export const PERCENT_WORDS = set('percent pct pc per-cent');

/** Rate tails after a unit or count: "2.5 million barrels a day", "100,000 immigrants per year". */
export const RATE_PERIODS = set('day year week month annum capita head person hour');

export const MONTHS = set(`
  january february febrary march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Ordinal words, with the ordinal suffixes glued to digits ("2nd", "119th"). */
export const ORDINAL_WORDS = set(`
  first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
  thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
`);
export const ORDINAL_SUFFIXES = set('st nd rd th');

/** Words for a part of a whole after a count: "two-thirds of", "three quarters of", "a fifth of". */
export const FRACTION_WORDS = set(`
  half halves third thirds quarter quarters fifth fifths sixth sixths seventh sevenths eighth eighths ninth ninths
  tenth tenths
`);

/** Words that put a time frame rather than a population after "three quarters of": "of 2023", "of the year". */
export const PERIOD_NOUNS = set('year years decade decades century centuries month months week weeks day days period term session');

/** Superlatives that rank something against others when tied to a measure. */
export const SUPERLATIVES = set(`
  largest biggest highest lowest smallest greatest fastest slowest richest poorest busiest wealthiest
  strongest weakest cheapest costliest leading
`);

/** Nouns naming a role that only a measured ranking can give: "largest exporter", "first trade partner". */
export const RANKED_ROLES = set(`
  exporter exporters importer importers producer producers consumer consumers supplier suppliers buyer buyers
  investor investors creditor creditors debtor debtors donor donors lender lenders borrower borrowers
  emitter emitters polluter polluters manufacturer manufacturers employer employers economy economies
  partner partners market markets exchange exchanges destination destinations recipient recipients
  holder holders shareholder shareholders source sources port ports city cities contributor contributors
  spender spenders seller sellers
`);

/** Verbs that state a rank: "ranked highest", "ranks third". */
export const RANK_VERBS = set('ranked ranks rank ranking rated');

/**
 * Approximators and bounds that belong to the quantity's span: "over 4,300 kilometers",
 * "more than two-thirds". Single words; pairs such as "more than" are read by `QUALIFIER_PAIRS`.
 */
export const QUALIFIERS = set(`
  over under above below nearly almost about around approximately roughly some circa approx
  only just estimated reported averaging
`);
/** Two-word qualifiers, keyed by their second word: "more than", "less than", "at least", "close to". */
export const QUALIFIER_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['than', set('more less fewer greater higher lower')],
  ['least', set('at')],
  ['most', set('at')],
  ['to', set('up close')],
  ['over', set('just well')],
  ['under', set('just well')],
  ['above', set('well just')],
  ['below', set('well just')],
  ['estimated', set('an')],
  ['reported', set('a')],
]);

/** Verbs and adverbs that state a change in a quantity: "rose 3 percentage points", "fell by half". */
export const CHANGE_WORDS = set(`
  rose rise rises rising risen increased increase increases increasing grew grow grows growing grown
  fell fall falls falling fallen dropped drop drops dropping declined decline declines declining
  decreased decrease decreases decreasing jumped jump jumps climbed climb climbs surged surge soared soar
  plunged plunge plummeted slumped slid slipped gained gain gains lost shrank shrunk shrink contracted
  expanded raised raise lowered lower reduced reduce cut cuts edged up down slowed accelerated eased widened
  narrowed rebounded recovered tumbled dipped spiked
`);

/** Verbs that state a multiple on their own: "trade doubled". */
export const MULTIPLE_VERBS = set(`
  doubled tripled trebled quadrupled halved doubling tripling quadrupling halving twofold threefold fourfold
  fivefold tenfold
`);

/** Comparatives after "N times": "three times as many", "2.5 times higher". */
export const TIMES_COMPARATIVES = set('as more higher larger greater bigger lower smaller faster the');

/**
 * Words before a number that make it a reference or a name: "Article 5", "see figure 2",
 * "p. 10", "Version 2". Capitalised words are caught by a general rule; this list is for
 * the lower-case forms.
 */
export const REFERENCE_WORDS = set(`
  article articles section sections figure figures fig figs table tables chart charts graph graphs map maps
  box exhibit appendix annex chapter chapters page pages p pp para paragraph paragraphs clause clauses
  note notes footnote footnotes endnote item items no nos number vol volume vols issue part parts
  rule rules resolution amendment title version phase stage level tier type class category grade step
  option question route line flight room unit act law bill session congress
`);

/** Function words: never the noun counted after a number. */
export const FUNCTION_WORDS = set(`
  a an the and or but nor of in on at to by for from with without within into onto over under as than that
  which who whom whose this these those is are was were be been being has have had do does did will would
  can could may might shall should must not no per each every its their his her our your my it they we he she
  you i so if then there here also only just very more less most least such same other another while when
  where because since until after before between among during through via against about around across
  along amid despite toward towards upon
`);

/** Words that mark a sentence as illustration rather than evidence. */
export const HYPOTHETICAL_WORDS = set('hypothetical hypothetically suppose supposing assume assuming imagine illustrative');

/** Nouns that make a nearby figure a policy target rather than a measurement. */
export const TARGET_NOUNS = set('goal goals target targets objective objectives aim mandate path trajectory ceiling guideline benchmark pledge commitment');

/** Words that may stand between a figure and the target noun after it: "2 percent inflation goal". */
export const TARGET_GAP_WORDS = set(`
  inflation pce cpi core headline annual price rate is remains was our the its their a an longer-run long-run
  policy stated official medium-term of gdp spending defense defence military nato budget deficit emissions
`);

/** Words shortly before a figure that make it a target: "toward 2 percent", "achieve 2 percent inflation". */
export const TARGET_LEAD_WORDS = set(`
  toward towards achieve achieving attain attaining sustainable sustained sustain sustaining
  targeting targets target goal objective aim aiming path trajectory
`);

/** Words that may stand between a target's lead word and the figure: "sustained at a level of 2 percent". */
export const TARGET_LEAD_GAP_WORDS = set('to of at a an the level levels rate its our their be is on for inflation');

/**
 * Verbs of intent a few words before a figure: "aims to limit warming to 1.5 degrees",
 * "pledged to cut emissions by 55%". What is intended is not yet a measurement.
 */
export const INTENT_WORDS = set('aim aims aiming aimed pledge pledges pledged vow vows vowed commit commits committed commitment promise promises promised intends intend plans wants seeks seek agreed agree');

/** Plural nouns whose plural does not end in "s". */
export const IRREGULAR_PLURALS = set('people children men women staff personnel police cattle livestock persons');
