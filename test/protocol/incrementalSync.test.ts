import { strict as assert } from 'node:assert';
import { runEditScripts } from '../support/incrementalSync';
import { LspTestClient } from '../support/lspClient';

/** The light run of `npm test`; `npm run robustness` runs 10,000. */
const SCRIPTS = 250;

describe('language server: incremental sync under random edit scripts', function () {
  this.timeout(120_000);
  let client: LspTestClient;
  before(async () => {
    // No typing delay: each edit's diagnostics are awaited before the next edit.
    client = await LspTestClient.start({ initializationOptions: { changeDebounceMs: 0 } });
  });
  after(async () => {
    await client.stop();
  });

  it(`keeps the server's text equal to the editor's and its diagnostics equal to a fresh analysis, over ${SCRIPTS} scripts`, async () => {
    const seed = Math.floor(Date.now() / 86_400_000);
    const report = await runEditScripts(client, seed, SCRIPTS);
    assert.equal(report.firstMismatch, undefined);
    assert.equal(report.scripts, SCRIPTS);
    assert.ok(client.serverRunning);
  });
});
