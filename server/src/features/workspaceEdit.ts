import type { SnippetTextEdit, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { changeBetween } from '../core/textChange';
import type { EssayModel } from '../core/model';
import type { TextEdit } from '../core/rules/rule';

/** Text placed literally in a snippet: `$`, `}` and `\` would otherwise mean something. */
function snippetLiteral(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/**
 * Core edits as one versioned WorkspaceEdit: the client applies it only to the
 * version it was computed for. Refuses overlapping edits rather than sending them.
 * With `snippets`, an edit that says where the cursor goes (a note stub) becomes a
 * snippet edit, leaving the cursor there for the editor to type the source.
 */
export function versionedEdit(model: EssayModel, uri: string, version: number, edits: TextEdit[], snippets = false): WorkspaceEdit {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].span.start < sorted[i - 1].span.end || (sorted[i].span.start === sorted[i - 1].span.start && sorted[i].span.start === sorted[i - 1].span.end)) {
      throw new Error('internal error: overlapping edits');
    }
  }
  const lspEdits: (LspTextEdit | SnippetTextEdit)[] = sorted.map((e) => {
    const range = model.lines.rangeOf(e.span);
    if (!snippets || e.cursorAt === undefined) return { range, newText: e.newText };
    const value = `${snippetLiteral(e.newText.slice(0, e.cursorAt))}$0${snippetLiteral(e.newText.slice(e.cursorAt))}`;
    return { range, snippet: { kind: 'snippet', value } };
  });
  return { documentChanges: [{ textDocument: { uri, version }, edits: lspEdits }] };
}

/**
 * One edit from the old text to the new: the changed middle between the common
 * start and end. Used where several fixes run in turn on fresh readings.
 */
export function minimalEdit(oldText: string, newText: string): TextEdit[] {
  const change = changeBetween(oldText, newText);
  if (!change) return [];
  let { start, oldEnd } = change;
  let newEnd = start + change.newText.length;
  // Never split a surrogate pair or a CRLF at either end.
  while (start > 0 && (isLowSurrogate(oldText.charCodeAt(start)) || (oldText[start - 1] === '\r' && oldText[start] === '\n'))) start--;
  while (oldEnd < oldText.length && (isLowSurrogate(oldText.charCodeAt(oldEnd)) || (oldText[oldEnd - 1] === '\r' && oldText[oldEnd] === '\n'))) {
    oldEnd++;
    newEnd++;
  }
  return [{ span: { start, end: oldEnd }, newText: newText.slice(start, newEnd) }];
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
