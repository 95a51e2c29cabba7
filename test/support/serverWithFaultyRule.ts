// The real language server with one extra rule that throws on any essay
// containing FAULTY_RULE_TRIGGER: the crash-containment test's server. Nothing
// else differs, so what the test sees is what a user would see if a rule broke.
import { RULES } from '../../server/src/core/rules/registry';
import type { Rule } from '../../server/src/core/rules/rule';
import { FAULTY_RULE_TRIGGER } from './faultyRuleTrigger';
// Importing the server starts it (it is this bundle's main module).
import '../../server/src/server';

const faultyRule: Rule = {
  // Borrows an id the settings accept; the test turns nothing off, so it always runs.
  id: 'ibid',
  description: 'Throws on purpose.',
  defaultSeverity: 'warning',
  fixable: false,
  reads: 'everything',
  check(model) {
    if (model.text.includes(FAULTY_RULE_TRIGGER)) throw new Error('deliberate failure for the crash-containment test');
    return [];
  },
};

// Runs before the first message is read: startServer only listens, it handles nothing synchronously.
(RULES as Rule[]).push(faultyRule);
