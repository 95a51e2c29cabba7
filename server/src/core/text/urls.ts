// http(s) URLs as notes write them, found the same way for a note's source and
// for the links an editor shows.

/**
 * A scheme, then anything but spaces, quotes, angle brackets and CJK or
 * full-width punctuation (`。`, `，`, `》`, `）`): one character class, so the
 * scan is linear. A Chinese note ends a URL with `。` and no space.
 */
export const URL_PATTERN = /\bhttps?:\/\/[^\s<>"“”‘’«»\u3000-\u303f\uff00-\uffef]+/giu;

const TRAILING = new Set([...'.,;:!?)]}\'’']);

/** A URL without the sentence punctuation after it, keeping a `)` that closes a `(` inside it (Wikipedia-style). */
export function withoutTrailingPunctuation(url: string): string {
  let opens = 0;
  let closes = 0;
  for (const c of url) {
    if (c === '(') opens++;
    else if (c === ')') closes++;
  }
  let end = url.length;
  while (end > 0 && TRAILING.has(url[end - 1])) {
    if (url[end - 1] === ')') {
      if (opens >= closes) break;
      closes--;
    }
    end--;
  }
  return url.slice(0, end);
}
