// The source card shown when hovering a marker: the note read as a citation
// (bold title, authors, outlet, date and its age against the essay's date), its
// link, and where it is cited. An Ibid. shows the note it points at.
import { monthsBetween, parseDate } from '../core/dates';
import type { EssayModel, Note } from '../core/model';
import { labelKey } from '../core/parse/linking';
import { formatLabel } from '../core/rules/rule';
import type { NoteSource } from '../core/sources/noteSource';
import { sectionTitleAt } from './locate';
import { escapeMarkdown, markdownLink } from './markdownText';
import { urlsInNote } from './noteUrls';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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
  const label = escapeMarkdown(formatLabel(model, note.label));
  const target = ibidTarget(model, note);
  const parts: string[] = [];
  if (target) {
    parts.push(`Note ${label}: ${escapeMarkdown(note.text)} → **note ${escapeMarkdown(formatLabel(model, target.label))}**`);
    parts.push(...sourceLines(model, target));
  } else {
    parts.push(...sourceLines(model, note));
  }
  const { count, sections } = citationSummary(model, note);
  parts.push(count === 0 ? `Note ${label} · never cited` : `Note ${label} · cited ${count}× — in: ${sections.map(escapeMarkdown).join(', ')}`);
  return parts.join('\n\n');
}

/** Title, people and outlet, link; the raw text when the note could not be read as a citation. */
function sourceLines(model: EssayModel, note: Note): string[] {
  const source = note.source;
  const lines: string[] = [];
  if (source?.title) {
    lines.push(`**${escapeMarkdown(source.title)}**`);
    const byline = [authorsOf(source), source.container, dateOf(source)].filter((p): p is string => !!p).map(escapeMarkdown);
    const age = ageOf(model, source);
    if (byline.length > 0 || age) lines.push(byline.join(' · ') + (age ? ` (${age})` : ''));
  } else {
    lines.push(escapeMarkdown(note.text) || '_(empty note)_');
  }
  const links = urlsInNote(model, note).map((u) => markdownLink(u.url)).filter((l): l is string => l !== undefined);
  if (links.length > 0) lines.push(links.join('  \n'));
  return lines;
}

function authorsOf(source: NoteSource): string | undefined {
  const { authors } = source;
  if (authors.length === 0) return undefined;
  const names = authors.length <= 2 ? authors.join(' and ') : `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
  return source.etAl ? `${names} et al.` : names;
}

/** "23 March 2022", "February 2020", "2020". */
function dateOf(source: NoteSource): string | undefined {
  if (!source.date) return undefined;
  const [year, month, day] = source.date.split('-');
  if (!month) return year;
  const name = MONTH_NAMES[Number(month) - 1];
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** "published 3 months before this essay", when both dates are known. */
function ageOf(model: EssayModel, source: NoteSource): string | undefined {
  const essayDate = model.date ? parseDate(model.date.text) : undefined;
  if (!essayDate || !source.date) return undefined;
  const months = monthsBetween(source.date, essayDate);
  if (months < 0) return 'published after this essay';
  if (months === 0) return 'published the month of this essay';
  if (months < 24) return `published ${months} month${months === 1 ? '' : 's'} before this essay`;
  return `published ${Math.floor(months / 12)} years before this essay`;
}

/** The note an "Ibid." or "supra note N" resolves to, following chains of Ibid. */
export function ibidTarget(model: EssayModel, note: Note): Note | undefined {
  let current = note;
  for (let steps = 0; steps < model.notes.length && current.source?.refersTo !== undefined; steps++) {
    const next = model.notes.find((n) => labelKey(n.label) === labelKey(current.source!.refersTo!));
    if (!next || next === current) break;
    current = next;
  }
  return current === note ? undefined : current;
}
