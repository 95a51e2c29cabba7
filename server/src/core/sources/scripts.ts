// The writing system of a piece of text, for telling a Cyrillic or Chinese
// title from a Latin one.
import { rememberedPerCodePoint } from '../text/codePoints';
import { isAsciiLetter } from '../text/chars';

const SCRIPTS: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Han', /\p{Script=Han}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
];
const LATIN = 0;
const scriptCounts = new Uint32Array(SCRIPTS.length);
const scriptFirstSeen = new Uint32Array(SCRIPTS.length);
const NON_ASCII = /[^\0-\x7f]/;
const ASCII_LETTER = /[A-Za-z]/;

/** The index in SCRIPTS of the first script a code point belongs to, or -1. */
const scriptOf = rememberedPerCodePoint((ch) => SCRIPTS.findIndex(([, pattern]) => pattern.test(ch)));

/** The script most of the letters are written in, or undefined when there are none. */
export function dominantScript(text: string): string | undefined {
  // All ASCII (most titles): only its letters belong to a script, Latin.
  if (!NON_ASCII.test(text)) return ASCII_LETTER.test(text) ? 'Latin' : undefined;
  // Counts per script, and when each was first seen: a tie goes to the one seen first. Kept
  // between calls and cleared here, since the title of every note is looked at.
  const counts = scriptCounts.fill(0);
  const firstSeen = scriptFirstSeen;
  let seen = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      // ASCII: its letters are Latin and nothing else belongs to a script; no regex needed.
      if (isAsciiLetter(code) && counts[LATIN]++ === 0) firstSeen[LATIN] = seen++;
      i++;
      continue;
    }
    // One code point at a time, a surrogate pair as one character.
    const point = text.codePointAt(i)!;
    i += point > 0xffff ? 2 : 1;
    const script = scriptOf(point);
    if (script >= 0 && counts[script]++ === 0) firstSeen[script] = seen++;
  }
  let best: string | undefined;
  let bestCount = 0;
  let bestSeen = 0;
  for (let script = 0; script < SCRIPTS.length; script++) {
    const n = counts[script];
    if (n > bestCount || (n === bestCount && n > 0 && firstSeen[script] < bestSeen)) {
      best = SCRIPTS[script][0];
      bestCount = n;
      bestSeen = firstSeen[script];
    }
  }
  return best;
}
