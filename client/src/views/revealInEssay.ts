// One way for every tree row to move the cursor: select a range in the essay's
// editor and scroll it into view, even when the click left focus in the tree.
import * as vscode from 'vscode';
import type { Range as LspRange } from 'vscode-languageserver-protocol';

export const REVEAL_COMMAND = 'policyReview.revealRange';

export function toRange(range: LspRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** The command a tree row runs when clicked. `select` false puts the cursor at the start. */
export function revealCommand(uri: vscode.Uri, range: LspRange, title: string, select = false): vscode.Command {
  return { command: REVEAL_COMMAND, title, arguments: [uri, range, select] };
}

export async function revealInEssay(uri: vscode.Uri, range: LspRange, select = false): Promise<vscode.TextEditor> {
  const target = toRange(range);
  // Reuse the editor group already showing the essay rather than opening it again in the active one.
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const document = visible?.document ?? (await vscode.workspace.openTextDocument(uri));
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false, preview: false });
  editor.selection = select ? new vscode.Selection(target.start, target.end) : new vscode.Selection(target.start, target.start);
  editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export function registerRevealCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(REVEAL_COMMAND, (uri: vscode.Uri, range: LspRange, select?: boolean) => revealInEssay(uri, range, select));
}
