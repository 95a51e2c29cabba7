// Recognises dates as essays and notes write them, and turns them into ISO text
// (`2022-03-23`, or `2020-02` / `2020` when that is all there is). The patterns
// have no nested quantifiers and bounded repetitions, so they run in linear time.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// "Febrary" is a typo real notes carry; it still means February.
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Febrary|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\\.?,?[ \\t\\u00a0]{1,3})?';
const GAP = '[ \\t\\u00a0]{1,3}';

/**
 * Each form with its captures, in the order they are tried. A date ends before
 * a letter or a digit, and starts after neither; a Chinese date (`2021年10月18日`)
 * only needs no digit beside it, since the words around it are Han letters.
 */
const FORMS: { pattern: string; toIso: (m: string[]) => string | undefined; chinese?: true }[] = [
  // Jun 16, 2022 · March25, 2022 · Wed March 10, 2010
  { pattern: `${WEEKDAY}(${MONTH})[ \\t\\u00a0]{0,3}(\\d{1,2}),?${GAP}(\\d{4})`, toIso: (m) => iso(m[3], monthOf(m[1]), m[2]) },
  // 16 June 2022
  { pattern: `(\\d{1,2})${GAP}(${MONTH}),?${GAP}(\\d{4})`, toIso: (m) => iso(m[3], monthOf(m[2]), m[1]) },
  // February 2020 · February, 2022
  { pattern: `(${MONTH}),?${GAP}(\\d{4})`, toIso: (m) => iso(m[2], monthOf(m[1])) },
  // 2022-06-16
  { pattern: '(\\d{4})-(\\d{2})-(\\d{2})', toIso: (m) => iso(m[1], Number(m[2]), m[3]) },
  // 04.04.2022 · 04/04/2022 (day first, as the notes that use it do)
  { pattern: '(\\d{1,2})[./](\\d{1,2})[./](\\d{4})', toIso: (m) => iso(m[3], Number(m[2]), m[1]) },
  // 2021年10月18日 · 2021年10月 · 2021年
  { pattern: '(\\d{4}) ?年 ?(\\d{1,2}) ?月 ?(\\d{1,2}) ?[日号]', toIso: (m) => iso(m[1], Number(m[2]), m[3]), chinese: true },
  { pattern: '(\\d{4}) ?年 ?(\\d{1,2}) ?月', toIso: (m) => iso(m[1], Number(m[2])), chinese: true },
  { pattern: '(\\d{4}) ?年', toIso: (m) => iso(m[1]), chinese: true },
];

// The forms keep their captures: the first form whose captures took part is the one that matched.
// A date starts after no letter or digit; that lookbehind, tried at every position, would
// double the scan, so it is asked (NOT_AFTER_WORD) only where the rest matched.
const ANY_DATE = new RegExp(`(?:${FORMS.map((f) => `${f.pattern}${f.chinese ? '(?!\\d)' : '(?![\\p{L}\\d])'}`).join('|')})`, 'giu');
const NOT_AFTER_WORD = /(?<![\p{L}\d])/iuy;
const NOT_AFTER_DIGIT = /(?<!\d)/y;
/** Each form's captures, and where in an ANY_DATE match they start. */
const CAPTURES = FORMS.map((f) => f.pattern.match(/\((?!\?)/g)!.length);
const FIRST_CAPTURE = CAPTURES.map((_, i) => 1 + CAPTURES.slice(0, i).reduce((sum, n) => sum + n, 0));
const FOUR_DIGITS = /\d{4}/;
const WHOLE = FORMS.map((f) => new RegExp(`^${f.pattern}$`, 'iu'));

function monthOf(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTHS.indexOf(key) + 1;
}

function iso(year: string, month?: number, day?: string): string | undefined {
  const y = Number(year);
  if (y < 1000 || y > 2999) return undefined;
  if (month === undefined) return year;
  if (month < 1 || month > 12) return undefined;
  const mm = String(month).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  const d = Number(day);
  if (d < 1 || d > 31) return undefined;
  return `${year}-${mm}-${String(d).padStart(2, '0')}`;
}

/** ISO text for a string that is exactly a date, else undefined. */
export function parseDate(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length > 40 || !FOUR_DIGITS.test(trimmed)) return undefined; // every form has a four-digit year
  for (let i = 0; i < FORMS.length; i++) {
    const match = WHOLE[i].exec(trimmed);
    if (match) return FORMS[i].toIso(match);
  }
  return undefined;
}

export interface FoundDate {
  start: number;
  end: number;
  iso: string;
}

/** Every date written in the text, in order. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  // Every form has a four-digit year: text without one (most author lists) needs no search.
  if (!FOUR_DIGITS.test(text)) return found;
  ANY_DATE.lastIndex = 0;
  for (let match = ANY_DATE.exec(text); match; match = ANY_DATE.exec(text)) {
    const form = formOf(match);
    const notAfter = FORMS[form].chinese ? NOT_AFTER_DIGIT : NOT_AFTER_WORD;
    notAfter.lastIndex = match.index;
    if (!notAfter.test(text)) {
      // Not a date here; the search goes on from the next position (a date starts with a BMP character).
      ANY_DATE.lastIndex = match.index + 1;
      continue;
    }
    const value = isoOfMatch(match, form);
    if (value) found.push({ start: match.index, end: match.index + match[0].length, iso: value });
  }
  return found;
}

/**
 * `parseDate(match[0])`, read from the captures ANY_DATE took. The match is at
 * most 37 characters with nothing to trim, and its form's pattern matches it
 * whole with the same captures, an earlier form's not at all: a whole match by
 * an earlier form would have been ANY_DATE's match.
 */
function isoOfMatch(match: RegExpExecArray, form: number): string | undefined {
  const first = FIRST_CAPTURE[form];
  // toIso reads its captures from index 1, as from the form's own match.
  return FORMS[form].toIso(match.slice(first - 1, first + CAPTURES[form]));
}

/** Which form an ANY_DATE match is: the first whose captures took part. */
function formOf(match: RegExpExecArray): number {
  return FIRST_CAPTURE.findIndex((at) => match[at] !== undefined);
}

/** The whole (trimmed) line is a date. */
export function isDateLine(line: string): boolean {
  return parseDate(line) !== undefined;
}

/** A date at the end of a line ("Report R48916, April 23, 2026"): its start offset in the line, or -1. */
export function trailingDateStart(line: string): number {
  const dates = findDates(line);
  const last = dates[dates.length - 1];
  return last && line.slice(last.end).trim() === '' ? last.start : -1;
}

/** Whole months from one ISO date to another (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm = '1', fd = '1'] = from.split('-');
  const [ty, tm = '1', td = '1'] = to.split('-');
  let months = (Number(ty) - Number(fy)) * 12 + (Number(tm) - Number(fm));
  if (Number(td) < Number(fd)) months--;
  return months;
}
