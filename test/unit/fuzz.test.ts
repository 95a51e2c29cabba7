import { strict as assert } from 'node:assert';
import { describeFailure, fuzzAnalysis } from '../support/fuzzRun';

/** The light run of `npm test`; `npm run robustness` runs 100,000+ (see README, Robustness). */
const DOCUMENTS = 4_000;

describe('fuzzing the analysis with hostile documents', () => {
  it(`reads ${DOCUMENTS.toLocaleString('en')} generated documents without an exception, every range inside the text and faithful`, () => {
    // A different stretch of seeds each day finds new cases; a failure names its seed.
    const firstSeed = Math.floor(Date.now() / 86_400_000) * DOCUMENTS;
    const report = fuzzAnalysis(firstSeed, DOCUMENTS);
    assert.equal(report.cases, DOCUMENTS);
    assert.deepEqual(report.failures.map(describeFailure), []);
  });
});
