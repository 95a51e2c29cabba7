import type { ReviewOptions } from './core/options';
import { readOptions } from './core/readOptions';

const CLIENT_KEYS = new Set(['trace']);

/**
 * Editor settings (`policyReview.*`) to core options. The settings section has
 * the same shape as a --config file, so one validator serves both. Editors send
 * every contributed key (null where unset); any other key is a user's typo and
 * is reported. Keys the client itself reads (`trace`) are not ours to check.
 */

export function readEditorSettings(raw: unknown): { options: ReviewOptions; problems: string[] } {
  if (raw === null || raw === undefined) return readOptions(undefined);
  if (typeof raw !== 'object' || Array.isArray(raw)) return readOptions(raw);
  const config: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (value !== undefined && value !== null && !CLIENT_KEYS.has(key)) config[key] = value;
  }
  return readOptions(config);
}
