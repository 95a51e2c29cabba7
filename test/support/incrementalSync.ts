// Random edit scripts against the running server: after each one, the
// server's copy of the text must equal the client's, and its diagnostics must
// equal those of a fresh full analysis of that text (the server may re-read
// only the edited paragraph; this is what proves the shortcut safe).
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyseEssay } from '../../server/src/core/analyse';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { TextDigestRequest } from '../../server/src/protocol';
import { generateEssay, type Random, seededRandom } from './essayGenerator';
import { generateHostileDocument } from './hostileDocuments';
import type { LspTestClient } from './lspClient';

const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** What typing does: a character or a word, a new line, a pasted marker or note, a deletion. */
const TYPED = ['a', ' ', '.', '5', '%', '\n', '\r\n', '\n\n', '[1]', '[2]', '[^1]', ' 12 percent', 'Notes\n', '\n[3] Doe, "T," 2020.', '😀', '\uD800', '# ', '> ', '-'];

/** 1–4 changes, each relative to the text the previous one left (as LSP applies them). */
function editScript(random: Random, text: string): TextDocumentContentChangeEvent[] {
  let document = TextDocument.create('edit:doc', 'plaintext', 0, text);
  const changes: TextDocumentContentChangeEvent[] = [];
  for (let n = int(random, 1, 4); n > 0; n--) {
    const length = document.getText().length;
    const start = int(random, 0, length);
    const end = Math.min(length, start + (random() < 0.5 ? 0 : int(random, 1, 30)));
    const inserted = random() < 0.2 ? '' : random() < 0.8 ? TYPED[int(random, 0, TYPED.length - 1)] : generateHostileDocument(random).text.slice(0, 60);
    const change = { range: { start: document.positionAt(start), end: document.positionAt(end) }, text: inserted };
    changes.push(change);
    document = TextDocument.update(document, [change], document.version + 1);
  }
  return changes;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf16le').digest('hex');
}

export interface SyncReport {
  scripts: number;
  changes: number;
  textMismatches: number;
  diagnosticMismatches: number;
  firstMismatch?: string;
}

/**
 * Opens one generated essay per `scriptsPerDocument` scripts and edits it.
 * The client must have been started with `changeDebounceMs: 0`.
 */
export async function runEditScripts(client: LspTestClient, seed: number, scripts: number, scriptsPerDocument = 50): Promise<SyncReport> {
  const random = seededRandom(seed);
  const report: SyncReport = { scripts: 0, changes: 0, textMismatches: 0, diagnosticMismatches: 0 };
  for (let doc = 0; report.scripts < scripts; doc++) {
    const essay = generateEssay(random);
    const uri = `untitled:sync-${seed}-${doc}${essay.format === 'markdown' ? '.md' : '.txt'}`;
    await client.open(uri, essay.text, essay.format === 'markdown' ? 'markdown' : 'plaintext');
    for (let s = 0; s < scriptsPerDocument && report.scripts < scripts; s++) {
      const changes = editScript(random, client.text(uri));
      const published = await client.change(uri, changes);
      report.scripts++;
      report.changes += changes.length;
      const reference = client.text(uri);
      const digest = await client.connection.sendRequest(TextDigestRequest, { textDocument: { uri } });
      if (!digest || digest.sha256 !== sha256(reference) || digest.length !== reference.length) {
        report.textMismatches++;
        report.firstMismatch ??= `text differs after script ${report.scripts} (seed ${seed}): ${JSON.stringify(reference)}`;
      }
      const fresh = analyseEssay(reference, { format: essay.format });
      const expected = JSON.parse(JSON.stringify(toDiagnostics(uri, fresh.model, fresh.findings)));
      try {
        assert.deepStrictEqual(published.diagnostics, expected);
      } catch (error) {
        report.diagnosticMismatches++;
        report.firstMismatch ??= `diagnostics differ after script ${report.scripts} (seed ${seed}), text ${JSON.stringify(reference)}:\n${(error as Error).message}`;
      }
    }
    await client.close(uri);
  }
  return report;
}
