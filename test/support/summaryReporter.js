// Mocha's spec reporter, plus one closing line "N passed, N failed" that CI
// tools read, and (with POLICY_REVIEW_TEST_TALLY set) the counts appended to a
// file so .ci/run can total several runs.
'use strict';
const { appendFileSync } = require('node:fs');
const Mocha = require('mocha');

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const { passes, failures, pending } = runner.stats;
      const line = `${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`;
      process.stdout.write(`\n${line}\n`);
      if (process.env.POLICY_REVIEW_TEST_TALLY) appendFileSync(process.env.POLICY_REVIEW_TEST_TALLY, `${passes} ${failures}\n`);
    });
  }
}

module.exports = SummaryReporter;
