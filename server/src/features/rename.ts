import type { PrepareRenameParams, Range, RenameParams, WorkspaceEdit } from 'vscode-languageserver';
import type { EssayModel, Span } from '../core/model';
import { labelKey } from '../core/parse/linking';
import { formatLabel, type TextEdit } from '../core/rules/rule';
import { labelWrittenLike, unwritableNumberReason, writtenOnItsOwn } from '../core/fixes/labelWriting';
import { normaliseNumberLabel } from '../core/text/cjk';
import { labelAt, markersOf, notesOf, offsetOf } from './locate';
import { versionedEdit } from './workspaceEdit';

/** Why a rename cannot happen, in words for the user. */
export class RenameRefused extends Error {}

/** GFM footnote labels as we write them: letters, digits, `_` and `-`. */
const WORD_LABEL = /^[\p{L}\p{N}_-]{1,100}$/u;
/** Bracket markers (`[9]`) and numbered notes take a number without leading zeros. */
const NUMBER_LABEL = /^[1-9]\d{0,4}$/;

/** The label under the cursor (in a marker or at a note's head), to be renamed in place. */
export function prepareRename(model: EssayModel, params: PrepareRenameParams): { range: Range; placeholder: string } | null {
  const found = labelAt(model, offsetOf(model, params.position));
  if (!found) return null;
  const span = found.marker?.labelSpan ?? found.note!.labelSpan;
  refuseUnsafe(model, found.label);
  return { range: model.lines.rangeOf(span), placeholder: found.label };
}

/** Renames a label in every marker and note that has it, as one versioned edit. Only the label characters change. */
export function rename(model: EssayModel, version: number, params: RenameParams): WorkspaceEdit | null {
  const found = labelAt(model, offsetOf(model, params.position));
  if (!found) return null;
  refuseUnsafe(model, found.label);
  const spans = labelSpansOf(model, found.label);
  const numbered = spans.some((span) => model.text[span.start - 1] !== '^');
  // A number may be typed as the essay writes it (`②`, `１２`): it is the same note number.
  // ASCII digits are taken as typed, so `007` is still refused for its leading zeros.
  const typed = params.newName.trim();
  const newLabel = numbered && !/^\d+$/.test(typed) ? (normaliseNumberLabel(typed) ?? typed) : typed;
  if (numbered ? !NUMBER_LABEL.test(newLabel) : !WORD_LABEL.test(newLabel)) {
    throw new RenameRefused(
      numbered
        ? `“${params.newName}” is not a note number: use a whole number such as 21 (no leading zeros).`
        : `“${params.newName}” is not a footnote label: use letters, digits, “_” or “-”, without spaces.`,
    );
  }
  if (labelKey(newLabel) === labelKey(found.label)) {
    if (newLabel === found.label) return versionedEdit(model, params.textDocument.uri, version, []);
  } else {
    const taken = model.notes.find((n) => labelKey(n.label) === labelKey(newLabel)) ?? model.markers.find((m) => labelKey(m.label) === labelKey(newLabel));
    if (taken) {
      const line = model.lines.positionAt(taken.span.start).line + 1;
      throw new RenameRefused(`${formatLabel(model, newLabel)} is already taken (line ${line}); pick a label no note or marker uses.`);
    }
  }
  // Each place keeps its own digits: `①` becomes `②`, `¹` becomes `²`, `[1]` becomes `[2]`.
  const edits: TextEdit[] = [];
  for (const span of spans) {
    const newText = labelWrittenLike(newLabel, model.text.slice(span.start, span.end));
    if (newText === undefined) throw new RenameRefused(unwritableNumberReason(Number(newLabel)));
    edits.push({ span, newText });
  }
  return versionedEdit(model, params.textDocument.uri, version, edits);
}

function labelSpansOf(model: EssayModel, label: string): Span[] {
  return [...markersOf(model, label).map((m) => m.labelSpan), ...notesOf(model, label).map((n) => n.labelSpan)];
}

/** A label written inside a range (`[3–5]`) has no characters of its own to rewrite. */
function refuseUnsafe(model: EssayModel, label: string): void {
  for (const marker of markersOf(model, label)) {
    const inRange = model.markers.some((m) => m !== marker && m.span.start === marker.span.start && overlaps(m.labelSpan, marker.labelSpan));
    if (!writtenOnItsOwn(model.text, marker) || inRange) {
      const line = model.lines.positionAt(marker.span.start).line + 1;
      throw new RenameRefused(`${formatLabel(model, label)} is part of the range ${model.text.slice(marker.span.start, marker.span.end)} on line ${line}; write the range out before renaming.`);
    }
  }
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
