// The Sections and References views, read through their tree data providers
// as VS Code reads them: the rows, their descriptions, icons and click commands.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { PolicyReviewApi } from '../../../client/src/extension';
import type { ReferenceNode } from '../../../client/src/views/referencesTree';
import { type SectionNode, SECTIONS_VIEW } from '../../../client/src/views/sectionsTree';
import { moveCursor, openSample, openUntitledEssay, policyReview, positionOf, snapshotOf, until } from './support';

function allSections(nodes: SectionNode[]): SectionNode[] {
  return nodes.flatMap((node) => [node, ...allSections(node.children)]);
}

const iconId = (item: vscode.TreeItem) => (item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined);
const labelOf = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label);

describe('the Sections and References views', () => {
  let api: PolicyReviewApi;
  let editor: vscode.TextEditor;

  before(async () => {
    api = await policyReview();
    editor = await openSample(api);
  });

  it('lists the eleven sections with their claim counts, the uncited one marked', () => {
    const sections = allSections(api.sections.getChildren());
    assert.equal(sections.length, 11, sections.map((s) => s.section.title).join(' | '));
    const endogenous = sections.find((s) => s.section.title === 'The Endogenous Power and Independent Value');
    assert.ok(endogenous);
    const item = api.sections.getTreeItem(endogenous);
    assert.match(String(item.description), /^\d+ claims? · 1 uncited$/);
    assert.equal(iconId(item), 'warning');
    const others = sections.filter((s) => s !== endogenous).map((s) => api.sections.getTreeItem(s));
    assert.ok(others.every((i) => iconId(i) !== 'warning' && !String(i.description).includes('uncited')));
  });

  it('lists the twenty notes with author — title and how often each is cited', () => {
    const roots = api.references.getChildren();
    assert.equal(roots.length, 20, 'no "Needs attention" group: every note is cited and every marker has a note');
    const nine = roots[8];
    assert.equal(nine.kind, 'note');
    const item = api.references.getTreeItem(nine);
    assert.match(String(labelOf(item)), /^\[9\] .*SCIO Briefing on China's Import and Export of 2021/);
    assert.equal(item.description, 'cited once');
    const one = api.references.getTreeItem(roots[0]);
    assert.match(String(labelOf(one)), /^\[1\] Andrea Shalal and Marek Strzelecki — Russia's G20 Membership/);
    const [citation] = api.references.getChildren(nine);
    assert.match(String(labelOf(api.references.getTreeItem(citation))), /^In 2021, the ASEAN/);
  });

  it('moves the cursor to a heading when its section is clicked', async () => {
    const node = allSections(api.sections.getChildren()).find((s) => s.section.title === 'A Complex of Opportunities and Risks')!;
    const command = api.sections.getTreeItem(node).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.lineAt(active.selection.active.line).text.trim(), 'A Complex of Opportunities and Risks');
  });

  it('jumps from a citing sentence to its marker', async () => {
    const nine = api.references.getChildren()[8];
    const command = api.references.getTreeItem(api.references.getChildren(nine)[0]).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.getText(active.selection), '[9]');
  });

  it('selects the section under the cursor as it moves', async () => {
    await vscode.commands.executeCommand(`${SECTIONS_VIEW}.focus`);
    await until(api.sectionsView.onDidChangeVisibility, () => api.sectionsView.visible, 'the Sections view to show');
    await vscode.window.showTextDocument(editor.document, { preserveFocus: false, viewColumn: editor.viewColumn });
    const selected = () => api.sectionsView.selection[0]?.section.title;
    moveCursor(vscode.window.activeTextEditor!, positionOf(editor.document, 'over 4,300 kilometers'));
    await until(api.sectionsView.onDidChangeSelection, () => selected() === 'The Endogenous Power and Independent Value', 'the selection to follow the cursor');
    moveCursor(vscode.window.activeTextEditor!, positionOf(editor.document, 'SWIFT system'));
    await until(api.sectionsView.onDidChangeSelection, () => selected() === 'A Complex of Opportunities and Risks', 'the selection to follow the cursor');
  });

  it('refreshes after an edit: a marker with no note and an unused note gather under "Needs attention"', async () => {
    const draft = await openUntitledEssay(api, 'plaintext', 'Trade\n\nTrade grew by 12 percent in 2021.[1]\n\nNotes\n\n[1] Jane Doe, “Trade in 2021,” Example Press, March 3, 2022.\n', (s) => s.notes.notes.length === 1);
    const document = draft.document;
    assert.deepEqual(api.references.getChildren().map((n) => n.kind), ['note']);
    await draft.edit((edit) => {
      edit.replace(new vscode.Range(positionOf(document, '[1]\n', 0), positionOf(document, '[1]\n', 3)), '[2]');
    });
    await snapshotOf(api, document, (s) => s.notes.undefinedMarkers.length === 1);
    const [attention] = api.references.getChildren();
    assert.equal(attention.kind, 'attention');
    const rows = api.references.getChildren(attention).map((n: ReferenceNode) => api.references.getTreeItem(n));
    assert.deepEqual(rows.map(labelOf), ['[2] has no note', '[1] Jane Doe — Trade in 2021']);
    assert.ok(rows.every((row) => iconId(row) === 'warning'));
    assert.equal(api.references.getTreeItem(attention).description, '2');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('nests Markdown subsections under their section', async () => {
    await openUntitledEssay(api, 'markdown', '# Trade\n\nExports rose by 8 percent.[^a]\n\n## Exports\n\nImports fell by 3 percent.\n\n## Imports\n\nText.\n\n# Energy\n\nText.\n\n[^a]: A. Author, “Exports,” 2021.\n', (s) => s.sections.sections.length === 4);
    const tree = (nodes: SectionNode[]): unknown[] => nodes.map((n) => (n.children.length ? [n.section.title, tree(n.children)] : n.section.title));
    assert.deepEqual(tree(api.sections.getChildren()), [['Trade', ['Exports', 'Imports']], 'Energy']);
    const trade = api.sections.getChildren()[0];
    assert.equal(api.sections.getTreeItem(trade).description, '2 claims · 1 uncited', 'counts include subsections');
    assert.equal(api.sections.getParent(trade.children[1]), trade);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('shows nothing (the welcome text) when no essay is active', async () => {
    const other = await vscode.workspace.openTextDocument({ language: 'json', content: '{}' });
    await vscode.window.showTextDocument(other);
    await until(api.essay.onDidChange, () => api.essay.snapshot === undefined, 'the views to empty');
    assert.deepEqual(api.sections.getChildren(), []);
    assert.deepEqual(api.references.getChildren(), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
