import { contributes } from './contributions';

/** package.json with its generated `contributes` section, keeping every other field as written. */
export function withContributions(packageJsonText: string): string {
  const pkg = JSON.parse(packageJsonText) as Record<string, unknown>;
  pkg.contributes = contributes();
  return JSON.stringify(pkg, null, 2) + '\n';
}
