// Which recogniser reads a sentence: Chinese sentences have no spaces between
// words and write figures with measure words, so they get their own reader.

import { isAsciiLetter } from '../text/chars';
import { isHan } from '../text/cjk';

/**
 * More than a stray Han word in English prose: at least two Han characters, and
 * at least one for every three Latin letters (`(OECD)` in a Chinese sentence
 * leaves it Chinese; `the 一带一路 initiative` leaves an English one English).
 */
export function isChineseSentence(sentence: string): boolean {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < sentence.length; i++) {
    const code = sentence.charCodeAt(i);
    if (isHan(code)) han++;
    else if (isAsciiLetter(code)) latin++;
  }
  return han >= 2 && han * 3 >= latin;
}
