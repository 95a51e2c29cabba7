import type { Sentence, Span } from './model';
import { CaseFoldedWords, isDigit, isInlineSpace, isLineBreak, isSpace } from './text/chars';

/**
 * Words that end with a period without ending a sentence ("U.S.", "Vol. 20",
 * "e.g."). Compared lower-cased, without the final period.
 */
const ABBREVIATIONS = new CaseFoldedWords(new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'e.g', 'i.e', 'cf', 'vs', 'etc', 'al', 'viz', 'approx', 'ca', 'c',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'st', 'jr', 'sr', 'rev', 'hon', 'amb',
  'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'assn', 'est',
  'eds', 'op', 'cit', 'ibid',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]));

/** Abbreviations that only stand before a number ("No. 1", "p. 10"); "the answer is no." ends a sentence. */
const NUMBER_ABBREVIATIONS = new CaseFoldedWords(new Set(['vol', 'vols', 'no', 'nos', 'p', 'pp', 'ch', 'sec', 'art', 'fig', 'figs', 'para', 'ed']));

/** `"”’')»」』）` after the final punctuation stay with the sentence. */
export function isClosingPunctuation(code: number): boolean {
  return (
    code === 0x22 || code === 0x201d || code === 0x2019 || code === 0x27 || code === 0x29 || code === 0xbb ||
    code === 0x300d || code === 0x300f || code === 0xff09
  );
}

/** `.`, `!`, `?`, `…`, and the full-width `。`, `！`, `？` */
export function isTerminator(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || isFullWidthTerminator(code);
}

/** `。`, `！`, `？`: Chinese puts no space after them, so the next sentence starts right away. */
function isFullWidthTerminator(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f;
}
/** What `isTerminator` and `isLineBreak` accept, as a regex to search with. */
const SENTENCE_BREAK = /[\n\r!.?\u2026\u3002\uff01\uff1f]/g;

const LIST_BULLETS = new Set(['-', '*', '•', '·', '–', '—', '+']);

/** Returns the offset past any footnote markers glued at `at`, or `at`. */
export type MarkerSkipper = (at: number) => number;

/**
 * Splits paragraph number `paragraphIndex` into sentences and appends them to
 * `sentences`: the readers gather every paragraph's sentences in one list, and a
 * list per paragraph, mapped to sentences and copied over, was a tenth of what
 * reading a plain essay allocated. A marker glued after the final punctuation
 * (`trade.[9]`, `第一大国。[1]`) belongs to the sentence before it; abbreviations,
 * initials and decimals ("US$ 146.8") do not end a sentence; a line break before
 * a list bullet does. Chinese sentences end at `。！？` with no space after.
 * Linear in the paragraph's length.
 */
export function appendSentences(sentences: Sentence[], text: string, paragraph: Span, paragraphIndex: number, skipMarkers: MarkerSkipper): void {
  const end = paragraph.end;
  let sentenceStart = skipSpaces(text, paragraph.start, end);
  let i = sentenceStart;
  // Only terminators and line breaks matter: the regex jumps from one to the next
  // inside the paragraph's own slice, so it never runs on past the paragraph.
  const inParagraph = text.slice(paragraph.start, end);
  while (i < end) {
    SENTENCE_BREAK.lastIndex = i - paragraph.start;
    if (!SENTENCE_BREAK.test(inParagraph)) break;
    i = paragraph.start + SENTENCE_BREAK.lastIndex - 1;
    const code = text.charCodeAt(i);
    if (isTerminator(code)) {
      let j = i + 1;
      let fullWidth = isFullWidthTerminator(code);
      for (; j < end && isTerminator(text.charCodeAt(j)); j++) {
        if (isFullWidthTerminator(text.charCodeAt(j))) fullWidth = true;
      }
      while (j < end && isClosingPunctuation(text.charCodeAt(j))) j++;
      j = skipMarkers(skipEditorialNote(text, skipMarkers(j), end));
      while (j < end && isClosingPunctuation(text.charCodeAt(j))) j++;
      if (j >= end) break;
      if (fullWidth) {
        const next = skipSpaces(text, j, end);
        if (next >= end) break;
        appendSentence(sentences, text, sentenceStart, j, paragraphIndex);
        sentenceStart = next;
        i = next;
        continue;
      }
      if (!isSpace(text.charCodeAt(j))) {
        i = j > i + 1 ? j : i + 1;
        continue;
      }
      const next = skipSpaces(text, j, end);
      if (next >= end) break;
      if (code === 0x2e && j === i + 1 && isAbbreviationBefore(text, i, sentenceStart, isDigit(text.charCodeAt(next)))) {
        i = j;
        continue;
      }
      if (startsLowercase(text, next)) {
        i = j;
        continue;
      }
      appendSentence(sentences, text, sentenceStart, j, paragraphIndex);
      sentenceStart = next;
      i = next;
      continue;
    }
    if (isLineBreak(code)) {
      let j = i + 1;
      if (text[i] === '\r' && text[j] === '\n') j++;
      const next = skipInlineSpaces(text, j, end);
      if (next < end && startsListItem(text, next, end)) {
        appendSentence(sentences, text, sentenceStart, i, paragraphIndex);
        sentenceStart = next;
        i = next;
        continue;
      }
      i = j;
      continue;
    }
  }
  appendSentence(sentences, text, sentenceStart, end, paragraphIndex);
}

