/**
 * Numbering in front of a heading: "3.1", "3.", "3)", "IV.", "A)". Reports and
 * strategies number their chapters; the number is not part of the name.
 */
const NUMBERING = /^\s*((?:\d{1,3}(?:[.)]\d{1,3})*[.)]?|[IVXLC]{1,6}[.)]|[A-Za-z][.)]))\s+(?=\S)/u;

export function splitHeadingNumber(text: string): { text: string; number?: string } {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  const match = NUMBERING.exec(trimmed);
  if (!match) return { text: trimmed };
  const number = match[1];
  // A bare number without a dot ("2030 og frem") is part of the heading, not numbering.
  if (/^\d+$/.test(number) && trimmed.length > match[0].length && !/^\d{1,2}\s/.test(trimmed)) {
    return { text: trimmed };
  }
  return { text: trimmed.slice(match[0].length), number: number.replace(/[.)]$/, '') };
}
