import { frontmatterValue } from '../core/frontmatterKeys';

/**
 * The frontmatter facts a report header shows (title, municipality, status …),
 * as plain strings, under the Danish keys whether the document used them or
 * their English aliases (`title`, `owner`, `period` …).
 */
export function reportMeta(data: Record<string, unknown>): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const key of ['titel', 'kommune', 'status', 'ejer', 'godkendes-af', 'høringsfrist', 'leder', 'rolle', 'enhed', 'dato']) {
    const value = frontmatterValue(data, key);
    if (typeof value === 'string' || typeof value === 'number') meta[key] = String(value);
  }
  const period = frontmatterValue(data, 'periode');
  if (typeof period === 'string') meta.periode = period;
  else if (period && typeof period === 'object' && 'fra' in period && 'til' in period) meta.periode = `${String(period.fra)}-${String(period.til)}`;
  return meta;
}
