// Runs inside VS Code's extension host with the real `vscode` API.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';

const folder = () => vscode.workspace.workspaceFolders![0].uri;
const sampleUri = () => vscode.Uri.joinPath(folder(), 'sino-russian-relations.txt');

/** Resolves with the document's diagnostics once the server has published some. */
function diagnosticsOf(uri: vscode.Uri, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const current = vscode.languages.getDiagnostics(uri);
    if (current.length > 0) return resolve(current);
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`no diagnostics for ${uri.toString()} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (diagnostics.length === 0) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(diagnostics);
    });
  });
}

function positionOf(document: vscode.TextDocument, needle: string): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} not found`);
  return document.positionAt(offset + 1);
}

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
});
