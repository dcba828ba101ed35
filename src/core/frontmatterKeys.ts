/**
 * Common English spellings of the Danish frontmatter keys. A document that
 * says `title:` has a title: nobody should be asked for `titel` then, and the
 * report uses it. The Danish key wins when both are there.
 */
const FRONTMATTER_ALIASES: Record<string, readonly string[]> = {
  titel: ['title'],
  kommune: ['municipality', 'organisation', 'organization'],
  dokumenttype: ['type', 'documentType', 'document-type', 'doctype'],
  status: [],
  periode: ['period'],
  ejer: ['owner'],
  'godkendes-af': ['approvedBy', 'approved-by', 'approver'],
  høringsfrist: ['consultationDeadline', 'consultation-deadline', 'deadline'],
  sprog: ['language', 'lang'],
  leder: ['leader', 'navn', 'name'],
  rolle: ['role', 'stilling', 'title-role'],
  enhed: ['unit', 'afdeling', 'department'],
  dato: ['date'],
  strategi: ['strategy'],
};

/** The value of a frontmatter field under its Danish key or an English alias. */
export function frontmatterValue(data: Record<string, unknown> | undefined, key: string): unknown {
  if (!data) return undefined;
  if (data[key] !== undefined && data[key] !== null) return data[key];
  for (const alias of FRONTMATTER_ALIASES[key] ?? []) if (data[alias] !== undefined && data[alias] !== null) return data[alias];
  return undefined;
}

/** True when the field is there under its Danish key or an alias. */
export function hasFrontmatterField(data: Record<string, unknown>, key: string): boolean {
  return key in data || (FRONTMATTER_ALIASES[key] ?? []).some((alias) => alias in data);
}
