import type { EssayModel, Note, Span } from '../core/model';

/**
 * http(s) URLs in a note's text: a scheme, then anything but spaces, quotes and
 * angle brackets (one character class, so the scan is linear). Sentence
 * punctuation after the URL is not part of it.
 */
const URL = /https?:\/\/[^\s<>"“”‘’«»]+/gi;
const TRAILING = new Set([...'.,;:!?)]}\'’']);

export interface NoteUrl {
  url: string;
  span: Span;
}

export function urlsInNote(model: EssayModel, note: Note): NoteUrl[] {
  const text = model.text.slice(note.textSpan.start, note.textSpan.end);
  const urls: NoteUrl[] = [];
  for (const match of text.matchAll(URL)) {
    const url = trimTrailingPunctuation(match[0]);
    if (url.length <= 'https://'.length) continue;
    const start = note.textSpan.start + match.index!;
    urls.push({ url, span: { start, end: start + url.length } });
  }
  return urls;
}

/** Drops sentence punctuation after a URL, but keeps a `)` that closes a `(` inside it (Wikipedia-style). */
function trimTrailingPunctuation(url: string): string {
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
