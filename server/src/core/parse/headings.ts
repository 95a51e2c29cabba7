// Untagged headings in plain-text exports: a short line standing alone between
// blank lines, title-like, without the punctuation that ends a sentence.

import { isDateLine } from '../dates';
import { CaseFoldedWords, countSplitWords, isRegexSpace } from '../text/chars';

/** Words a title leaves in lower case. */
const MINOR_WORDS = new CaseFoldedWords(new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'so', 'yet', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with',
  'from', 'as', 'via', 'vs', 'into', 'onto', 'over', 'under', 'between', 'about', 'after', 'before', 'amid',
  'against', 'among', 'through', 'without', 'within', 'is', 'are', 'was', 'be', 'its', 'their', 'his', 'her',
  'than', 'up', 'out', 'off', 'per', 'not', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'de', 'la', 'le',
]));

const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
const SENTENCE_INSIDE = /[.!?]["”’]?\s+\p{Lu}/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

const MAX_HEADING_LENGTH = 160;
const MAX_HEADING_WORDS = 24;

/** A Chinese heading is short: a line of prose runs to dozens of characters. */
const MAX_HAN_HEADING_LENGTH = 40;
/** Marks that end or join Chinese clauses: a line ending in one is prose. */
const HAN_PROSE_ENDINGS = '。，；：！？、…';

/** `line` is the trimmed text of a block's only line. */
export function looksLikeHeading(line: string): boolean {
  if (line.length < 2 || line.length > MAX_HEADING_LENGTH) return false;
  // A line ending in a full stop or clause mark is prose in either script (see `looksLikeHanHeading`).
  const last = line[line.length - 1];
  if ('.,;:!'.includes(last)) return false;
  if (isDateLine(line)) return false; // "Jun 16, 2022" is a date line, not a section
  if (HAN.test(line)) return looksLikeHanHeading(line);
  if ('[(-*•·'.includes(line[0])) return false;
  if (!LETTER.test(line)) return false;
  if (/\[\d/.test(line)) return false; // a footnote marker means prose
  // A full stop inside ("Thank you. Questions") means sentences, not a title.
  if (SENTENCE_INSIDE.test(line)) return false;
  // The words are read in place: a heading candidate split into word strings was
  // a tenth of what reading a plain essay allocated.
  if (countSplitWords(line) > MAX_HEADING_WORDS) return false;
  let significant = 0;
  let capitalised = 0;
  for (let at = 0; at <= line.length; ) {
    let end = at;
    while (end < line.length && !isRegexSpace(line.charCodeAt(end))) end++;
    const wordStart = skipNonWordStart(line, at, end);
    if (wordStart < end && !MINOR_WORDS.has(line, wordStart, end)) {
      significant++;
      if (startsCapitalised(line, wordStart)) capitalised++;
    }
    at = end + 1;
    while (at < line.length && isRegexSpace(line.charCodeAt(at))) at++;
  }
  if (significant === 0) return false;
  return capitalised / significant >= 0.6;
}

/** Where the word from `start` to `end` begins once leading characters that are neither letters nor digits are dropped. */
function skipNonWordStart(line: string, start: number, end: number): number {
  let at = start;
  while (at < end) {
    const code = line.codePointAt(at)!;
    if (code < 0x80 ? isAsciiLetterOrDigit(code) : WORD_CHARACTER.test(String.fromCodePoint(code))) return at;
    at += code > 0xffff ? 2 : 1;
  }
  return end;
}

/** The word's first character is upper case, a digit, or a letter without case (Han, Arabic). */
function startsCapitalised(line: string, at: number): boolean {
  const code = line.charCodeAt(at);
  if (code < 0x80) return !(code >= 0x61 && code <= 0x7a);
  const first = line[at];
  return first !== first.toLowerCase() || NUMBER.test(first) || first === first.toUpperCase();
}

const NOTES_HEADINGS =
  /^(?:notes?|end\s?notes|foot\s?notes|references|sources|bibliography|works cited|citations|注释|注釋|註釋|注|註|尾注|脚注|腳註|参考文献|參考文獻|参考资料|參考資料|资料来源|資料來源)\s*[:：]?$/i;

/** "Notes", "References", "Endnotes" and their kin, as the heading of a notes list. */
export function isNotesHeading(line: string): boolean {
  return line.length <= 40 && NOTES_HEADINGS.test(line);
}

/**
 * A line of Chinese: short, ending without clause punctuation, with no full stop
 * inside (two sentences) and no footnote marker.
 */
function looksLikeHanHeading(line: string): boolean {
  if (line.length > MAX_HAN_HEADING_LENGTH) return false;
  if (HAN_PROSE_ENDINGS.includes(line[line.length - 1]) || '.,;:!'.includes(line[line.length - 1])) return false;
  if (line.includes('。')) return false;
  if (/[\[［【〔]\s*[\d０-９]/.test(line) || /[①-⑳]$/.test(line)) return false;
  return true;
}

/**
 * How a heading is numbered, from the top of the Chinese hierarchy down:
 * `一、` (han), `（一）` (parenthesised han), `1.` or `1、` (arabic), `（1）`
 * (parenthesised arabic). Undefined for a heading without a number.
 */
export type HeadingNumbering = 'han' | 'parenthesisedHan' | 'arabic' | 'parenthesisedArabic';

export const HEADING_NUMBERINGS: readonly HeadingNumbering[] = ['han', 'parenthesisedHan', 'arabic', 'parenthesisedArabic'];

const HAN_NUMERALS = '一二三四五六七八九十百零〇';

export function headingNumbering(line: string): HeadingNumbering | undefined {
  let i = 0;
  const open = line[0] === '（' || line[0] === '(';
  if (open) i++;
  const start = i;
  if (HAN_NUMERALS.includes(line[i] ?? '')) {
    while (i < line.length && i - start < 4 && HAN_NUMERALS.includes(line[i])) i++;
    if (open) return line[i] === '）' || line[i] === ')' ? 'parenthesisedHan' : undefined;
    return line[i] === '、' ? 'han' : undefined;
  }
  while (i < line.length && i - start < 3 && /[0-9０-９]/.test(line[i])) i++;
  if (i === start) return undefined;
  if (open) return line[i] === '）' || line[i] === ')' ? 'parenthesisedArabic' : undefined;
  return line[i] === '.' || line[i] === '、' || line[i] === '．' ? 'arabic' : undefined;
}
