import type { Location, ReferenceParams } from 'vscode-languageserver';
import type { EssayModel } from '../core/model';
import { noteLabelArea } from '../core/rules/noteEdits';
import { labelAt, markersOf, notesOf, offsetOf } from './locate';

/** A note and all its markers, from either end; the note itself when the client asks for the declaration. */
export function references(model: EssayModel, uri: string, params: ReferenceParams): Location[] {
  const found = labelAt(model, offsetOf(model, params.position));
  if (!found) return [];
  const spans = markersOf(model, found.label).map((m) => m.span);
  if (params.context.includeDeclaration) spans.push(...notesOf(model, found.label).map((n) => noteLabelArea(model, n)));
  return spans.sort((a, b) => a.start - b.start).map((span) => ({ uri, range: model.lines.rangeOf(span) }));
}
