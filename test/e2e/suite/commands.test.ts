// Each command of the extension, run as the palette or a keybinding runs it.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { PolicyReviewApi } from '../../../client/src/extension';
import { moveCursor, openSample, openUntitledEssay, policyReview, positionOf, snapshotOf, until } from './support';

describe('the commands', () => {
  let api: PolicyReviewApi;
  let editor: vscode.TextEditor;

  before(async () => {
    api = await policyReview();
    editor = await openSample(api);
  });
  beforeEach(async () => {
    editor = await vscode.window.showTextDocument(editor.document, { preview: false });
  });

  it('goes to the next uncited claim, and wraps around for the previous one', async () => {
    moveCursor(editor, new vscode.Position(0, 0));
    await vscode.commands.executeCommand('policyReview.nextUncitedClaim');
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.getText(active.selection), 'over 4,300 kilometers');
    assert.equal(active.selection.start.line + 1, 58);
    moveCursor(active, new vscode.Position(0, 0));
    await vscode.commands.executeCommand('policyReview.previousUncitedClaim');
    assert.equal(active.document.getText(active.selection), 'over 4,300 kilometers');
  });

  it('goes to a note by label', async () => {
    await vscode.commands.executeCommand('policyReview.goToNote', '9');
    const active = vscode.window.activeTextEditor!;
    assert.ok(active.document.lineAt(active.selection.active.line).text.startsWith('[9] “SCIO Briefing'));
  });

  it('goes to the note of the marker under the cursor from the quick pick', async () => {
    moveCursor(editor, positionOf(editor.document, '[16]'));
    const picked = vscode.commands.executeCommand<vscode.Position | undefined>('policyReview.goToNote');
    // The quick pick opens with note 16 active; accept it as Enter would. It may take a moment to
    // appear, so accept until the command has finished.
    let done = false;
    void picked.then(() => (done = true));
    for (let attempt = 0; attempt < 50 && !done; attempt++) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await Promise.race([picked, new Promise((r) => setTimeout(r, 100))]);
    }
    const position = await picked;
    assert.ok(position, 'a note was picked');
    assert.ok(editor.document.lineAt(position.line).text.startsWith('[16] '), editor.document.lineAt(position.line).text);
  });

  it('shows the review summary beside the essay', async () => {
    const summary = await vscode.commands.executeCommand<vscode.TextDocument>('policyReview.showSummary');
    const text = summary.getText();
    assert.equal(summary.languageId, 'markdown');
    assert.match(text, /^# Review summary: Time for Reinforcement of the Independent Value/);
    assert.match(text, /- \*\*1\*\* uncited claim\n/);
    assert.match(text, /- \*\*20\*\* notes, 0 unused\n/);
    assert.match(text, /\| `uncited-claim` \| warning \| 1 \|/);
    assert.match(text, /\| The Endogenous Power and Independent Value \| \d+ claims · 1 uncited \|/);
  });

  it('counts uncited claims and notes in the status bar, and opens Problems from it', () => {
    assert.equal(api.statusBar.text, '$(warning) 1 uncited · 20 notes');
    assert.equal(typeof api.statusBar.command === 'string' ? api.statusBar.command : api.statusBar.command?.command, 'workbench.actions.view.problems');
  });

  it('renumbers notes in order of first citation through the server', async () => {
    const commands = api.client.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
    assert.ok(commands.includes('policyReview.renumber'), 'the server offers the renumbering command');
    const { document } = await openUntitledEssay(api, 'plaintext', 'Growth\n\nExports rose 8 percent.[2] Imports fell 3 percent.[1]\n\nNotes\n\n[1] A. Author, “Imports,” 2020.\n\n[2] B. Author, “Exports,” 2021.\n', (s) => s.notes.notes.length === 2);
    await vscode.commands.executeCommand('policyReview.renumberNotes');
    await until(vscode.workspace.onDidChangeTextDocument, () => document.getText().includes('8 percent.[1]'), 'the renumbering edit');
    assert.equal(
      document.getText(),
      'Growth\n\nExports rose 8 percent.[1] Imports fell 3 percent.[2]\n\nNotes\n\n[1] B. Author, “Exports,” 2021.\n\n[2] A. Author, “Imports,” 2020.\n',
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('removes unused notes and renumbers in one command', async () => {
    const { document } = await openUntitledEssay(api, 'plaintext', 'Growth\n\nExports rose 8 percent.[3] Imports fell 3 percent.[1]\n\nNotes\n\n[1] A. Author, “Imports,” 2020.\n\n[2] Unused, “Old,” 2019.\n\n[3] B. Author, “Exports,” 2021.\n', (s) => s.notes.notes.length === 3);
    await vscode.commands.executeCommand('policyReview.fixAllInEssay');
    await until(vscode.workspace.onDidChangeTextDocument, () => !document.getText().includes('Unused'), 'the fix-all edit');
    assert.equal(
      document.getText(),
      'Growth\n\nExports rose 8 percent.[1] Imports fell 3 percent.[2]\n\nNotes\n\n[1] B. Author, “Exports,” 2021.\n\n[2] A. Author, “Imports,” 2020.\n',
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('ignores a plain-text claim in its file through the settings, and its warning goes', async () => {
    const uri = editor.document.uri;
    await vscode.commands.executeCommand('policyReview.ignoreClaimInFile', uri.toString(), 'over 4,300 kilometers');
    const settings = vscode.workspace.getConfiguration('policyReview', uri);
    assert.deepEqual(settings.get('ignoredClaims'), { 'sino-russian-relations.txt': ['over 4,300 kilometers'] });
    await until(
      vscode.languages.onDidChangeDiagnostics,
      () => !vscode.languages.getDiagnostics(uri).some((d) => d.message.includes('over 4,300 kilometers')),
      'the claim to be ignored',
    );
    // Leave the essay as the other suites expect it: the warning back.
    await settings.update('ignoredClaims', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    await until(
      vscode.languages.onDidChangeDiagnostics,
      () => vscode.languages.getDiagnostics(uri).some((d) => d.message.includes('over 4,300 kilometers')),
      'the claim to be reported again',
    );
    // The views refresh a moment after the diagnostics: the next suite must not read the ignored state.
    await snapshotOf(api, editor.document, (s) => s.sections.sections.some((section) => section.uncitedCount > 0));
  });
});
