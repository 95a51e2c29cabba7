// Go to note: a quick pick of every note ("[9] author — title"), starting on
// the note cited by the marker under the cursor; picking one moves the cursor
// to the note's label. With a label argument it jumps straight there.
import * as vscode from 'vscode';
import type { NoteItem } from '../../../server/src/protocol';
import type { ActiveEssay } from '../activeEssay';
import { revealInEssay, toRange } from '../views/revealInEssay';

export const GO_TO_NOTE = 'policyReview.goToNote';

interface NotePick extends vscode.QuickPickItem {
  note: NoteItem;
}

/** The note whose marker is under the cursor, if any. */
function noteCitedAt(notes: NoteItem[], position: vscode.Position): NoteItem | undefined {
  return notes.find((note) => note.citations.some((c) => toRange(c.range).contains(position)));
}

async function goToNote(essay: ActiveEssay, label?: string): Promise<vscode.Position | undefined> {
  const snapshot = essay.snapshot;
  if (!snapshot) {
    void vscode.window.showInformationMessage('Policy Review: open an essay first.');
    return undefined;
  }
  const notes = snapshot.notes.notes;
  let note = label === undefined ? undefined : notes.find((n) => n.label === label);
  if (label === undefined) {
    if (notes.length === 0) {
      void vscode.window.showInformationMessage('Policy Review: this essay has no notes.');
      return undefined;
    }
    const picks: NotePick[] = notes.map((n) => ({
      label: `[${n.label}]`,
      description: n.sourceLine,
      detail: n.citations.length === 0 ? 'unused' : `cited ${n.citations.length}× · first on line ${n.citations[0].range.start.line + 1}`,
      note: n,
    }));
    const quickPick = vscode.window.createQuickPick<NotePick>();
    quickPick.placeholder = 'Go to note';
    quickPick.matchOnDescription = true;
    quickPick.items = picks;
    const underCursor = essay.textEditor && noteCitedAt(notes, essay.textEditor.selection.active);
    const start = picks.find((p) => p.note === underCursor);
    if (start) quickPick.activeItems = [start];
    note = await new Promise<NoteItem | undefined>((resolve) => {
      quickPick.onDidAccept(() => resolve(quickPick.selectedItems[0]?.note ?? quickPick.activeItems[0]?.note));
      quickPick.onDidHide(() => resolve(undefined));
      quickPick.show();
    });
    quickPick.dispose();
  }
  if (!note) return undefined;
  const editor = await revealInEssay(snapshot.document.uri, note.labelRange);
  return editor.selection.active;
}

export function registerGoToNoteCommand(essay: ActiveEssay): vscode.Disposable {
  return vscode.commands.registerCommand(GO_TO_NOTE, (label?: unknown) => goToNote(essay, typeof label === 'string' ? label : undefined));
}
