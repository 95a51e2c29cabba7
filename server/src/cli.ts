// policy-review check [--format text|json|sarif] [--config FILE] [--max-warnings N] FILE...
// Exit 0 when clean, 1 when findings pass the threshold, 2 on a usage or I/O error.
import { EssayAnalyser } from './analysis/essayAnalyser';
import { essayFormatOf } from './core/format';
import type { EssayFormat } from './core/model';
import type { ReviewOptions } from './core/options';
import { readOptions } from './core/readOptions';
import { formatSarif, type CheckedFile } from './cli/formatSarif';
import { formatTextFindings, summaryLine } from './cli/formatText';
import { readEssayFile } from './cli/readEssayFile';
import { buildFileReport } from './cli/report';
import { RULES } from './core/rules/registry';

declare const POLICY_REVIEW_VERSION: string | undefined;
const VERSION = typeof POLICY_REVIEW_VERSION === 'string' ? POLICY_REVIEW_VERSION : '0.0.0-dev';

const USAGE = `Usage: policy-review check [options] FILE...

Checks policy essays for uncited statistics and broken footnotes.

Options:
  --format text|json|sarif   output format (default: text)
  --config FILE              JSON file with citationScope, rules and claims settings
  --max-warnings N           also fail (exit 1) when there are more than N warnings
  --input plain|markdown     read every file as this format (default: by extension,
                             .md and .markdown are Markdown)
  -h, --help                 show this help
  -v, --version              show the version

Exit status: 0 clean, 1 errors (or more warnings than --max-warnings), 2 usage or file error.

Rules: ${RULES.map((r) => r.id).join(', ')}`;

type Format = 'text' | 'json' | 'sarif';

interface CheckCommand {
  format: Format;
  configPath?: string;
  maxWarnings?: number;
  input?: EssayFormat;
  files: string[];
}

class UsageError extends Error {}

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

const processIo: CliIo = {
  stdout: (line) => process.stdout.write(line + '\n'),
  stderr: (line) => process.stderr.write(line + '\n'),
};

function parseCheckArgs(args: string[]): CheckCommand {
  const command: CheckCommand = { format: 'text', files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inlineValue] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      if (inlineValue !== undefined) return inlineValue;
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
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
    } else if (flag === '--') {
      command.files.push(...args.slice(i + 1));
      break;
    } else if (flag.startsWith('-') && flag !== '-') {
      throw new UsageError(`unknown option ${flag}`);
    } else {
      command.files.push(arg);
    }
  }
  if (command.files.length === 0) throw new UsageError('no files to check');
  return command;
}

function loadConfig(path: string | undefined): ReviewOptions {
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

/** Runs the CLI and returns its exit code; never throws. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const [commandName, ...rest] = argv;
    if (commandName === undefined || commandName === '-h' || commandName === '--help' || commandName === 'help') {
      io.stdout(USAGE);
      return commandName === undefined ? 2 : 0;
    }
    if (commandName === '-v' || commandName === '--version') {
      io.stdout(VERSION);
      return 0;
    }
    if (commandName !== 'check') throw new UsageError(`unknown command "${commandName}" (try: policy-review check FILE...)`);
    if (rest.includes('-h') || rest.includes('--help')) {
      io.stdout(USAGE);
      return 0;
    }
    return await runCheck(parseCheckArgs(rest), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`policy-review: ${error.message}`);
      if (!error.message.startsWith('config ')) io.stderr('Run "policy-review --help" for usage.');
    } else {
      io.stderr(`policy-review: internal error: ${(error as Error)?.message ?? String(error)}`);
    }
    return 2;
  }
}

async function runCheck(command: CheckCommand, io: CliIo): Promise<number> {
  const options = loadConfig(command.configPath);
  const checked: CheckedFile[] = [];
  let ioFailed = false;
  const analyser = new EssayAnalyser();
  try {
    for (const path of command.files) {
      const checkedFile = await checkFile(analyser, path, command.input ?? essayFormatOf(path), options, io);
      if (checkedFile) checked.push(checkedFile);
      else ioFailed = true;
    }
  } finally {
    analyser.dispose();
  }

  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const { findings } of checked) for (const f of findings) counts[f.severity]++;

  if (command.format === 'json') {
    io.stdout(JSON.stringify({ files: checked.map(({ path, model, findings }) => buildFileReport(path, model, findings)) }, null, 2));
  } else if (command.format === 'sarif') {
    io.stdout(JSON.stringify(formatSarif(checked, VERSION), null, 2));
  } else {
    for (const { path, model, findings } of checked) for (const line of formatTextFindings(path, model, findings)) io.stdout(line);
    io.stdout(summaryLine(counts, checked.length));
  }

  if (ioFailed) return 2;
  if (counts.error > 0) return 1;
  if (command.maxWarnings !== undefined && counts.warning > command.maxWarnings) return 1;
  return 0;
}

async function checkFile(analyser: EssayAnalyser, path: string, format: EssayFormat, options: ReviewOptions, io: CliIo): Promise<CheckedFile | undefined> {
  const file = readEssayFile(path);
  if (!file.ok) {
    io.stderr(`policy-review: ${path}: ${file.error}`);
    return undefined;
  }
  try {
    const { model, findings } = await analyser.analyse(file.text, format, options);
    return { path, model, findings };
  } catch (error) {
    io.stderr(`policy-review: ${path}: could not be analysed (${(error as Error)?.message ?? String(error)})`);
    return undefined;
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
