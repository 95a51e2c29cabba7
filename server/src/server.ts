// LSP wiring only: capabilities, the document store and routing to features.
// Runs under VS Code (IPC) and standalone as `policy-review-server --stdio`.
import {
  type CancellationToken,
  CodeActionKind,
  createConnection,
  type Connection,
  DidChangeConfigurationNotification,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './core/analyse';
import type { ReviewOptions } from './core/options';
import { DocumentAnalyses } from './documentAnalyses';
import { codeActions, FIX_ALL_KIND } from './features/codeActions';
import { runServerCommand, SERVER_COMMANDS } from './features/commands';
import { definition } from './features/definition';
import { toDiagnostics } from './features/diagnostics';
import { documentLinks } from './features/documentLinks';
import { documentSymbols } from './features/documentSymbols';
import { notesTree, sectionsTree } from './features/essayTree';
import { foldingRanges } from './features/folding';
import { hover } from './features/hover';
import { references } from './features/references';
import { prepareRename, rename, RenameRefused } from './features/rename';
import { textDigest } from './features/textDigest';
import { workspaceSymbols } from './features/workspaceSymbols';
import { guarded, throwIfCancelled } from './guard';
import { NotesRequest, SectionsRequest, TextDigestRequest } from './protocol';
import { SettingsStore } from './settingsStore';

/** Typing settles before the essay is checked again (a client may ask for another delay at initialize). */
const CHANGE_DEBOUNCE_MS = 250;

interface Analysed {
  document: TextDocument;
  /** The version analysed: TextDocuments updates documents in place, so read it before awaiting. */
  version: number;
  options: ReviewOptions;
  analysis: Analysis;
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new DocumentAnalyses();
  /** The check waiting to run for each document, and the version it was scheduled for. */
  const pending = new Map<string, { version: number; timer: NodeJS.Timeout }>();
  let canPullSettings = false;
  let canRegisterConfiguration = false;
  let canTakeSnippetEdits = false;
  let changeDebounceMs = CHANGE_DEBOUNCE_MS;
  const settings = new SettingsStore(connection, () => canPullSettings);

  /** The analysis of a document's current version, or undefined when it is not open. */
  const analysed = async (uri: string, token: CancellationToken): Promise<Analysed | undefined> => {
    throwIfCancelled(token);
    const document = documents.get(uri);
    if (!document) return undefined;
    const options = await settings.optionsFor(uri);
    throwIfCancelled(token);
    const version = document.version;
    const analysis = await analyses.get(document, options);
    throwIfCancelled(token);
    return { document, version, options, analysis };
  };

  const publish = async (document: TextDocument) => {
    // TextDocuments updates a document in place: hold on to the version this check is for.
    const version = document.version;
    try {
      const options = await settings.optionsFor(document.uri);
      if (documents.get(document.uri)?.version !== version) return; // a newer version is on its way
      const analysis = await analyses.get(document, options);
      if (documents.get(document.uri)?.version !== version) return;
      void connection.sendDiagnostics({ uri: document.uri, version, diagnostics: toDiagnostics(document.uri, analysis.model, analysis.findings) });
    } catch (error) {
      if (documents.get(document.uri)?.version !== version) return; // the newer version gets its own check
      connection.console.error(`Policy Review could not check ${document.uri}: ${(error as Error)?.stack ?? String(error)}`);
      void connection.sendDiagnostics({
        uri: document.uri,
        version,
        diagnostics: [
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: 1,
            code: 'analysis-error',
            source: 'policy-review',
            message: `Policy Review could not check this essay: ${(error as Error)?.message ?? String(error)}`,
          },
        ],
      });
    }
  };

  const schedule = (document: TextDocument, delay: number) => {
    clearTimeout(pending.get(document.uri)?.timer);
    const timer = setTimeout(() => {
      pending.delete(document.uri);
      const current = documents.get(document.uri);
      if (current) void publish(current);
    }, delay);
    pending.set(document.uri, { version: document.version, timer });
  };

  connection.onInitialize((params) => {
    const capabilities = params.capabilities;
    canPullSettings = capabilities.workspace?.configuration === true;
    canRegisterConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    const canPrepareRename = capabilities.textDocument?.rename?.prepareSupport === true;
    canTakeSnippetEdits = capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
    // initializationOptions.changeDebounceMs: measurements and slow typists may want another delay.
    const requested = (params.initializationOptions as { changeDebounceMs?: unknown } | undefined)?.changeDebounceMs;
    if (typeof requested === 'number' && Number.isFinite(requested) && requested >= 0 && requested <= 5000) changeDebounceMs = requested;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: { label: 'Policy Review' },
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
        renameProvider: canPrepareRename ? { prepareProvider: true } : true,
      },
      serverInfo: { name: 'policy-review-server', version: typeof POLICY_REVIEW_VERSION === 'string' ? POLICY_REVIEW_VERSION : '0.0.0-dev' },
    };
  });
  connection.onInitialized(() => {
    // Clients that pull settings only tell us of changes once we ask for the notification.
    if (!canRegisterConfiguration) return;
    connection.client.register(DidChangeConfigurationNotification.type, { section: 'policyReview' }).catch((error: unknown) => {
      connection.console.warn(`Policy Review: could not ask for settings changes (${(error as Error)?.message ?? String(error)}).`);
    });
  });
  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { policyReview?: unknown } | null | undefined)?.policyReview;
    settings.changed(pushed);
    for (const document of documents.all()) schedule(document, 0);
  });

  documents.onDidOpen(({ document }) => schedule(document, 0));
  documents.onDidChangeContent(({ document }) => {
    // TextDocuments reports an open as a change too: the open's immediate check stands.
    if (pending.get(document.uri)?.version === document.version) return;
    schedule(document, changeDebounceMs);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(pending.get(document.uri)?.timer);
    pending.delete(document.uri);
    analyses.forget(document.uri);
    settings.forget(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onHover(guarded(connection, 'hover', null, async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return a ? hover(a.analysis.model, a.analysis.findings, params, a.options.citationScope) : null;
  }));
  connection.onDefinition(guarded(connection, 'definition', null, async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return a ? definition(a.analysis.model, a.document.uri, params) : null;
  }));
  connection.onReferences(guarded(connection, 'references', null, async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return a ? references(a.analysis.model, a.document.uri, params) : null;
  }));
  connection.onDocumentSymbol(guarded(connection, 'document symbols', null, async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return a ? documentSymbols(a.analysis.model) : null;
  }));
  connection.onWorkspaceSymbol(guarded(connection, 'workspace symbols', [], async (params, token) => {
    const essays = [];
    for (const document of documents.all()) {
      const a = await analysed(document.uri, token);
      if (a) essays.push({ uri: a.document.uri, model: a.analysis.model });
    }
    return workspaceSymbols(essays, params);
  }));
  connection.onFoldingRanges(guarded(connection, 'folding ranges', null, async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return a ? foldingRanges(a.analysis.model) : null;
  }));
  connection.onDocumentLinks(guarded(connection, 'document links', null, async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return a ? documentLinks(a.analysis.model) : null;
  }));
  connection.onCodeAction(guarded(connection, 'code actions', null, async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return a ? codeActions({ model: a.analysis.model, version: a.version, snippets: canTakeSnippetEdits }, params) : null;
  }));
  connection.onExecuteCommand(guarded(connection, 'command', null, async (params, token) => {
    // Arguments come from the client: the document's URI, first.
    const uri = params.arguments?.[0];
    if (typeof uri !== 'string') {
      void connection.window.showWarningMessage(`Policy Review: ${params.command} needs an open essay.`);
      return null;
    }
    const a = await analysed(uri, token);
    if (!a) {
      void connection.window.showWarningMessage('Policy Review: that essay is not open.');
      return null;
    }
    // The client names the version it looked at: an edit for another version would land in the wrong place.
    const seenVersion = params.arguments?.[1];
    if (typeof seenVersion === 'number' && seenVersion !== a.version) {
      void connection.window.showInformationMessage('Policy Review: the essay changed meanwhile; run the command again.');
      return null;
    }
    const outcome = runServerCommand(params.command, a.analysis.model, uri, a.version);
    if ('message' in outcome) {
      void connection.window.showInformationMessage(`Policy Review: ${outcome.message}`);
      return null;
    }
    const applied = await connection.workspace.applyEdit({ label: params.command, edit: outcome.edit });
    if (!applied.applied) void connection.window.showWarningMessage(`Policy Review: the edit was not applied${applied.failureReason ? ` (${applied.failureReason})` : ''}.`);
    return null;
  }));
  connection.onPrepareRename(guarded(connection, 'prepare rename', null, async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return a ? refusalsAsErrors(() => prepareRename(a.analysis.model, params)) : null;
  }));
  connection.onRenameRequest(guarded(connection, 'rename', null, async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return a ? refusalsAsErrors(() => rename(a.analysis.model, a.version, params)) : null;
  }));
  connection.onRequest(SectionsRequest, guarded(connection, 'sections', null, async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return a ? sectionsTree(a.analysis.model, a.analysis.findings) : null;
  }));
  connection.onRequest(TextDigestRequest, guarded(connection, 'text digest', null, (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? textDigest(document) : null;
  }));
  connection.onRequest(NotesRequest, guarded(connection, 'notes', null, async (params, token) => {
    const a = await analysed(params.textDocument.uri, token);
    return a ? notesTree(a.analysis.model) : null;
  }));

  connection.onShutdown(() => analyses.dispose());
  // A last safety net: a promise nobody awaited must not end the server.
  process.on('unhandledRejection', (reason) => {
    connection.console.error(`Policy Review: unexpected failure: ${(reason as Error)?.stack ?? String(reason)}`);
  });

  documents.listen(connection);
  connection.listen();
}

/** A refused rename reaches the user as the error's message. */
function refusalsAsErrors<R>(compute: () => R): R {
  try {
    return compute();
  } catch (error) {
    if (error instanceof RenameRefused) throw new ResponseError(LSPErrorCodes.RequestFailed, error.message);
    throw error;
  }
}

declare const POLICY_REVIEW_VERSION: string | undefined;

if (require.main === module) startServer();
