// Recognises dates as essays and notes write them. The patterns are anchored and
// have no nested quantifiers, so they run in linear time.

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Febrary|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const DATE_FORMS = [
  `${MONTH}\\s?\\d{1,2},?\\s+\\d{4}`, // Jun 16, 2022 · March25, 2022
  `\\d{1,2}\\s+${MONTH},?\\s+\\d{4}`, // 16 June 2022
  `${MONTH},?\\s+\\d{4}`, // February 2020 · February, 2022
  '\\d{4}-\\d{2}-\\d{2}', // 2022-06-16
  '\\d{1,2}[./]\\d{1,2}[./]\\d{4}', // 04.04.2022
];

const WHOLE_DATE = new RegExp(`^(?:${DATE_FORMS.join('|')})$`, 'i');
const TRAILING_DATE = new RegExp(`(?:${DATE_FORMS.join('|')})$`, 'i');

/** The whole (trimmed) line is a date. */
export function isDateLine(line: string): boolean {
  return line.length <= 40 && WHOLE_DATE.test(line);
}

/** A date at the end of a line ("Report R48916, April 23, 2026"): its start offset in the line, or -1. */
export function trailingDateStart(line: string): number {
  const match = TRAILING_DATE.exec(line.length > 200 ? line.slice(-60) : line);
  if (!match) return -1;
  return line.length > 200 ? line.length - 60 + match.index : match.index;
}
