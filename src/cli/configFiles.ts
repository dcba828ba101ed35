import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { parseConfig } from '../core/parseConfig';
import type { ConfigInput } from '../core/config/types';
import type { Language } from '../core/i18n/localized';
import { LineIndex } from '../core/text/lineIndex';
import { cliMessage, errorCode, plainCode } from './messages';
import { UsageError } from './usageError';

const NAMES = ['.strategitjek.yaml', '.strategitjek.yml'];

/**
 * Finds and reads `.strategitjek.yaml` from a document's folder upwards.
 * Results are cached per folder. A config file with errors stops the run
 * with a located message, because checking with half a configuration would
 * give results nobody asked for.
 */
export class ConfigFiles {
  private readonly byFolder = new Map<string, ConfigInput>();
  private readonly byFile = new Map<string, ConfigInput>();
  /** The folder of the file each configuration came from: its `files` globs are relative to it. */
  private readonly folders = new WeakMap<ConfigInput, string>();

  constructor(private readonly language: Language) {}

  forDocument(path: string, explicit?: string): ConfigInput {
    if (explicit) return this.load(resolve(explicit));
    return this.search(dirname(resolve(path)));
  }

  /**
   * Whether a file matches the `files` globs of the configuration that
   * applies to it (relative to that config file's folder), so it is checked
   * as a strategy in folder scans whatever it looks like.
   */
  isConfigured(path: string, explicit?: string): boolean {
    const config = this.forDocument(path, explicit);
    const folder = this.folders.get(config);
    if (!config.files?.length || folder === undefined) return false;
    const relativePath = relative(folder, resolve(path)).split(sep).join('/');
    return picomatch(config.files, { dot: true })(relativePath);
  }

  private search(folder: string): ConfigInput {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    let config: ConfigInput = {};
    const name = NAMES.map((n) => join(folder, n)).find((candidate) => existsSync(candidate));
    if (name) config = this.load(name);
    else {
      const parent = dirname(folder);
      if (parent !== folder) config = this.search(parent);
    }
    this.byFolder.set(folder, config);
    return config;
  }

  private load(file: string): ConfigInput {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError('cannotReadConfig', { path: relative(process.cwd(), file) || '.', reason: plainCode(errorCode(error), this.language) });
    }
    const { config, problems } = parseConfig(text.replace(/^\uFEFF/, ''), this.language);
    if (problems.length > 0) {
      const lines = new LineIndex(text);
      const first = problems[0];
      const at = lines.positionAt(first.start);
      const count = problems.length - 1;
      const more = count === 0 ? '' : cliMessage(count === 1 ? 'configMore' : 'configMoreMany', this.language, { count });
      throw new UsageError('configProblem', { where: `${relative(process.cwd(), file)}:${at.line}:${at.column}`, message: first.message, more });
    }
    this.byFile.set(file, config);
    this.folders.set(config, dirname(file));
    return config;
  }
}
