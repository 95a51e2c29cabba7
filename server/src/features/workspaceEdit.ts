import type { WorkspaceEdit } from 'vscode-languageserver';
import type { EssayModel } from '../core/model';
import type { TextEdit } from '../core/rules/rule';

/**
 * Core edits as one versioned WorkspaceEdit: the client applies it only to the
 * version it was computed for. Refuses overlapping edits rather than sending them.
 */
export function versionedEdit(model: EssayModel, uri: string, version: number, edits: TextEdit[]): WorkspaceEdit {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].span.start < sorted[i - 1].span.end || (sorted[i].span.start === sorted[i - 1].span.start && sorted[i].span.start === sorted[i - 1].span.end)) {
      throw new Error('internal error: overlapping edits');
    }
  }
  return {
    documentChanges: [
      { textDocument: { uri, version }, edits: sorted.map((e) => ({ range: model.lines.rangeOf(e.span), newText: e.newText })) },
    ],
  };
}
