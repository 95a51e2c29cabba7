// Runs inside VS Code's extension host with the real `vscode` API.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { diagnosticsOf, folder, positionOf, sampleUri } from './support';

const hoverText = (hovers: vscode.Hover[]) =>
  hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');

describe('Policy Review in VS Code', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = await vscode.workspace.openTextDocument(sampleUri());
    await vscode.window.showTextDocument(document);
  });

  it('activates for the plain-text essay', async () => {
    const extension = vscode.extensions.all.find((e) => e.packageJSON.name === 'policy-review');
    assert.ok(extension, 'the extension is installed');
    await diagnosticsOf(document.uri);
    assert.ok(extension.isActive);
  });

  it('underlines the one uncited claim on line 58, and nothing else above information', async () => {
    const diagnostics = await diagnosticsOf(document.uri);
    const serious = diagnostics.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(
      serious.map((d) => [d.range.start.line + 1, String(typeof d.code === 'object' ? d.code.value : d.code), document.getText(d.range)]),
      [[58, 'uncited-claim', 'over 4,300 kilometers']],
    );
    assert.ok(diagnostics.every((d) => d.source === 'policy-review'));
  });

  it('previews the cited source when hovering [9]', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, '[9]'));
    assert.match(hoverText(hovers), /SCIO Briefing on China's Import and Export of 2021/);
  });

  it('goes from marker [16] to note 16', async () => {
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      document.uri,
      positionOf(document, '[16]'),
    );
    const target = locations[0];
    const range = 'targetRange' in target ? target.targetRange : target.range;
    assert.ok(document.lineAt(range.start.line).text.startsWith('[16] '), document.lineAt(range.start.line).text);
  });

  it('lists the eleven sections and the Notes group as document symbols', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('The Endogenous Power and Independent Value'), names.join(' | '));
    assert.equal(path.basename(document.uri.fsPath), 'sino-russian-relations.txt');
  });

  it('opens .essay files in the Essay language and checks them as plain text', async () => {
    const copy = vscode.Uri.joinPath(folder(), 'sino-russian-relations.essay');
    await vscode.workspace.fs.copy(sampleUri(), copy, { overwrite: true });
    const essay = await vscode.workspace.openTextDocument(copy);
    assert.equal(essay.languageId, 'essay');
    const uncited = (await diagnosticsOf(copy)).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(uncited.map((d) => [d.range.start.line + 1, essay.getText(d.range)]), [[58, 'over 4,300 kilometers']]);
    assert.equal(vscode.workspace.getConfiguration('editor', essay).get('wordWrap'), 'on', 'essays wrap by default');
  });
});
