import { existsSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { defaultConfig, mergeConfig } from '../core/config/types';
import type { Language } from '../core/i18n/localized';
import { MAX_TEXT_LENGTH } from '../core/lint';
import { STRATEGY_HEAD_LENGTH } from '../core/strategyHead';
import { classifyStrategy } from '../core/strategyRule';
import { FORMATTERS } from '../formatters';
import type { CheckedFile } from '../formatters/types';
import type { CheckArgs, FailOn } from './args';
import type { CheckJob } from './checkJob';
import { ConfigFiles } from './configFiles';
import { expandInputs } from './files';
import { cliMessage, errorCode, plainCode } from './messages';
import { FileProblem, readRegularFile } from './readText';
import { UsageError } from './usageError';
import { linkedStrategy, type GivenFile } from './linkedStrategy';
import { checkAll } from './parallelCheck';

const LEVELS = { info: 0, warning: 1, error: 2 } as const;

export interface RunIo {
  stdout: (text: string) => void;
  /** One line per file that could not be checked; the exit code becomes 2. */
  stderr?: (text: string) => void;
  color: boolean;
  version: string;
}

/**
 * Runs `strategitjek check` and returns the exit code. Files named on the
 * command line are always checked; files found in folders and globs only
 * when they are strategies (the core's one rule), and `--verbose` says which
 * were skipped and why. A file that cannot be read is reported on stderr and
 * the others are still checked; the run then ends with exit code 2, because
 * the report is incomplete.
 */
export async function runCheck(args: CheckArgs, io: RunIo): Promise<number> {
  const messageLanguage: Language = args.language ?? 'da';
  const stderr = io.stderr ?? ((text: string) => process.stderr.write(text));
  const { paths, named, problems } = await expandInputs(args.inputs);
  const output = args.output ? outputTarget(args.output, paths, messageLanguage) : undefined;
  const configs = new ConfigFiles(messageLanguage);
  const jobs: CheckJob[] = [];
  const skipped: string[] = [];
  // Read first, so an ambition checked beside its strategy can be tied to it.
  const given: GivenFile[] = [];
  for (const path of paths) {
    try {
      given.push({ path, text: readRegularFile(path, MAX_TEXT_LENGTH) });
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      problems.push(error);
    }
  }
  for (const file of given) {
    const { path, text } = file;
    if (!named.has(path)) {
      const verdict = classifyStrategy({ path, head: text.slice(0, STRATEGY_HEAD_LENGTH), configured: configs.isConfigured(path, args.config) });
      if (!verdict.strategy) {
        skipped.push(cliMessage('skipped', messageLanguage, { path, reason: cliMessage(`reason-${verdict.reason}` as 'reason-not-a-strategy', messageLanguage) }));
        continue;
      }
    }
    const fileConfig = configs.forDocument(path, args.config);
    const config = mergeConfig(defaultConfig(), fileConfig, args.language ? { language: args.language } : undefined);
    jobs.push({ path, text, config, strategy: linkedStrategy(file, given) });
  }
  const outcomes = await checkAll(jobs, args.concurrency ?? 'auto');
  const files: CheckedFile[] = outcomes.map((outcome) => outcome.file);
  // The words around the findings follow the first checked file's language.
  const language = args.language ?? outcomes[0]?.language;
  if (args.verbose) for (const line of skipped) stderr(`strategitjek: ${line}\n`);
  const reasons = problems.map((problem) => cliMessage(problem.id, messageLanguage, readableValues(problem.values, messageLanguage)));
  // Nothing was checked: the reasons, one line each, are the whole answer.
  if (files.length === 0) {
    if (reasons.length > 0) throw new UsageError(problems[problems.length - 1].id, readableValues(problems[problems.length - 1].values, messageLanguage), reasons.slice(0, -1));
    throw new UsageError('noStrategies', { inputs: args.inputs.map((i) => `"${i}"`).join(', '), skipped: skipped.length });
  }
  const firstChecked = files[0].report.path;
  const outputConfig = mergeConfig(defaultConfig(), configs.forDocument(firstChecked, args.config), { language: language ?? 'da' });
  const report = FORMATTERS[args.format](files, { config: outputConfig, color: io.color && !args.output && args.format === 'stylish', version: io.version });
  if (output) {
    writeAtomically(output, report, args.output!, messageLanguage);
    stderr(`strategitjek: ${cliMessage('written', messageLanguage, { path: args.output! })}\n`);
  } else io.stdout(report);
  for (const reason of reasons) stderr(`strategitjek: ${reason}\n`);
  if (problems.length > 0) return 2;
  return reachesFailLevel(files, args.failOn) ? 1 : 0;
}

/** A file problem's values with an operating system code put in plain words. */
function readableValues(values: Record<string, string | number>, language: Language): Record<string, string | number> {
  return typeof values.reason === 'string' ? { ...values, reason: plainCode(values.reason, language) } : values;
}

/**
 * Where the report goes, as a real path, refused when it is one of the
 * inputs: compared by real path, so `./s.md`, `s.md` and a symlink to it are
 * all caught before anything is read or written.
 */
function outputTarget(output: string, inputs: string[], language: Language): string {
  const absolute = resolve(output);
  let real: string;
  try {
    real = existsSync(absolute) ? realpathSync(absolute) : join(realpathSync(dirname(absolute)), basename(absolute));
  } catch (error) {
    throw new UsageError('cannotWrite', { path: output, reason: plainCode(errorCode(error), language) });
  }
  for (const input of inputs) {
    let inputReal: string;
    try {
      inputReal = realpathSync(resolve(input));
    } catch {
      continue;
    }
    if (inputReal === real) throw new UsageError('outputIsInput', { path: output });
  }
  return real;
}

/**
 * Writes the report next to its target and renames it into place, so a
 * reader never sees half a report and a failed write leaves the old one.
 */
function writeAtomically(target: string, text: string, shown: string, language: Language): void {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UsageError('cannotWrite', { path: shown, reason: plainCode(errorCode(error), language) });
  }
}

function reachesFailLevel(files: CheckedFile[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const threshold = LEVELS[failOn];
  return files.some((file) => file.report.findings.some((finding) => LEVELS[finding.severity] >= threshold));
}
