/** The languages Strategitjek speaks. Danish is the default everywhere. */
export type Language = 'da' | 'en';

/** A user-facing text in every supported language. */
export interface Localized {
  da: string;
  en: string;
}

/** Picks the text for a language and fills `{name}` placeholders. */
export function localize(text: Localized, language: Language, values: Record<string, string | number> = {}): string {
  return text[language].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function isLanguage(value: unknown): value is Language {
  return value === 'da' || value === 'en';
}
