import { CLAIM_KINDS, type ClaimKind } from './model';
import { defaultOptions, type ReviewOptions, type RuleId, type Severity, SEVERITIES } from './options';
import { RULE_IDS } from './rules/registry';

/**
 * Turns untrusted configuration (a --config file, editor settings) into
 * options. Unknown or ill-typed entries are reported, not thrown, and the
 * default stands in for each of them.
 */
export function readOptions(raw: unknown): { options: ReviewOptions; problems: string[] } {
  const options = defaultOptions();
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { options, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { options, problems: ['configuration must be an object'] };
  }
  const config = raw as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!['citationScope', 'maxFileSizeMB', 'rules', 'claims'].includes(key)) problems.push(`unknown setting "${key}"`);
  }
  if (config.citationScope !== undefined) {
    if (config.citationScope === 'sentence' || config.citationScope === 'paragraph') options.citationScope = config.citationScope;
    else problems.push('citationScope must be "sentence" or "paragraph"');
  }
  if (config.maxFileSizeMB !== undefined) {
    const limit = config.maxFileSizeMB;
    if (typeof limit === 'number' && Number.isFinite(limit) && limit > 0) options.maxFileSizeMB = limit;
    else problems.push('maxFileSizeMB must be a positive number of megabytes');
  }
  if (config.rules !== undefined) {
    if (typeof config.rules !== 'object' || config.rules === null || Array.isArray(config.rules)) {
      problems.push('rules must be an object of rule id to severity');
    } else {
      for (const [id, value] of Object.entries(config.rules)) {
        if (!RULE_IDS.includes(id as RuleId)) {
          problems.push(`unknown rule "${id}" (rules: ${RULE_IDS.join(', ')})`);
        } else if (value === 'off' || SEVERITIES.includes(value as Severity)) {
          options.rules[id as RuleId] = value as Severity | 'off';
        } else {
          problems.push(`rules.${id} must be one of off, ${SEVERITIES.join(', ')}`);
        }
      }
    }
  }
  if (config.claims !== undefined) {
    if (typeof config.claims !== 'object' || config.claims === null || Array.isArray(config.claims)) {
      problems.push('claims must be an object');
    } else {
      const claims = config.claims as Record<string, unknown>;
      for (const key of Object.keys(claims)) {
        if (!['kinds', 'ignorePhrases', 'policyTargetsAreClaims', 'ignoredClaims'].includes(key)) problems.push(`unknown setting "claims.${key}"`);
      }
      if (claims.kinds !== undefined) {
        if (Array.isArray(claims.kinds) && claims.kinds.every((k) => CLAIM_KINDS.includes(k as ClaimKind))) {
          options.claims.kinds = claims.kinds as ClaimKind[];
        } else {
          problems.push(`claims.kinds must be a list of: ${CLAIM_KINDS.join(', ')}`);
        }
      }
      if (claims.ignorePhrases !== undefined) {
        if (Array.isArray(claims.ignorePhrases) && claims.ignorePhrases.every((p) => typeof p === 'string')) {
          options.claims.ignorePhrases = (claims.ignorePhrases as string[]).filter((p) => p.trim().length > 0);
        } else {
          problems.push('claims.ignorePhrases must be a list of strings');
        }
      }
      if (claims.ignoredClaims !== undefined) {
        if (Array.isArray(claims.ignoredClaims) && claims.ignoredClaims.every((p) => typeof p === 'string')) {
          options.claims.ignoredClaims = claims.ignoredClaims as string[];
        } else {
          problems.push('claims.ignoredClaims must be a list of strings');
        }
      }
      if (claims.policyTargetsAreClaims !== undefined) {
        if (typeof claims.policyTargetsAreClaims === 'boolean') options.claims.policyTargetsAreClaims = claims.policyTargetsAreClaims;
        else problems.push('claims.policyTargetsAreClaims must be true or false');
      }
    }
  }
  return { options, problems };
}
