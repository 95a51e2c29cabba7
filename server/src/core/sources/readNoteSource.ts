import { findDates } from '../dates';
import { countSplitWords } from '../text/chars';
import { isClauseMark } from '../text/cjk';
import type { EssayFormat } from '../model';
import { looksLikePersonName, readAuthors, trimTrailingPunctuation } from './authors';
import { compactSource } from './compactSource';
import { EMPTY_LIST, type NoteSource } from './noteSource';
import { URL_PATTERN, withoutTrailingPunctuation } from '../text/urls';

export interface SourceContext {
  format: EssayFormat;
  /** The label of the note before this one, which an "Ibid." points at. */
  previousLabel?: string;
}

/** Notes longer than this are commentary; only their start is read as a citation. */
const MAX_CITATION_CHARS = 3000;

// Placeholders left where an understood part was taken out of the working text.
const TAKEN = '\u0000';
const DATE = '\u0001';
const YEAR = '\u0002';

const DOI_PATTERN = /\bdoi:\s*(10\.\d{4,9}\/[^\s,;]+)/iu;
const ACCESSED_PATTERN = /(?:retrieved|accessed|last accessed|viewed)(?: on)?[ \t\u00a0]+/giu;
const IBID_PATTERN = /^\s*(?:ibid|id)\b\.?/iu;
const SUPRA_PATTERN = /\bsupra,?\s+(?:note|n\.)\s*(\d{1,4})/iu;
const PAREN_YEAR = /\((\d{4})\)/u;
const VOLUME = /\bvol(?:ume)?\.?[ \t\u00a0]*(\d{1,5})/iu;
const ISSUE = /\b(?:no|issue|iss)\.?[ \t\u00a0]*(\d{1,5})|第(\d{1,5})期/iu;
/**
 * ISSUE without `u`, many times faster. `/iu` differs from `/i` here only in
 * folding `ſ` and `K` (Kelvin) to `s` and `k` and counting them word characters
 * for `\b`: on a note without them the two match alike.
 */
const ISSUE_ASCII = /\b(?:no|issue|iss)\.?[ \t\u00a0]*(\d{1,5})|第(\d{1,5})期/i;
const FORMAT_NOTE = /^[(\[]?(?:pdf|html|online|video|audio|podcast|in [\p{L}]+)[)\]]?$/iu;
const PAGES = /\bpp?\.[ \t\u00a0]*(\d{1,6}(?:[ \t\u00a0]*[–-][ \t\u00a0]*\d{1,6})?)|第(\d{1,6}(?:[—–-]\d{1,6})?)页/u;

type NumberedPart = 'volume' | 'issue' | 'pages';
/** Volume, issue and pages, each with its pattern; the issue's without `u` for a note `/iu` folds nothing in. */
const NUMBERED_PARTS: readonly (readonly [RegExp, NumberedPart])[] = [[VOLUME, 'volume'], [ISSUE, 'issue'], [PAGES, 'pages']];
const NUMBERED_PARTS_ASCII: readonly (readonly [RegExp, NumberedPart])[] = [[VOLUME, 'volume'], [ISSUE_ASCII, 'issue'], [PAGES, 'pages']];

/**
 * Reads a note's text as a citation: authors, title, container, date, volume,
 * issue, pages, URL, DOI, and what an Ibid. points at. Handles the common
 * shapes of think-tank, newspaper, Wikipedia-style and Cyrillic-style notes.
 */
