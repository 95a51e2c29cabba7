import type { EssayFormat } from '../core/model';
import type { ReviewOptions } from '../core/options';
import { readOptions } from '../core/readOptions';
import { readEssayFile } from './readEssayFile';

/** A mistake in how the command was called: one line on stderr, exit 2. */
export class UsageError extends Error {}

export type OutputFormat = 'text' | 'json' | 'sarif';

/** Everything `check` and `fix` take; each command refuses the options it has no use for. */
export interface CommandArgs {
  format?: OutputFormat;
  configPath?: string;
  maxWarnings?: number;
  input?: EssayFormat;
  dryRun?: boolean;
  /** Worker threads for many files (default: one per core). */
  jobs?: number;
  files: string[];
}

export function parseArgs(args: string[], allowed: ReadonlySet<string>): CommandArgs {
  const command: CommandArgs = { files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = equals > 0 ? arg.slice(0, equals) : arg;
    const inlineValue = equals > 0 ? arg.slice(equals + 1) : undefined;
    const value = () => {
      if (inlineValue !== undefined) return inlineValue;
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--') {
      command.files.push(...args.slice(i + 1));
      break;
    }
    if (!flag.startsWith('-') || flag === '-') {
      command.files.push(arg);
      continue;
    }
    if (!allowed.has(flag)) throw new UsageError(`unknown option ${flag}`);
    if (flag === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
      command.format = format;
    } else if (flag === '--config') {
      command.configPath = value();
    } else if (flag === '--max-warnings') {
      const raw = value();
      if (!/^\d+$/.test(raw)) throw new UsageError(`--max-warnings needs a whole number, not "${raw}"`);
      command.maxWarnings = Number(raw);
    } else if (flag === '--input') {
      const input = value();
      if (input !== 'plain' && input !== 'markdown') throw new UsageError(`--input must be plain or markdown, not "${input}"`);
      command.input = input;
    } else if (flag === '--jobs') {
      const raw = value();
      if (!/^[1-9]\d{0,2}$/.test(raw)) throw new UsageError(`--jobs needs a whole number from 1, not "${raw}"`);
      command.jobs = Number(raw);
    } else if (flag === '--dry-run') {
      command.dryRun = true;
    }
  }
  if (command.files.length === 0) throw new UsageError('no files given');
  return command;
}

export function loadConfig(path: string | undefined): ReviewOptions {
  if (path === undefined) return readOptions(undefined).options;
  const file = readEssayFile(path);
  if (!file.ok) throw new UsageError(`config ${path}: ${file.error}`);
  let raw: unknown;
  try {
    raw = JSON.parse(file.text);
  } catch (error) {
    throw new UsageError(`config ${path}: not valid JSON (${(error as Error).message})`);
  }
  const { options, problems } = readOptions(raw);
  if (problems.length > 0) throw new UsageError(`config ${path}: ${problems.join('; ')}`);
  return options;
}

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** A transient status line ("checked 12/1000 essays"); '' clears it. Only on a terminal. */
  progress?: (status: string) => void;
}
