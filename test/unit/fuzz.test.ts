import { strict as assert } from 'node:assert';
import { describeFailure, fuzzAnalysis } from '../support/fuzzRun';

/** The light run of `npm test`; `npm run robustness` runs 100,000+ (see README, Robustness). */
const DOCUMENTS = 4_000;

describe('fuzzing the analysis with hostile documents', function () {
  // Thousands of documents take 10–15 s here; on a machine busy with other work, several times that.
  // The limit is there to catch a hang, not to time anything.
  this.timeout(120_000);
  it(`reads ${DOCUMENTS.toLocaleString('en')} generated documents without an exception, every range inside the text and faithful`, () => {
    // A different stretch of seeds each day finds new cases; a failure names its seed.
    const firstSeed = Math.floor(Date.now() / 86_400_000) * DOCUMENTS;
    const report = fuzzAnalysis(firstSeed, DOCUMENTS);
    assert.equal(report.cases, DOCUMENTS);
    assert.deepEqual(report.failures.map(describeFailure), []);
  });
});
