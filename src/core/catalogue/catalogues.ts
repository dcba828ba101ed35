import { frontmatterValue } from '../frontmatterKeys';
import type { Localized } from '../i18n/localized';
import type { StrategyDocument } from '../model/types';
import { AMBITION_ELEMENTS } from './ambitionElements';
import { ELEMENTS } from './elements';
import type { ElementDefinition, ElementId } from './elementTypes';

/*
 * One catalogue per document type. A document's type (its frontmatter's
 * `dokumenttype`, else a title naming it) selects the catalogue, and
 * everything that judges, fixes, explains or counts elements reads the
 * catalogue it is given: nothing else asks which type a document is.
 */

export const DOCUMENT_TYPES = ['digitaliseringsstrategi', 'min-digitale-ambition'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface Catalogue {
  type: DocumentType;
  elements: readonly ElementDefinition[];
  ids: readonly ElementId[];
  /** The document in a sentence's subject: "Strategien", "Ambitionen". */
  subject: Localized;
  /** The document type in running text: "digitaliseringsstrategi", "min digitale ambition". */
  noun: Localized;
  /** Frontmatter keys that `frontmatter-recommended` asks for. */
  recommendedFields: readonly string[];
  /** Defaults for this type's length thresholds (a half-page ambition answers in a few sentences). */
  thresholds: Partial<Record<'presentMinWords' | 'presentMinStatements' | 'evidenceMinScore' | 'summarySpread', number>>;
  /** The first word of this type's snippet prefixes in each language (`strategi-etik`, `ambition-etik`). */
  snippetStem: Localized;
  /** Sentences the element rules end their thin-findings with, in this document's terms. */
  wording: { elaborate: Localized; standsAlone: Localized; giveSection: Localized; ownPart: Localized };
  /**
   * When set, a paragraph that speaks of an element with at least this score,
   * though below the bar for evidence, makes the element "possibly answered"
   * (thin) rather than missing. A half-page ambition answers a question in a
   * sentence or two, so a single clear word there is a signal; in a long
   * strategy such a word is usually a passing mention.
   */
  weakSignalScore?: number;
  /**
   * Whether running text about an element in a section that mostly speaks of another is judged as a side remark
   * (thin unless it says much). Right for a strategy, whose sections each treat a theme; not for a half-page
   * ambition, whose short paragraphs and lists mix several answers, each of them whole. A section whose heading
   * names another element makes a side remark in both.
   */
  sideRemarksByText?: boolean;
  /**
   * Whether an answer given in passing runs on into the next sentence. A leader answers a question in a sentence and
   * says how in the one after ("Vi starter med tre hold. Efter et halvt år ser vi på, om flere skal med."), so the
   * sentence after one that carries an element is judged with it; a strategy's next sentence is as often another theme.
   */
  answersRunOn?: boolean;
  /**
   * Whether an answer that is only template text ("[udfyldes]", "TODO") is unanswered (missing) rather than thin. An
   * ambition is six personal answers, and a question with a placeholder under it has not been answered yet (31 of the
   * 32 such answers in the labelled tuning ambitions are labelled missing); a strategy's section left as template text
   * still shows that the theme has its place (labelled thin more often than missing). The finding then points at the
   * placeholder and offers no new section, since the heading is already there.
   */
  templateTextUnanswered?: boolean;
  /** The frontmatter key naming the document this one answers to (an ambition's `strategi:`), if any. */
  linkKey?: string;
  /** The element whose answer the linked document is judged with (an ambition's coherence question); the editor's hover on it lists what it connects to. */
  linkElement?: ElementId;
}

export const STRATEGY_CATALOGUE: Catalogue = {
  type: 'digitaliseringsstrategi',
  elements: ELEMENTS,
  ids: ELEMENTS.map((element) => element.id),
  subject: { da: 'Strategien', en: 'The strategy' },
  noun: { da: 'digitaliseringsstrategi', en: 'digitalisation strategy' },
  recommendedFields: ['titel', 'kommune', 'dokumenttype', 'status', 'periode', 'ejer', 'godkendes-af'],
  sideRemarksByText: true,
  thresholds: {},
  snippetStem: { da: 'strategi', en: 'strategy' },
  wording: {
    elaborate: { da: 'Uddyb med mål, handlinger og hvem der har ansvaret.', en: 'Add goals, actions and who is responsible.' },
    standsAlone: { da: 'Skriv de vigtigste valg ind her, så strategien kan læses alene.', en: 'Put the main choices here so the strategy stands on its own.' },
    giveSection: { da: 'Giv emnet et afsnit med indhold: mål, handlinger og ansvar.', en: 'Give it a section of its own with goals, actions and responsibility.' },
    ownPart: { da: 'Skriv, hvad jeres egen organisation vil gøre.', en: 'Say what your own organisation will do.' },
  },
};

export const AMBITION_CATALOGUE: Catalogue = {
  type: 'min-digitale-ambition',
  elements: AMBITION_ELEMENTS,
  ids: AMBITION_ELEMENTS.map((element) => element.id),
  subject: { da: 'Ambitionen', en: 'The ambition' },
  noun: { da: 'min digitale ambition', en: 'my digital ambition' },
  recommendedFields: ['titel', 'dokumenttype', 'leder', 'rolle', 'enhed', 'dato'],
  weakSignalScore: 2,
  answersRunOn: true,
  templateTextUnanswered: true,
  // An answer of a sentence or two; fewer than twenty words was, in the labelled ambitions, most often a slogan.
  thresholds: { presentMinWords: 20, presentMinStatements: 1 },
  snippetStem: { da: 'ambition', en: 'ambition' },
  wording: {
    elaborate: { da: 'Uddyb med, hvad du konkret vil gøre, og hvordan man kan se det.', en: 'Say what you will actually do, and how anyone could see it.' },
    standsAlone: { da: 'Skriv dit eget svar her, så ambitionen kan læses alene.', en: 'Write your own answer here so the ambition stands on its own.' },
    giveSection: { da: 'Giv spørgsmålet sit eget svar på et par sætninger.', en: 'Give the question an answer of its own in a few sentences.' },
    ownPart: { da: 'Skriv, hvad du selv vil gøre i din enhed.', en: 'Say what you yourself will do in your unit.' },
  },
  linkKey: 'strategi',
  linkElement: 'ambition-coherence',
};

export const CATALOGUES: readonly Catalogue[] = [STRATEGY_CATALOGUE, AMBITION_CATALOGUE];

export function catalogueFor(type: DocumentType): Catalogue {
  return CATALOGUES.find((catalogue) => catalogue.type === type) ?? STRATEGY_CATALOGUE;
}

/** The catalogue an element belongs to. */
export function catalogueOfElement(id: ElementId): Catalogue {
  return CATALOGUES.find((catalogue) => catalogue.ids.includes(id)) ?? STRATEGY_CATALOGUE;
}

/** A title that names a leader's personal digital ambition. */
const AMBITION_TITLE = /\b(min|mi|my)\s+digital[ea]?\s+ambition\b/iu;

/**
 * A document's type: the declared `dokumenttype` (or `type:` …) when it is
 * one we know, else a title that names a digital ambition, else a strategy.
 */
export function documentTypeOf(data: Record<string, unknown>, title?: string): DocumentType {
  const declared = frontmatterValue(data, 'dokumenttype');
  if (typeof declared === 'string' && declared.trim()) {
    const value = declared.trim().toLowerCase();
    if ((DOCUMENT_TYPES as readonly string[]).includes(value)) return value as DocumentType;
    return /ambition/.test(value) ? 'min-digitale-ambition' : 'digitaliseringsstrategi';
  }
  const titel = frontmatterValue(data, 'titel');
  const name = typeof titel === 'string' && titel.trim() ? titel : title;
  return name && AMBITION_TITLE.test(name) ? 'min-digitale-ambition' : 'digitaliseringsstrategi';
}

/** The path of the document this one answers to (an ambition's `strategi:`), as written, if its type has one. */
export function linkTarget(data: Record<string, unknown>, title?: string): string | undefined {
  const key = catalogueFor(documentTypeOf(data, title)).linkKey;
  const value = key ? frontmatterValue(data, key) : undefined;
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The catalogue a parsed document is checked against. */
export function catalogueOf(document: StrategyDocument): Catalogue {
  const title = document.sections.find((section) => section.depth === 1 && section.kind !== 'pseudo')?.text;
  return catalogueFor(documentTypeOf(document.frontmatter.data, title));
}
