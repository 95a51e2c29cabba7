import type { EssayModel, Note, Span } from '../core/model';
import { URL_PATTERN, withoutTrailingPunctuation } from '../core/text/urls';

export interface NoteUrl {
  url: string;
  span: Span;
}

/** The http(s) URLs in a note's text, without the punctuation after them. */
export function urlsInNote(model: EssayModel, note: Note): NoteUrl[] {
  const text = model.text.slice(note.textSpan.start, note.textSpan.end);
  const urls: NoteUrl[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = withoutTrailingPunctuation(match[0]);
    if (url.length <= 'https://'.length) continue;
    const start = note.textSpan.start + match.index!;
    urls.push({ url, span: { start, end: start + url.length } });
  }
  return urls;
}
