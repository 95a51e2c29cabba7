import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, uriOf } from '../support/lspClient';
import { repoPath } from '../support/paths';
import { positionOf, textIn } from '../support/textPositions';

const SAMPLE = repoPath('examples', 'sino-russian-relations.txt');
const SAMPLE_MD = repoPath('test', 'fixtures', 'markdown', 'sino-russian-relations.md');
const EXPECTED = JSON.parse(readFileSync(repoPath('test', 'corpus', 'sino-russian-relations.expected.json'), 'utf8'));
/** The rules the sample's expectation file speaks for; source-quality rules have their own tests. */
const FOOTNOTE_AND_CLAIM_RULES = new Set(['uncited-claim', 'undefined-footnote', 'unused-footnote', 'duplicate-footnote', 'footnote-order']);

function reading(text: string, diagnostics: Diagnostic[]) {
  return diagnostics
    .filter((d) => FOOTNOTE_AND_CLAIM_RULES.has(String(d.code)))
    .map((d) => ({ rule: d.code, line: d.range.start.line + 1, text: textIn(text, d.range) }));
}

describe('language server: diagnostics', () => {
  let client: LspTestClient;
  beforeEach(async () => {
    client = await LspTestClient.start();
  });
  afterEach(async () => {
    await client.stop();
  });

  it('publishes exactly the sample essay’s expected findings on open', async () => {
    const { diagnostics } = await client.openFile(SAMPLE);
    const text = client.text(uriOf(SAMPLE));
    assert.equal(EXPECTED.footnote_diagnostics.length, 0);
    assert.deepEqual(
      reading(text, diagnostics),
      EXPECTED.uncited_claims.map((c: { line: number; text: string }) => ({ rule: 'uncited-claim', line: c.line, text: c.text })),
    );
    const uncited = diagnostics.find((d) => d.code === 'uncited-claim')!;
    assert.equal(uncited.severity, DiagnosticSeverity.Warning);
    assert.equal(uncited.source, 'policy-review');
    assert.equal(uncited.codeDescription?.href, 'https://github.com/policy-review/policy-review#rule-uncited-claim');
    assert.equal((uncited.data as { kind: string }).kind, 'add-citation');
    for (const d of diagnostics) assert.equal(d.source, 'policy-review');
  });

  it('reads the Markdown sample over the same server with the same findings', async () => {
    const { diagnostics } = await client.openFile(SAMPLE_MD, 'markdown');
    const text = client.text(uriOf(SAMPLE_MD));
    assert.deepEqual(reading(text, diagnostics), [{ rule: 'uncited-claim', line: positionOf(text, 'over 4,300').line + 1, text: 'over 4,300 kilometers' }]);
  });

  it('re-checks after an incremental change, publishing for the new version', async () => {
    const uri = 'untitled:essay-1';
    const first = await client.open(uri, 'A Title\n\nTrade grew.[1]\n\n[1] A source.\n');
    assert.deepEqual(first.diagnostics, []);
    const at = positionOf(client.text(uri), '[1] A source');
    const second = await client.change(uri, [{ range: { start: at, end: { line: at.line, character: at.character + 3 } }, text: '[2]' }]);
    assert.equal(second.version, 2);
    assert.deepEqual(second.diagnostics.map((d) => d.code).sort(), ['footnote-order', 'undefined-footnote', 'unused-footnote']);
    const unused = second.diagnostics.find((d) => d.code === 'unused-footnote')!;
    assert.deepEqual(unused.tags, [DiagnosticTag.Unnecessary]);
  });

  it('points a duplicate note at the first definition', async () => {
    const uri = 'untitled:essay-2';
    const text = 'A Title\n\nTrade grew.[1]\n\n[1] First.\n\n[1] Again.\n';
    const { diagnostics } = await client.open(uri, text);
    const duplicate = diagnostics.find((d) => d.code === 'duplicate-footnote')!;
    assert.equal(duplicate.severity, DiagnosticSeverity.Error);
    assert.equal(duplicate.relatedInformation?.length, 1);
    assert.deepEqual(duplicate.relatedInformation![0].location.range.start, positionOf(text, '1] First.'));
  });

  it('clears the diagnostics of a closed essay', async () => {
    const uri = 'untitled:essay-3';
    await client.open(uri, 'A Title\n\nIt grew 38 percent.\n');
    const closed = await client.close(uri);
    assert.deepEqual(closed.diagnostics, []);
  });
});

describe('language server: settings', () => {
  const uri = 'untitled:settings';
  const text = 'A Title\n\nTrade grew 38 percent. It said so.[1]\n\n[1] A source.\n';

  it('uses the resource settings the client gives and re-checks when they change', async () => {
    const client = await LspTestClient.start({ settings: { rules: { 'uncited-claim': 'error' } } });
    try {
      const first = await client.open(uri, text);
      assert.deepEqual(first.diagnostics.map((d) => [d.code, d.severity]), [['uncited-claim', DiagnosticSeverity.Error]]);
      const recheck = client.nextDiagnostics(uri);
      await client.changeSettings({ citationScope: 'paragraph' });
      assert.deepEqual((await recheck).diagnostics, [], 'with the paragraph scope the later marker cites the claim');
    } finally {
      await client.stop();
    }
  });

  it('logs invalid settings clearly and falls back to the defaults', async () => {
    const client = await LspTestClient.start({ settings: { citationScope: 'page', rules: { 'uncited-claim': 'loud', 'no-such-rule': 'off' } } });
    try {
      const { diagnostics } = await client.open(uri, text);
      assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['uncited-claim', DiagnosticSeverity.Warning]]);
      const line = await client.logContaining('invalid settings');
      assert.match(line, /citationScope must be "sentence" or "paragraph"/);
      assert.match(line, /rules\.uncited-claim must be one of/);
      assert.match(line, /unknown rule "no-such-rule"/);
      assert.match(line, /default is used/);
    } finally {
      await client.stop();
    }
  });

  it('leaves the claims listed for this file in policyReview.ignoredClaims alone', async () => {
    const client = await LspTestClient.start({ settings: { ignoredClaims: { 'essays/fed.txt': ['38 percent'], 'other.txt': ['12 percent'] } } });
    try {
      const essay = 'A Title\n\nTrade grew 38 percent. Imports fell 12 percent.\n';
      const { diagnostics } = await client.open('file:///work/essays/fed.txt', essay);
      assert.deepEqual(diagnostics.map((d) => d.message), ['Uncited statistic (change): “12 percent”']);
    } finally {
      await client.stop();
    }
  });

  it('takes pushed settings from a client that cannot be asked', async () => {
    const client = await LspTestClient.start({ pullSettings: false, settings: { rules: { 'uncited-claim': 'off' } } });
    try {
      const { diagnostics } = await client.open(uri, text);
      assert.deepEqual(diagnostics, []);
    } finally {
      await client.stop();
    }
  });
});
