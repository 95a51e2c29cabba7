import { strict as assert } from 'node:assert';
import { countSplitWords, foldSpaces, isRegexSpace } from '../../server/src/core/text/chars';
import { seededRandom } from '../support/essayGenerator';

// Hand-written scans that stand in for a regex split, so that reading an essay
// makes no string per word: each must agree with the split it replaces.

/** Words, punctuation and every kind of space and line break a text may hold. */
const PIECES = ['a', 'Word', '1', '.', '中', 'é', ' ', '  ', '\t', '\n', '\r\n', '\u000b', '\u000c', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u202f', '\u205f', '\u3000', '\ufeff'];

function generatedTexts(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const texts: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    const length = Math.floor(random() * 12);
    for (let i = 0; i < length; i++) text += PIECES[Math.floor(random() * PIECES.length)];
    texts.push(text);
  }
  return texts;
}

describe('text scans that stand in for a split', () => {
  it('takes for a space exactly what the regex \\s matches', () => {
    for (let code = 0; code <= 0xffff; code++) {
      assert.equal(isRegexSpace(code), /\s/.test(String.fromCharCode(code)), `U+${code.toString(16).padStart(4, '0')}`);
    }
  });

  it('counts the pieces split(/\\s+/) gives, empty ones at either end included', () => {
    for (const text of generatedTexts(20_000, 41)) assert.equal(countSplitWords(text), text.split(/\s+/).length, JSON.stringify(text));
  });

  it('folds spaces as splitting into words and joining them with one space does', () => {
    const SPACES = /[\t\n\r \u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/;
    for (const text of generatedTexts(20_000, 42)) {
      const words = text.split(SPACES).filter((word) => word !== '');
      assert.equal(foldSpaces(text), words.join(' '), JSON.stringify(text));
    }
  });
});
