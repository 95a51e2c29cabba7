import type { DocumentLink } from 'vscode-languageserver';
import type { EssayModel } from '../core/model';
import { urlsInNote } from './noteUrls';

/** The http(s) URLs in the notes, as clickable links. Nothing in the body becomes a link here. */
export function documentLinks(model: EssayModel): DocumentLink[] {
  return model.notes.flatMap((note) =>
    urlsInNote(model, note).map((u) => ({ range: model.lines.rangeOf(u.span), target: u.url, tooltip: 'Open the cited source' })),
  );
}
