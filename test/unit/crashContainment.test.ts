import { strict as assert } from 'node:assert';
import { analyseEssay, runRules } from '../../server/src/core/analyse';
import { defaultOptions } from '../../server/src/core/options';
import { RULES } from '../../server/src/core/rules/registry';
import type { Rule } from '../../server/src/core/rules/rule';

const throwing: Rule = {
  id: 'ibid',
  description: 'Throws on purpose.',
  defaultSeverity: 'warning',
  fixable: false,
  reads: 'everything',
  check() {
    throw new TypeError('Cannot read properties of undefined');
  },
};

describe('crash containment in the rule runner', () => {
  const essay = 'A Title\n\nTrade grew by 5 percent.[2]\n\n[1] Jane Doe, "Trade," Example Press, 2022.\n';

  it('turns a rule that throws into one analysis-error finding and keeps every other finding', () => {
    const { model, findings } = analyseEssay(essay);
    const withFault = runRules(model, defaultOptions(), [...RULES, throwing]);
    const errors = withFault.filter((f) => f.rule === 'analysis-error');
    assert.equal(errors.length, 1);
    assert.match(errors[0].message, /The ibid check failed on this essay \(Cannot read properties of undefined\)/);
    assert.equal(errors[0].severity, 'error');
    assert.deepEqual(withFault.filter((f) => f.rule !== 'analysis-error'), findings);
  });

  it('does not run a rule that is turned off, so it cannot fail', () => {
    const { model } = analyseEssay(essay);
    const options = defaultOptions();
    options.rules.ibid = 'off';
    assert.equal(runRules(model, options, [throwing]).length, 0);
  });
});
