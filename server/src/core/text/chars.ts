// Character classes shared by the readers. Plain functions over char codes keep
// the scanners linear and free of regex backtracking.

/** Spaces and tabs, the non-breaking and typographic spaces web exports leave, and a BOM. */
export function isInlineSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f
  );
}

export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

export function isSpace(code: number): boolean {
  return isInlineSpace(code) || isLineBreak(code);
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Longest word `asciiWordKey` keys exactly: five bits a character. */
const LONGEST_KEYED_WORD = 10;

/**
 * The characters between start and end, ASCII letters case folded, as one number.
 * Letters and the full stop are keyed; -1 when another ASCII character occurs,
 * undefined when a non-ASCII one does. Exact for up to `LONGEST_KEYED_WORD` characters.
 */
function asciiWordKey(text: string, start = 0, end = text.length): number | undefined {
  let key = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return undefined;
    const lower = code | 0x20;
    let value: number;
    if (lower >= 0x61 && lower <= 0x7a) value = lower - 0x60;
    else if (code === 0x2e) value = 27;
    else return -1;
    key = key * 32 + value;
  }
  return key;
}

/**
 * A list of short lower-case words ("u.s", "between") that a stretch of text is
 * looked up in case-insensitively. An ASCII stretch is compared by its
 * `asciiWordKey`, so no lower-cased copy is made (slow from two-byte text); any
 * other stretch is lower-cased and looked up as it is.
 */
export class CaseFoldedWords {
  private readonly keys = new Set<number>();
  private readonly longest: number;

  constructor(private readonly words: ReadonlySet<string>) {
    for (const word of words) {
      const key = asciiWordKey(word);
      if (key === undefined || key === -1 || word.length > LONGEST_KEYED_WORD || word !== word.toLowerCase()) {
        throw new Error(`"${word}" is no short lower-case word of letters and full stops`);
      }
      this.keys.add(key);
    }
    this.longest = Math.max(0, ...[...words].map((word) => word.length));
  }

  /** The text between start and end, lower-cased, is one of the words. */
  has(text: string, start = 0, end = text.length): boolean {
    // Lower-casing never shortens a word: a stretch longer than every word is none of them.
    if (end - start > this.longest) return false;
    const key = asciiWordKey(text, start, end);
    return key === undefined ? this.words.has(text.slice(start, end).toLowerCase()) : this.keys.has(key);
  }
}

/** True when the text between start and end holds nothing but spaces. */
export function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** What Markdown counts as whitespace: spaces, tabs and line breaks only (a non-breaking space is text). */
export function isMarkdownWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** True when the text between start and end is blank to Markdown. */
export function isMarkdownBlank(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) if (!isMarkdownWhitespace(text.charCodeAt(i))) return false;
  return true;
}

/** Narrows a span to exclude leading and trailing spaces. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  const trimmed = trimmedStart(text, start, end);
  return { start: trimmed, end: trimmedEnd(text, trimmed, end) };
}

/** Where the text from `start` to `end` starts once leading spaces are dropped. */
export function trimmedStart(text: string, start: number, end: number): number {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return start;
}

/** Where the text from `start` to `end` ends once trailing spaces are dropped. */
export function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * The text from `start` to `end` without spaces at either end. For a look at a
 * line: a span made for every look came from the same code as the spans the
 * model keeps, and the engine then could not tell those were long-lived.
 */
export function trimmedText(text: string, start: number, end: number): string {
  const trimmed = trimmedStart(text, start, end);
  return text.slice(trimmed, trimmedEnd(text, trimmed, end));
}

/** Every run of what `isSpace` accepts. */
const SPACE_RUNS = /[\t\n\r \u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** A space at either end, two in a row, or any other kind of space: what folding changes. */
const NOT_FOLDED = /^ | $| {2}|[\t\n\r\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/;

/** Folds runs of spaces and line breaks to one space (for display text). */
export function foldSpaces(text: string): string {
  // Most texts are folded already: single spaces between words, none at the ends.
  if (!NOT_FOLDED.test(text)) return text;
  // One native replace: neither a string grown a character at a time (a chain every later
  // read must flatten) nor a split into words and a join, which made a string per word.
  const folded = text.replace(SPACE_RUNS, ' ');
  const start = folded.charCodeAt(0) === 0x20 ? 1 : 0;
  const end = folded.length > start && folded.charCodeAt(folded.length - 1) === 0x20 ? folded.length - 1 : folded.length;
  return start === 0 && end === folded.length ? folded : folded.slice(start, end);
}

/** What the regex `\s` matches (with or without `u`): the spaces and line breaks `split(/\s+/)` splits at. */
export function isRegexSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** How many pieces `line.split(/\s+/)` gives, empty ones at either end included, without making them. */
export function countSplitWords(line: string): number {
  let words = 1;
  for (let i = 0; i < line.length; i++) {
    if (isRegexSpace(line.charCodeAt(i)) && (i === 0 || !isRegexSpace(line.charCodeAt(i - 1)))) words++;
  }
  return words;
}
