// The source card shown when hovering a marker. For now the note's raw text;
// the sources issue adds author, title, publisher and date read from it.
import type { EssayModel, Note } from '../core/model';
import { formatLabel } from '../core/rules/rule';
import { sectionTitleAt } from './locate';
import { escapeMarkdown, markdownLink } from './markdownText';
import { urlsInNote } from './noteUrls';

/** Where a note is cited: how often and under which section titles (document order, no repeats). */
export function citationSummary(model: EssayModel, note: Note): { count: number; sections: string[] } {
  const sections: string[] = [];
  for (const m of note.citedBy) {
    const title = sectionTitleAt(model, model.markers[m].span.start) ?? 'the introduction';
    if (!sections.includes(title)) sections.push(title);
  }
  return { count: note.citedBy.length, sections };
}

/** The card as Markdown; every piece of essay text in it is escaped. */
export function noteCard(model: EssayModel, note: Note): string {
  const parts = [`**Note ${escapeMarkdown(formatLabel(model, note.label))}**`, escapeMarkdown(note.text) || '_(empty note)_'];
  const { count, sections } = citationSummary(model, note);
  parts.push(count === 0 ? 'Never cited.' : `Cited ${count}× — in: ${sections.map(escapeMarkdown).join('; ')}`);
  const links = urlsInNote(model, note).map((u) => markdownLink(u.url)).filter((l): l is string => l !== undefined);
  if (links.length > 0) parts.push(links.join('  \n'));
  return parts.join('\n\n');
}