/**
 * The sentence from `start` to `end`, without trailing spaces, unless nothing
 * is left. A function rather than a closure over the splitter's state: the
 * closure and its context were made once per paragraph.
 */
function appendSentence(sentences: Sentence[], text: string, start: number, end: number, paragraphIndex: number): void {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > start) sentences.push({ span: { start, end: e }, paragraph: paragraphIndex });
}

/** Longest editorial note in brackets glued after a sentence: "[citation needed]", "[clarification needed]". */
const MAX_EDITORIAL_NOTE = 40;

/**
 * Skips a bracketed editorial note of words glued after the final punctuation
 * (`rose.[citation needed] Then`): it belongs to the sentence before, as a marker does.
 */
function skipEditorialNote(text: string, at: number, end: number): number {
  if (text.charCodeAt(at) !== 0x5b /* [ */) return at;
  const limit = Math.min(end, at + MAX_EDITORIAL_NOTE);
  for (let i = at + 1; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5d /* ] */) return i > at + 1 ? i + 1 : at;
    const isLetter = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
    if (!isLetter && code !== 0x20) return at;
  }
  return at;
}

function skipSpaces(text: string, at: number, end: number): number {
  while (at < end && isSpace(text.charCodeAt(at))) at++;
  return at;
}

function skipInlineSpaces(text: string, at: number, end: number): number {
  while (at < end && isInlineSpace(text.charCodeAt(at))) at++;
  return at;
}

function startsLowercase(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  // An ASCII character is lower case exactly when it is a to z.
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  const ch = text[at];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** `- item`, `• item`, `1. item`, `(a) item` at the start of a line. */
function startsListItem(text: string, at: number, end: number): boolean {
  if (LIST_BULLETS.has(text[at]) && at + 1 < end && isInlineSpace(text.charCodeAt(at + 1))) return true;
  let j = at;
  while (j < end && j - at < 4 && isDigit(text.charCodeAt(j))) j++;
  return j > at && (text[j] === '.' || text[j] === ')') && j + 1 < end && isInlineSpace(text.charCodeAt(j + 1));
}

const LETTER = /\p{L}/u;

/** The word ending at the period `dot` is an abbreviation or an initial ("J."). */
function isAbbreviationBefore(text: string, dot: number, floor: number, numberFollows: boolean): boolean {
  let start = dot;
  while (start > floor && start > dot - 12) {
    const code = text.charCodeAt(start - 1);
    // ASCII letters and the period settle most characters without the Unicode letter test.
    const partOfWord =
      code === 0x2e || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x80 && LETTER.test(text[start - 1]));
    if (partOfWord) start--;
    else break;
  }
  const length = dot - start;
  if (length === 0) return false;
  if (length === 1) {
    const word = text[start];
    if (word === word.toUpperCase() && word !== word.toLowerCase()) return true;
  }
  return ABBREVIATIONS.has(text, start, dot) || (numberFollows && NUMBER_ABBREVIATIONS.has(text, start, dot));
}
