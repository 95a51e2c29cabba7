import { type FoldingRange, FoldingRangeKind } from 'vscode-languageserver';
import type { EssayModel, Span } from '../core/model';
import { isSpace } from '../core/text/chars';
import { notesSpan } from './documentSymbols';

/** Each section folds from its heading to its last line of text; the notes list folds as one region. */
export function foldingRanges(model: EssayModel): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const notes = model.notes.length > 0 ? notesSpan(model) : undefined;
  for (const section of model.sections) {
    const end = notes && section.span.start < notes.start ? Math.min(section.span.end, notes.start) : section.span.end;
    push(model, ranges, { start: section.headingSpan.start, end }, undefined);
  }
  if (notes) push(model, ranges, notes, FoldingRangeKind.Region);
  return ranges;
}

function push(model: EssayModel, ranges: FoldingRange[], span: Span, kind: FoldingRangeKind | undefined): void {
  let end = span.end;
  while (end > span.start && isSpace(model.text.charCodeAt(end - 1))) end--;
  const startLine = model.lines.positionAt(span.start).line;
  const endLine = model.lines.positionAt(end).line;
  if (endLine > startLine) ranges.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
}
