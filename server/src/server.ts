// LSP wiring only: capabilities, the document store and routing to features.
// Runs under VS Code (IPC) and standalone as `policy-review-server --stdio`.
import {
  createConnection,
  type Connection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalyses } from './documentAnalyses';
import { toDiagnostics } from './features/diagnostics';
import { readEditorSettings } from './settings';

/** Typing settles before the essay is checked again. */
const CHANGE_DEBOUNCE_MS = 250;

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new DocumentAnalyses();
  const pending = new Map<string, NodeJS.Timeout>();
  let hasConfiguration = false;

  const publish = async (document: TextDocument) => {
    try {
      if (hasConfiguration) {
        const raw = await connection.workspace.getConfiguration({ scopeUri: document.uri, section: 'policyReview' });
        const { options, problems } = readEditorSettings(raw);
        if (problems.length > 0) connection.console.warn(`Policy Review settings: ${problems.join('; ')}`);
        analyses.setOptions(options);
      }
      if (documents.get(document.uri)?.version !== document.version) return; // a newer version is on its way
      const analysis = await analyses.get(document);
      if (documents.get(document.uri)?.version !== document.version) return;
      void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: toDiagnostics(document.uri, analysis.model, analysis.findings) });
    } catch (error) {
      connection.console.error(`Policy Review could not check ${document.uri}: ${(error as Error)?.stack ?? String(error)}`);
      void connection.sendDiagnostics({
        uri: document.uri,
        diagnostics: [
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: 1,
            source: 'policy-review',
            message: `Policy Review could not check this essay: ${(error as Error)?.message ?? String(error)}`,
          },
        ],
      });
    }
  };

  const schedule = (document: TextDocument, delay: number) => {
    clearTimeout(pending.get(document.uri));
    pending.set(document.uri, setTimeout(() => {
      pending.delete(document.uri);
      const current = documents.get(document.uri);
      if (current) void publish(current);
    }, delay));
  };

  connection.onInitialize((params) => {
    hasConfiguration = params.capabilities.workspace?.configuration === true;
    return {
      capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental },
      serverInfo: { name: 'policy-review-server' },
    };
  });
  connection.onDidChangeConfiguration(() => {
    analyses.clear();
    for (const document of documents.all()) schedule(document, 0);
  });

  documents.onDidOpen(({ document }) => schedule(document, 0));
  documents.onDidChangeContent(({ document }) => schedule(document, CHANGE_DEBOUNCE_MS));
  documents.onDidClose(({ document }) => {
    clearTimeout(pending.get(document.uri));
    pending.delete(document.uri);
    analyses.forget(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onShutdown(() => analyses.dispose());

  documents.listen(connection);
  connection.listen();
}

if (require.main === module) startServer();
