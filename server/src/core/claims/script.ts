// Which recogniser reads a sentence: Chinese sentences have no spaces between
// words and write figures with measure words, so they get their own reader.

import { isAsciiLetter } from '../text/chars';
import { isHan } from '../text/cjk';

/** What `isHan` accepts, as a regex to search with. */
const HAN = /[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;

/**
 * More than a stray Han word in English prose: at least two Han characters, and
 * at least one for every three Latin letters (`(OECD)` in a Chinese sentence
 * leaves it Chinese; `the 一带一路 initiative` leaves an English one English).
 */
export function isChineseSentence(sentence: string): boolean {
  // Most sentences hold no two Han characters: two regex searches settle that without counting.
  HAN.lastIndex = 0;
  if (!HAN.test(sentence) || !HAN.test(sentence)) return false;
  let han = 0;
  let latin = 0;
  for (let i = 0; i < sentence.length; i++) {
    const code = sentence.charCodeAt(i);
    if (isHan(code)) han++;
    else if (isAsciiLetter(code)) latin++;
  }
  return han >= 2 && han * 3 >= latin;
}
