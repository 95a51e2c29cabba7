// The language server measured over stdio with a real LSP client: start to
// first diagnostics on the sample essay, a one-character change on a 1 MB
// essay to fresh diagnostics, and hover on a marker.
import { performance } from 'node:perf_hooks';
import { HoverRequest } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../../test/support/lspClient';
import { repoPath } from '../../test/support/paths';
import { LineIndex } from '../../server/src/core/lines';
import { samplePlain } from '../support/growPlainEssay';
import { percentile } from '../support/stats';

const round = (n: number) => Math.round(n * 10) / 10;

export async function serverFigures(largePlainEssay: string, largeMarkdownEssay: string): Promise<Record<string, number>> {
  // Start to first diagnostics: a new server process each time, as an editor starting up.
  const starts: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const client = await LspTestClient.start();
    try {
      await client.open('untitled:sample', samplePlain(repoPath()));
      starts.push(performance.now() - started);
    } finally {
      await client.stop();
    }
  }
  // Keystrokes and hovers on a 1 MB essay, the typing delay set to 0 so the figure is the server's own work.
  const client = await LspTestClient.start({ initializationOptions: { changeDebounceMs: 0 } });
  const hovers: number[] = [];
  let plain: number[];
  let markdown: number[];
  try {
    plain = await keystrokes(client, 'untitled:large', largePlainEssay, 'plaintext');
    markdown = await keystrokes(client, 'file:///bench/large.md', largeMarkdownEssay, 'markdown');
    const uri = 'untitled:large';
    const text = client.text(uri);
    const marker = text.indexOf('[9]', text.length / 2);
    for (let i = 0; i < 50; i++) {
      const started = performance.now();
      await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionAt(text, marker + 1) });
      hovers.push(performance.now() - started);
    }
  } finally {
    await client.stop();
  }
  return {
    startToFirstDiagnosticsMs: round(percentile(starts, 0.5)),
    changeP50Ms: round(percentile(plain, 0.5)),
    changeP95Ms: round(percentile(plain, 0.95)),
    markdownChangeP50Ms: round(percentile(markdown, 0.5)),
    markdownChangeP95Ms: round(percentile(markdown, 0.95)),
    hoverP50Ms: round(percentile(hovers, 0.5)),
    hoverP95Ms: round(percentile(hovers, 0.95)),
  };
}

/** 50 one-character edits in a paragraph in the middle of the essay: each one's time to fresh diagnostics. */
async function keystrokes(client: LspTestClient, uri: string, essay: string, languageId: string): Promise<number[]> {
  await client.open(uri, essay, languageId);
  const anchor = essay.indexOf('mutual trust', essay.length / 2);
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const text = client.text(uri);
    const position = positionAt(text, anchor + (i % 5));
    const started = performance.now();
    await client.change(uri, [{ range: { start: position, end: position }, text: 'x' }]);
    times.push(performance.now() - started);
  }
  return times;
}

const positionAt = (text: string, offset: number) => new LineIndex(text).positionAt(offset);
