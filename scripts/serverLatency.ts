// Figures for the language server, measured over stdio with a real LSP client:
//   - didOpen → first diagnostics for the sample essay (a fresh server each time, and warm);
//   - a one-character didChange → fresh diagnostics on a ~1 MB essay (plain and Markdown),
//     which includes the server's 250 ms typing debounce.
// Run: node esbuild.mjs --scripts && node out/scripts/serverLatency.js
import { performance } from 'node:perf_hooks';
import { LspTestClient } from '../test/support/lspClient';
import { repoPath } from '../test/support/paths';
import { growMarkdownEssay, sampleMarkdown } from './support/generateEssays';
import { growPlainEssay, samplePlain } from './support/growPlainEssay';
import { median } from './support/stats';

const RUNS = 7;
const DEBOUNCE_MS = 250;
const root = repoPath();

const roundedMedian = (values: number[]) => Math.round(median(values));

async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

async function openSample(): Promise<{ cold: number[]; warm: number[] }> {
  const text = samplePlain(root);
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const client = await LspTestClient.start();
    try {
      cold.push(await timed(() => client.open(`untitled:sample-${run}`, text)));
      warm.push(await timed(() => client.open(`untitled:sample-${run}-again`, text)));
    } finally {
      await client.stop();
    }
  }
  return { cold, warm };
}

/** Opens a large essay, then types one character at a time in the middle of a paragraph. */
async function typeInLargeEssay(text: string, languageId: string, uri: string): Promise<{ chars: number; open: number; change: number[] }> {
  const client = await LspTestClient.start();
  try {
    const open = await timed(() => client.open(uri, text, languageId));
    const anchor = text.indexOf('mutual trust', text.length / 2);
    const change: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const lines = client.text(uri).slice(0, anchor + run).split(/\r?\n/);
      const position = { line: lines.length - 1, character: lines[lines.length - 1].length };
      change.push(await timed(() => client.change(uri, [{ range: { start: position, end: position }, text: 'x' }])));
    }
    return { chars: text.length, open, change };
  } finally {
    await client.stop();
  }
}

async function main(): Promise<void> {
  const sample = await openSample();
  const plain = await typeInLargeEssay(growPlainEssay(samplePlain(root), 1_000_000), 'plaintext', 'untitled:large.txt');
  const markdown = await typeInLargeEssay(growMarkdownEssay(sampleMarkdown(root), 1_000_000), 'markdown', 'untitled:large.md');
  const result = {
    runs: RUNS,
    sampleEssay: { didOpenToDiagnosticsMs: { freshServerMedian: roundedMedian(sample.cold), warmMedian: roundedMedian(sample.warm) } },
    oneCharacterChange: Object.fromEntries(
      [['plain', plain], ['markdown', markdown] as const].map(([name, m]) => [
        name,
        {
          essayChars: (m as typeof plain).chars,
          didOpenToDiagnosticsMs: Math.round((m as typeof plain).open),
          didChangeToDiagnosticsMedianMs: roundedMedian((m as typeof plain).change),
          ofWhichDebounceMs: DEBOUNCE_MS,
        },
      ]),
    ),
  };
  console.log(JSON.stringify(result, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
