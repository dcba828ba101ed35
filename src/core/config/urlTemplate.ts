/*
 * URL templates (`columnsUrl`, `docsUrl`) come only from places the user
 * controls: editor settings and `.strategitjek.yaml`. Even so they end up in
 * Markdown (the readiness report, hovers) and in diagnostic links, so they are
 * parsed as URLs, limited to `https:` or a relative path inside the
 * workspace, and percent-encoded before they are written anywhere. A template
 * that fails any of this is dropped rather than repaired, because a guessed
 * repair could point somewhere the user never meant.
 */

/** The base relative templates are resolved against while they are checked; it never appears in output. */
const RELATIVE_BASE = 'https://relative.invalid/';

/** Characters that may stand unencoded in a link destination: unreserved, the URL delimiters and `%`. */
const UNSAFE_IN_HREF = /[^A-Za-z0-9\-._~:/?#@!$&+,;=%]/gu;

/** A scheme at the start (`https:`, `javascript:`, `c:`) marks an absolute address. */
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/**
 * Returns the template if it is safe to use as a link, otherwise undefined.
 * `{column}` and `{page}` are the only placeholders; they are filled with
 * digits, so checking a filled-in sample checks every link the template makes.
 */
export function sanitizeUrlTemplate(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return undefined;
  // The URL parser silently drops tabs and line breaks; a template containing
  // them is not what it looks like, so it is refused instead.
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]/.test(value)) return undefined;
  const sample = fillTemplate(value, { column: 1, page: 1 });
  if (SCHEME.test(sample)) {
    let url: URL;
    try {
      url = new URL(sample);
    } catch {
      return undefined;
    }
    // Credentials in a link ("https://intranet@elsewhere") disguise where it goes.
    if (url.protocol !== 'https:' || url.hostname === '' || url.username !== '' || url.password !== '') return undefined;
    return value;
  }
  // A relative path stays inside the workspace: no leading slash, no climbing out with `..`.
  if (sample.startsWith('/') || /(^|\/)\.\.(\/|$|[?#])/.test(sample)) return undefined;
  try {
    if (new URL(sample, RELATIVE_BASE).origin !== new URL(RELATIVE_BASE).origin) return undefined;
  } catch {
    return undefined;
  }
  return value;
}

/** True for a template that names a workspace file rather than a web address. */
export function isRelativeTemplate(template: string): boolean {
  return !SCHEME.test(template);
}

/**
 * Fills a template's placeholders and returns the link as a percent-encoded
 * href that cannot end a Markdown link, open a tag or leave a table cell.
 * Returns undefined for a template that `sanitizeUrlTemplate` would refuse.
 */
export function expandUrlTemplate(template: string, values: { column?: number; page?: number } = {}): string | undefined {
  if (sanitizeUrlTemplate(template) === undefined) return undefined;
  const filled = fillTemplate(template, values);
  if (!isRelativeTemplate(filled)) return encodeHref(new URL(filled).href);
  const url = new URL(filled, RELATIVE_BASE);
  return encodeHref(url.pathname.slice(1) + url.search + url.hash);
}

function fillTemplate(template: string, values: { column?: number; page?: number }): string {
  return template
    .replace(/\{column\}/g, String(values.column ?? 1))
    .replace(/\{page\}/g, String(values.page ?? 1));
}

/**
 * Percent-encodes everything outside the characters a URL needs, including
 * the ones `encodeURIComponent` leaves alone but Markdown does not: `( ) ' *`
 * and also `[ ] < > | \` and backquote. A lone surrogate, which
 * `encodeURIComponent` cannot encode, becomes the replacement character.
 */
export function encodeHref(href: string): string {
  return href.replace(UNSAFE_IN_HREF, (character) => {
    const code = character.charCodeAt(0);
    if (code < 128) return `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
    return code >= 0xd800 && code <= 0xdfff && character.length === 1 ? '%EF%BF%BD' : encodeURIComponent(character);
  });
}