export function readNoteSource(noteText: string, context: SourceContext): NoteSource {
  // The source as read, filled in by the steps below; the model keeps it compacted, with its title's script.
  const source: NoteSource = { authors: EMPTY_LIST, truncated: endsInDanglingComma(noteText), rest: EMPTY_LIST };
  const rest: string[] = [];
  let work = noteText.length > MAX_CITATION_CHARS ? noteText.slice(0, MAX_CITATION_CHARS) : noteText;
  const overflow = noteText.length > MAX_CITATION_CHARS ? noteText.slice(MAX_CITATION_CHARS) : '';
  const look = lookAt(work);

  // URLs and DOIs first: they contain every punctuation the other steps split on.
  const urls = (mayContain(look, 'http') ? [...work.matchAll(URL_PATTERN)] : []).map((m) => ({ index: m.index!, value: withoutTrailingPunctuation(m[0]) }));
  for (const url of urls.reverse()) work = takenOut(work, url.index, url.index + url.value.length);
  if (urls.length > 0) source.url = urls[urls.length - 1].value; // reversed: the last entry is the first URL
  const doiInUrl = source.url ? /doi\.org\/(10\.[^\s]+)/iu.exec(source.url) : null;
  const doi = doiInUrl ?? (mayContain(look, 'doi:') ? DOI_PATTERN.exec(work) : null);
  if (doi) {
    source.doi = doi[1].replace(/(?<![.,;:)\]])[.,;:)\]]+$/u, '');
    if (!doiInUrl) work = takenOut(work, doi.index, doi.index + doi[0].length);
  }

  // "Retrieved August 12, 2011": when it was read, not when it was published.
  const accessed = mayContain(look, 'retrieved') || mayContain(look, 'accessed') || mayContain(look, 'viewed') ? [...work.matchAll(ACCESSED_PATTERN)] : [];
  for (const keyword of accessed.reverse()) {
    const after = keyword.index! + keyword[0].length;
    const date = findDates(work.slice(after, after + 40))[0];
    if (date && date.start === 0) {
      source.accessed ??= date.iso;
      work = takenOut(work, keyword.index!, after + date.end);
    }
  }

  const ibid = IBID_PATTERN.exec(work);
  if (ibid) {
    if (context.previousLabel !== undefined) source.refersTo = context.previousLabel;
    work = takenOut(work, ibid.index, ibid.index + ibid[0].length);
  }
  const supra = mayContain(look, 'supra') ? SUPRA_PATTERN.exec(work) : null;
  if (supra) {
    source.refersTo = supra[1];
    work = takenOut(work, supra.index, supra.index + supra[0].length);
  }

  // The title: the first quoted (or, in Markdown, italic) stretch.
  let titleFound = false;
  let before = '';
  const quoted = findQuoted(work, context.format);
  if (quoted) {
    titleFound = true;
    source.title = cleanTitle(quoted.content);
    before = work.slice(0, quoted.start);
    // The title taken out, and what came before it too: the authors are read from `before` on their own.
    work = ` ${TAKEN} ${work.slice(quoted.end)}`;
    // "〈文章〉，载《期刊》": a Chinese citation names its periodical in 《》 after the title.
    const chinese = isChineseTitleMark(quoted.opener);
    const alsoCites: string[] = [];
    for (let more = findQuoted(work, context.format); more; more = findQuoted(work, context.format)) {
      if (chinese && more.opener === '《' && source.container === undefined) source.container = cleanTitle(more.content);
      else alsoCites.push(cleanTitle(more.content));
      work = takenOut(work, more.start, more.end);
    }
    if (alsoCites.length > 0) source.alsoCites = alsoCites.slice();
  }

  // Volume, issue, pages.
  for (const [pattern, key] of (look & FOLDS_TO_ASCII) !== 0 ? NUMBERED_PARTS : NUMBERED_PARTS_ASCII) {
    const match = pattern !== VOLUME || mayContain(look, 'vol') ? pattern.exec(work) : null;
    if (match) {
      // The second capture is the Chinese form: 第3期, 第12—30页.
      source[key] = (match[1] ?? match[2]).replace(/[ \t\u00a0]/gu, '');
      work = takenOut(work, match.index, match.index + match[0].length);
    }
  }

  // Dates: the most precise one is the publication date; a "(2023)" after the authors is the fallback.
  const beforeRead = readDates(before);
  const workRead = readDates(work);
  work = workRead.text;
  source.date = mostPrecise(beforeRead.dates, workRead.dates) ?? beforeRead.year ?? workRead.year;

  if (titleFound) {
    const authorText = beforeRead.text.split(/[\u0000-\u0002]/u)[0];
    if (isAuthorLike(authorText)) {
      const { authors, etAl } = readAuthors(authorText);
      source.authors = authors;
      if (etAl) source.etAl = true;
    } else if (authorText.trim() !== '') {
      rest.push(clean(authorText));
    }
    const segments = segmentsOf(work);
    // A bare year ("…, Example Press, 2021.") dates a source that has no fuller date.
    const yearAt = segments.findIndex((segment) => /^\d{4}$/u.test(segment));
    if (yearAt >= 0 && !source.date) source.date = segments.splice(yearAt, 1)[0];
    // "(PDF)", "[online]" say what form the source takes; the outlet comes after them.
    const formats: string[] = [];
    while (segments.length > 0 && FORMAT_NOTE.test(segments[0])) formats.push(segments.shift()!);
    if (source.container === undefined && segments.length > 0 && looksLikeContainer(segments[0])) source.container = segments.shift();
    rest.push(...formats, ...segments);
  } else {
    readUntitled(work, source, rest, urls.length > 0 && noteText.trimStart().startsWith(urls[urls.length - 1].value));
  }
  if (overflow.trim() !== '') rest.push(clean(overflow));
  // Copied out at its length: grown from empty, the list reserves sixteen slots.
  if (rest.length > 0) source.rest = rest.slice();
  return compactSource(noteText, source);
}

