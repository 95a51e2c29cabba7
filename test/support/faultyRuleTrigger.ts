/** Text that makes the crash-containment test's extra rule throw (see serverWithFaultyRule.ts). */
export const FAULTY_RULE_TRIGGER = 'TRIGGER-FAULTY-RULE';
