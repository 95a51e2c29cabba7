import type { DefinitionParams, Location } from 'vscode-languageserver';
import type { EssayModel } from '../core/model';
import { noteLabelArea } from '../core/rules/noteEdits';
import { markerAt, noteLabelAt, offsetOf } from './locate';

/** From a marker to its note; from a note's label to its first citation. */
export function definition(model: EssayModel, uri: string, params: DefinitionParams): Location | null {
  const offset = offsetOf(model, params.position);
  const marker = markerAt(model, offset);
  if (marker) {
    if (marker.note === -1) return null;
    return { uri, range: model.lines.rangeOf(noteLabelArea(model, model.notes[marker.note])) };
  }
  const note = noteLabelAt(model, offset);
  if (note && note.citedBy.length > 0) {
    return { uri, range: model.lines.rangeOf(model.markers[note.citedBy[0]].span) };
  }
  return null;
}