interface ReadDates {
  /** The text with each date replaced by DATE, and a "(2023)" by YEAR. */
  text: string;
  /** The dates as ISO text, in order. */
  dates: string[];
  year?: string;
}

function readDates(text: string): ReadDates {
  const found = findDates(text);
  let out = found.length === 0 ? text : '';
  let from = 0;
  for (const date of found) {
    out += `${text.slice(from, date.start)} ${DATE} `;
    from = date.end;
  }
  if (found.length > 0) out += text.slice(from);
  const year = PAREN_YEAR.exec(out);
  if (year) out = `${out.slice(0, year.index)} ${YEAR} ${out.slice(year.index + year[0].length)}`;
  return { text: out, dates: found.map((date) => date.iso), year: year?.[1] };
}

/** The longest (most precise) ISO date, the first of them on a tie. */
function mostPrecise(first: string[], second: string[]): string | undefined {
  let best: string | undefined;
  for (const dates of [first, second]) for (const date of dates) if (best === undefined || date.length > best.length) best = date;
  return best;
}

/** Keywords a pattern below needs, looked for in one pass before the patterns run. */
type Keyword = 'http' | 'doi:' | 'retrieved' | 'accessed' | 'viewed' | 'supra' | 'vol';
const KEYWORDS = /http|doi:|retrieved|accessed|viewed|supra|vol|[\u017f\u212a]/gi;
const KEYWORD_BITS: Record<Keyword, number> = { http: 1, 'doi:': 2, retrieved: 4, accessed: 8, viewed: 16, supra: 32, vol: 64 };

/** `ſ` or `K` (Kelvin) stands in the note: the only characters `/iu` folds to ASCII (`s`, `k`). */
const FOLDS_TO_ASCII = 128;

/**
 * A quick look before running case-insensitive patterns over the note: a bit
 * for each keyword that may stand in `work` or in anything made from it by
 * taking parts out (which leaves spaces around what it puts in, so joins no
 * letters). The keywords are ASCII, and under `/iu` only their ASCII capitals
 * fold to them, except `ſ`, which folds to `s`: a note holding it (or `K`) gets
 * every bit, and is searched in full. Bits rather than a set and a closure: the
 * look is taken at every note.
 */
function lookAt(work: string): number {
  let found = 0;
  KEYWORDS.lastIndex = 0;
  for (let match = KEYWORDS.exec(work); match; match = KEYWORDS.exec(work)) {
    if (match[0] === '\u017f' || match[0] === '\u212a') return -1;
    found |= KEYWORD_BITS[match[0].toLowerCase() as Keyword];
    KEYWORDS.lastIndex = match.index + 1; // overlapping keywords are all found
  }
  return found;
}

/** Whether the look found that `keyword` may stand in the note. */
function mayContain(look: number, keyword: Keyword): boolean {
  return (look & KEYWORD_BITS[keyword]) !== 0;
}

/** `work` with the part from `start` to `end` taken out and a placeholder left in its place. */
function takenOut(work: string, start: number, end: number): string {
  return `${work.slice(0, start)} ${TAKEN} ${work.slice(end)}`;
}

const TRAILING_AFTER_COMMA = /[\s"”’]/u;

/**
 * `/,[\s"”’]*$/u` read from the end: only the last characters are looked at,
 * where the regex would try every comma of the note.
 */
function endsInDanglingComma(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && TRAILING_AFTER_COMMA.test(text[i])) i--;
  return i >= 0 && text.charCodeAt(i) === 0x2c;
}

