import { readFileSync, writeFileSync } from 'node:fs';
import { defaultConfig, mergeConfig } from '../core/config/types';
import { lint } from '../core/lint';
import { toFileReport } from '../core/report';
import { FORMATTERS } from '../formatters';
import { reportMeta } from '../formatters/meta';
import type { CheckedFile } from '../formatters/types';
import type { CheckArgs, FailOn } from './args';
import { ConfigFiles } from './configFiles';
import { expandInputs } from './files';
import { UsageError } from './usageError';

const LEVELS = { info: 0, warning: 1, error: 2 } as const;

export interface RunIo {
  stdout: (text: string) => void;
  color: boolean;
  version: string;
}

/** Runs `strategitjek check` and returns the exit code. */
export async function runCheck(args: CheckArgs, io: RunIo): Promise<number> {
  const paths = await expandInputs(args.inputs);
  const configs = new ConfigFiles(args.language ?? 'da');
  const files: CheckedFile[] = [];
  let language = args.language;
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read "${path}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const fileConfig = configs.forDocument(path, args.config);
    const config = mergeConfig(defaultConfig(), fileConfig, args.language ? { language: args.language } : undefined);
    language ??= config.language;
    const result = lint(text, { config });
    files.push({ report: toFileReport(result, path.replace(/\\/g, '/')), meta: reportMeta(result.document.frontmatter.data) });
  }
  // Links and words around the findings follow the first file's configuration.
  const outputConfig = mergeConfig(defaultConfig(), configs.forDocument(paths[0], args.config), { language: language ?? 'da' });
  const output = FORMATTERS[args.format](files, { config: outputConfig, color: io.color && !args.output && args.format === 'stylish', version: io.version });
  if (args.output) {
    try {
      writeFileSync(args.output, output);
    } catch (error) {
      throw new UsageError(`cannot write "${args.output}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  } else io.stdout(output);
  return reachesFailLevel(files, args.failOn) ? 1 : 0;
}

function reachesFailLevel(files: CheckedFile[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const threshold = LEVELS[failOn];
  return files.some((file) => file.report.findings.some((finding) => LEVELS[finding.severity] >= threshold));
}
