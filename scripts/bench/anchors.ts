// The tools a user would otherwise run, measured on the same inputs as ours:
// remark-parse + remark-gfm alone, markdownlint with its default rules, and
// VS Code's own Markdown language service (document symbols + diagnostics).
import MarkdownIt from 'markdown-it';
import { lint } from 'markdownlint/sync';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { CancellationTokenSource, Emitter } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, DiagnosticLevel, githubSlugifier, type IMdLanguageService, type IMdParser, type ITextDocument, type IWorkspace, LogLevel } from 'vscode-markdown-languageservice';
import type { URI } from 'vscode-uri';

const remark = unified().use(remarkParse).use(remarkGfm);

export function remarkParseOnly(text: string): number {
  return (remark.parse(text) as { children: unknown[] }).children.length;
}

export function markdownlintDefault(text: string): number {
  const results = lint({ strings: { essay: text } });
  return results.essay.length;
}

/** A one-document workspace, as an editor with one Markdown file open gives the service. */
function singleDocumentWorkspace(document: ITextDocument): IWorkspace {
  const never = new Emitter<never>().event;
  return {
    workspaceFolders: [],
    onDidChangeMarkdownDocument: never,
    onDidCreateMarkdownDocument: never,
    onDidDeleteMarkdownDocument: never,
    getAllMarkdownDocuments: async () => [document],
    hasMarkdownDocument: (uri: URI) => uri.toString() === document.uri,
    openMarkdownDocument: async (uri: URI) => (uri.toString() === document.uri ? document : undefined),
    stat: async () => undefined,
    readDirectory: async () => [],
  } as unknown as IWorkspace;
}

const markdownIt = new MarkdownIt('commonmark', { html: true });
const parser: IMdParser = {
  slugifier: githubSlugifier,
  tokenize: async (document) => markdownIt.parse(document.getText(), {}),
};

export async function markdownLanguageService(text: string): Promise<number> {
  const document = TextDocument.create('file:///bench/essay.md', 'markdown', 1, text);
  const service: IMdLanguageService = createLanguageService({
    workspace: singleDocumentWorkspace(document),
    parser,
    logger: { level: LogLevel.Off, log: () => undefined },
  });
  const token = new CancellationTokenSource().token;
  const symbols = await service.getDocumentSymbols(document, { includeLinkDefinitions: true }, token);
  const diagnostics = await service.computeDiagnostics(
    document,
    {
      validateReferences: DiagnosticLevel.warning,
      validateFragmentLinks: DiagnosticLevel.warning,
      validateFileLinks: DiagnosticLevel.warning,
      validateMarkdownFileLinkFragments: DiagnosticLevel.warning,
      validateUnusedLinkDefinitions: DiagnosticLevel.warning,
      validateDuplicateLinkDefinitions: DiagnosticLevel.warning,
      ignoreLinks: [],
    },
    token,
  );
  service.dispose();
  return symbols.length + diagnostics.length;
}