/** Notes without a quoted title: Cyrillic-style, Wikipedia-style, or commentary. */
function readUntitled(work: string, source: NoteSource, rest: string[], startsWithUrl: boolean): void {
  const units = work.split(/\.\s+|。|(?<!\s)\s*[\u0000;；]\s*/u).map((u) => u.trim()).filter((u) => clean(u) !== '' || u.includes(DATE));
  if (units.length === 0) return;
  let first = units.shift()!;
  if (startsWithUrl) {
    // "http://… Toronto Star (Wed March 10, 2010)": what follows the URL is the outlet.
    const container = clean(first.replace(/[\u0001\u0002]/gu, ''));
    if (container) source.container = container;
    rest.push(...units.map(clean).filter((u) => u !== ''));
    return;
  }
  const authored = first.includes(YEAR) ? /^([^\u0002]*[^\s\u0002])\s*\u0002\s*[–—-]\s*(\S.*)$/u.exec(first) : null;
  if (authored) {
    // "City of Toronto (2007) – Toronto economic overview, …"
    source.authors = readAuthors(authored[1]).authors;
    source.title = clean(authored[2]);
    rest.push(...units.map(clean).filter((u) => u !== ''));
    return;
  }
  if (first.startsWith(DATE) && units.length > 0) first = `${first}, ${units.shift()}`;
  const parts = first.split(/(?<!\s)\s*[,，]\s*/u).map((p) => p.trim()).filter((p) => p !== '');
  const dateAt = parts.findIndex((p) => p === DATE);
  const last = parts[parts.length - 1];
  if (dateAt >= 1) {
    // "Фёдор Лукьянов, Title, with, commas, 04.04.2022, Россия в глобальной политике"
    let titleStart = 0;
    if (dateAt >= 2 && looksLikePersonName(parts[0])) {
      source.authors = [parts[0]];
      titleStart = 1;
    }
    source.title = parts.slice(titleStart, dateAt).join(', ');
    const after = parts.slice(dateAt + 1).map(clean).filter((p) => p !== '');
    if (after.length > 0 && looksLikeContainer(after[0])) source.container = after.shift();
    rest.push(...after);
  } else if (last && last.endsWith(YEAR) && parts.length >= 2 && parts.slice(0, -1).every((p) => p.length <= 120)) {
    // "Various Languages Spoken – Toronto CMA, Statistics Canada (2006)"
    source.title = parts.slice(0, -1).join(', ');
    source.container = clean(last.replace(YEAR, ''));
  } else if (parts.length >= 2 && parts.length <= 5 && parts.every((p) => p.length <= 60) && (looksLikePersonName(parts[0]) || parts.some(isBareYear))) {
    // "John Roe, Example Press, 2021": a citation without a title.
    const remaining = [...parts];
    if (looksLikePersonName(remaining[0])) source.authors = [remaining.shift()!];
    const yearAt = remaining.findIndex(isBareYear);
    if (yearAt >= 0) source.date = remaining.splice(yearAt, 1)[0];
    if (remaining.length > 0 && looksLikeContainer(remaining[0])) source.container = clean(remaining.shift()!);
    rest.push(...remaining.map(clean).filter((p) => p !== ''));
  } else if (parts.length === 1 && last?.endsWith(YEAR)) {
    // "Market Statistics Toronto Stock Exchange (2006)"
    source.title = clean(last.replace(YEAR, ''));
  } else {
    // Commentary ("For example, …"): nothing to read as a citation.
    const text = clean(first.replace(/[\u0001\u0002]/gu, ''));
    if (text) rest.push(text);
  }
  rest.push(...units.map(clean).filter((u) => u !== ''));
}

function isBareYear(text: string): boolean {
  return /^\d{4}\.?$/u.test(text.trim()) && Number(text.trim().slice(0, 4)) >= 1500;
}

interface Quoted {
  start: number;
  end: number;
  content: string;
  /** The opening mark, or `*`/`_` for Markdown italics. */
  opener: string;
}

function isChineseTitleMark(opener: string): boolean {
  return opener === '《' || opener === '〈';
}

