// Data for the client's tree views (policyReview/sections, policyReview/notes).
import type { EssayModel, Marker, Note, Span } from '../core/model';
import type { Finding } from '../core/rules/rule';
import type { CitationItem, NotesResult, SectionsResult } from '../protocol';
import { shortText } from './shortText';

export function sectionsTree(model: EssayModel, findings: Finding[]): SectionsResult {
  const uncited = findings.filter((f) => f.rule === 'uncited-claim');
  return {
    title: model.title?.text,
    sections: model.sections.map((section) => ({
      title: section.title,
      level: section.level,
      range: model.lines.rangeOf(section.span),
      headingRange: model.lines.rangeOf(section.headingSpan),
      claimCount: model.claims.filter((c) => within(c.span, section.span)).length,
      uncitedCount: uncited.filter((f) => within(f.span, section.span)).length,
    })),
  };
}

export function notesTree(model: EssayModel): NotesResult {
  return {
    notes: model.notes.map((note) => ({
      label: note.label,
      shortText: shortText(note.text),
      sourceLine: sourceLine(note),
      text: note.text,
      range: model.lines.rangeOf(note.span),
      labelRange: model.lines.rangeOf(note.labelSpan),
      citations: note.citedBy.map((m) => citation(model, model.markers[m])),
    })),
    undefinedMarkers: model.markers
      .filter((m) => m.note === -1)
      .map((m) => ({ label: m.label, range: model.lines.rangeOf(m.span), sentence: citation(model, m).sentence })),
  };
}

/** "Andrea Shalal and Marek Strzelecki — Russia's G20 Membership…": who, then what; the outlet stands in for a missing author. */
function sourceLine(note: Note): string {
  const source = note.source;
  if (!source?.title) return shortText(note.text);
  const [first, second] = source.authors;
  const who =
    source.authors.length === 0 ? source.container
    : source.authors.length === 1 ? `${first}${source.etAl ? ' et al.' : ''}`
    : source.authors.length === 2 && !source.etAl ? `${first} and ${second}`
    : `${first} et al.`;
  return shortText(who ? `${who} — ${source.title}` : source.title);
}

function citation(model: EssayModel, marker: Marker): CitationItem {
  const sentence = model.sentences[marker.sentence];
  const span = sentence?.span ?? marker.span;
  return { range: model.lines.rangeOf(marker.span), sentence: shortText(model.text.slice(span.start, span.end), 200), sentenceRange: model.lines.rangeOf(span) };
}

function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.start < outer.end;
}
