import type { WorkspaceEdit } from 'vscode-languageserver';
import { toMarkdownFootnotes, toPlainNotes } from '../core/fixes/convertNoteStyle';
import { renumberNotes } from '../core/fixes/renumber';
import { applySafeFixes } from '../core/fixes/safeFixes';
import type { EssayModel } from '../core/model';
import { minimalEdit, versionedEdit } from './workspaceEdit';

/** Commands the server runs on an essay (the client shows them in its palette). */
export const SERVER_COMMANDS = {
  renumber: 'policyReview.renumber',
  fixAll: 'policyReview.fixAll',
  toMarkdownFootnotes: 'policyReview.convertToMarkdownFootnotes',
  toPlainNotes: 'policyReview.convertToPlainNotes',
} as const;

export type CommandOutcome = { edit: WorkspaceEdit } | { message: string };

/** What a command would do to this document version: one versioned edit, or why there is none. */
export function runServerCommand(command: string, model: EssayModel, uri: string, version: number): CommandOutcome {
  switch (command) {
    case SERVER_COMMANDS.renumber: {
      const result = renumberNotes(model);
      if (!result.ok) return { message: result.reason };
      if (result.edits.length === 0) return { message: 'The notes are already numbered in order of first citation.' };
      return { edit: versionedEdit(model, uri, version, result.edits) };
    }
    case SERVER_COMMANDS.fixAll: {
      const fixed = applySafeFixes(model.text, model.format);
      const edits = minimalEdit(model.text, fixed.text);
      if (edits.length === 0) return { message: fixed.skipped[0] ?? 'Nothing to fix: no unused notes, and the notes are in order.' };
      return { edit: versionedEdit(model, uri, version, edits) };
    }
    case SERVER_COMMANDS.toMarkdownFootnotes:
    case SERVER_COMMANDS.toPlainNotes: {
      const result = command === SERVER_COMMANDS.toMarkdownFootnotes ? toMarkdownFootnotes(model) : toPlainNotes(model);
      if (!result.ok) return { message: result.reason };
      return { edit: versionedEdit(model, uri, version, result.edits) };
    }
    default:
      return { message: `Unknown command ${command}.` };
  }
}
