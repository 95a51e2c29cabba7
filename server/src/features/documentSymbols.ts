import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import type { EssayModel, Span } from '../core/model';
import { formatLabel } from '../core/rules/rule';
import { shortText } from './shortText';

/** Sections nested by level, then a Notes group holding every note. */
export function documentSymbols(model: EssayModel): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const open: { level: number; symbol: DocumentSymbol }[] = [];
  for (const section of model.sections) {
    const symbol: DocumentSymbol = {
      name: section.title || '(untitled section)',
      detail: `level ${section.level}`,
      kind: SymbolKind.String,
      range: model.lines.rangeOf(bodyPart(model, section.span)),
      selectionRange: model.lines.rangeOf(section.headingSpan),
      children: [],
    };
    while (open.length > 0 && open[open.length - 1].level >= section.level) open.pop();
    (open.length > 0 ? open[open.length - 1].symbol.children! : roots).push(symbol);
    open.push({ level: section.level, symbol });
  }
  if (model.notes.length > 0) {
    const notes = model.notes.map<DocumentSymbol>((note) => ({
      name: formatLabel(model, note.label),
      detail: shortText(note.text),
      kind: SymbolKind.Key,
      range: model.lines.rangeOf(note.span),
      selectionRange: model.lines.rangeOf(note.labelSpan),
    }));
    const span = notesSpan(model);
    roots.push({
      name: model.notesList?.heading?.text ?? 'Notes',
      detail: `${model.notes.length} notes`,
      kind: SymbolKind.Namespace,
      range: model.lines.rangeOf(span),
      selectionRange: model.lines.rangeOf(model.notesList?.heading?.span ?? model.notes[0].labelSpan),
      children: notes,
    });
  }
  return roots;
}

/** Everything the notes occupy, with their heading. */
export function notesSpan(model: EssayModel): Span {
  const first = model.notes[0];
  const last = model.notes[model.notes.length - 1];
  const start = Math.min(first.span.start, model.notesList?.span.start ?? first.span.start, model.notesList?.heading?.span.start ?? first.span.start);
  const end = Math.max(last.span.end, model.notesList?.span.end ?? last.span.end);
  return { start, end };
}

/** A section as the outline shows it: without a notes list that follows it. */
function bodyPart(model: EssayModel, span: Span): Span {
  if (model.notes.length === 0) return span;
  const notes = notesSpan(model);
  if (span.start < notes.start && span.end > notes.start) return { start: span.start, end: notes.start };
  return span;
}