const QUOTE_PAIRS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“', '《': '》', '〈': '〉' };
const QUOTE_OPENERS = /["«“„《〈]/g;

/**
 * The first quoted stretch: “…”, "…", «…», and the title marks of a Chinese
 * citation, 《…》 and 〈…〉 (a doubled opening quote is a typo, not an empty title).
 */
function findQuoted(text: string, format: EssayFormat): Quoted | undefined {
  // The regex jumps from one opening quote to the next.
  QUOTE_OPENERS.lastIndex = 0;
  while (QUOTE_OPENERS.test(text)) {
    const i = QUOTE_OPENERS.lastIndex - 1;
    const close = QUOTE_PAIRS[text[i]];
    let contentStart = i + 1;
    while (text[contentStart] === text[i] || (text[i] === '"' && text[contentStart] === '“')) contentStart++;
    const end = text.indexOf(close, contentStart);
    if (end > contentStart) return { start: i, end: end + 1, content: text.slice(contentStart, end), opener: text[i] };
  }
  if (format === 'markdown') {
    const italic = /(?<![*_\w])([*_])(?!\s)([^*_]{2,300}?)(?<!\s)\1(?![*_\w])/u.exec(text);
    if (italic) return { start: italic.index, end: italic.index + italic[0].length, content: italic[2], opener: italic[1] };
  }
  return undefined;
}

function cleanTitle(title: string): string {
  return trimTrailingPunctuation(title.trim());
}

/**
 * What `clean` would change: a placeholder, a bracket, a space other than a single
 * ` ` between words, or punctuation at either end. Text without any is tidy already.
 */
const UNTIDY = /[\u0000-\u0002(]|\s\s|[^\S ]|^[\s,.;:–—\-，；：、。]|[\s,.;:–—\-，；：、。]$/u;

/** What `clean` changes inside the text: a placeholder, a bracket, a space other than a single ` ` between words. */
const UNFOLDED = /[\u0000-\u0002(]|\s\s|[^\S ]/u;

/** Text left over after the understood parts were taken out, as a tidy string. */
function clean(text: string): string {
  if (!UNTIDY.test(text)) return text;
  // Most untidy leftovers are only untidy at their ends ("Smith, "): nothing inside to fold.
  const folded = UNFOLDED.test(text) ? text.replace(/[\u0000-\u0002]/gu, ' ').replace(/\(\s*\)/gu, ' ').replace(/\s+/gu, ' ') : text;
  return trimMarks(folded.trim());
}

/**
 * `text.replace(/^[\s,.;:–—\-，；：、。]+|(?<![\s,;:–—\-，；：、。])[\s,;:–—\-，；：、。]+$/gu, '').replace(/\.$/u, '').trim()`
 * for a trimmed text whose only spaces are single ` `, read from either end:
 * the leading marks, then the trailing ones (all of them, unless the leading
 * run took the whole text), then one final `.`, then a space it uncovered.
 */
function trimMarks(text: string): string {
  let start = 0;
  while (start < text.length && (isTrailingMark(text.charCodeAt(start)) || text.charCodeAt(start) === 0x2e)) start++;
  if (start === text.length) return start === 0 ? text : '';
  let end = text.length;
  while (isTrailingMark(text.charCodeAt(end - 1))) end--;
  if (text.charCodeAt(end - 1) === 0x2e) end--;
  if (text.charCodeAt(end - 1) === 0x20) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * ` `, `,`, `;`, `:`, `–`, `—`, `-` and the full-width `，` `；` `：` `、` `。` of a
 * Chinese note: what `clean` takes off the end of a text (`.` only once).
 */
function isTrailingMark(code: number): boolean {
  return code === 0x20 || isClauseMark(code) || code === 0x2013 || code === 0x2014 || code === 0x2d || code === 0x3002;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function segmentsOf(text: string): string[] {
  // `clean` keeps every letter and digit, so a piece without one is dropped before it is cleaned.
  return text
    .split(/(?<!\s)\s*[\u0000-\u0002,;，；]\s*|\.\s+|\.$|。/u)
    .filter((s) => LETTER_OR_DIGIT.test(s))
    .map(clean);
}

/** Authors come before a title as a short run of names, not a sentence. */
function isAuthorLike(text: string): boolean {
  const trimmed = clean(text);
  if (trimmed === '') return false;
  return trimmed.length <= 120 && wordsOfClean(trimmed) <= 16 && !(SENTENCE_END.test(trimmed) && /[.!?]\s+\p{Lu}/u.test(trimmed.replace(/\b\p{Lu}\.\s/gu, '')));
}

/** What a sentence ends in: text without one (taking initials out adds none) holds no sentence break. */
const SENTENCE_END = /[.!?]/;

/** `text.split(/\s+/u).length` for a non-empty result of `clean`, whose only spaces are single ` ` between words. */
function wordsOfClean(text: string): number {
  let words = 1;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) words++;
  return words;
}

/** "Reuters", "Russia in Global Affairs", "FEDS Notes": short and capitalised, not "speech delivered at …". */
function looksLikeContainer(segment: string): boolean {
  return segment.length <= 80 && /^[\p{Lu}\p{N}]/u.test(segment) && countSplitWords(segment) <= 10;
}
