import { weighted, type ElementVocabulary } from './types';

/**
 * How leaders say their unit's digitalisation hangs together with the rest of
 * the municipality (`ambition-coherence`): shared solutions, the common
 * strategy, working across units. Weights 3 = says it alone, 2 = strong, 1 = needs company.
 */
export const ambitionCoherence = {
  heading: [
    ...weighted(3, 'sammenhæng*', 'på tværs', 'resten af kommunen', 'hænger sammen', 'hænge sammen', 'én kommune', 'the rest of the council', 'the rest of the organisation', 'fits together', 'hangs together', 'sammenheng*', 'på tvers', 'sammanhang*', 'coherence', 'joined-up', 'across the council', 'across the municipality', 'across the organisation', 'across the organization'),
    ...weighted(2, 'helhed*', 'helhet*', 'fællesskab*', 'det fælles', 'tværgående', 'kommunens strategi', 'den fælles strategi', 'the bigger picture', 'the whole council'),
  ],
  body: [
    ...weighted(3, 'på tværs af kommunen', 'kommunens fælles', 'serves the whole organisation', 'serves the whole organization', 'på tvers av sektorer', 'på tvers av enheter', 'över förvaltningsgränser', 'i hela kommunen', 'felles digitale', 'gemensamma digitala', 'resten af kommunen', 'resten af organisationen', 'hele kommunen', 'én kommune', 'én samlet kommune', 'resten av kommunen', 'resten av organisasjonen', 'hela kommunen', 'the rest of the council', 'the rest of the organisation', 'the whole council', 'one council', 'på tværs af forvaltning*', 'på tværs af organisationen', 'på tværs af områder*', 'fælles besluttede', 'fællesbesluttede', 'fælles løsninger', 'fælles systemer', 'fælles værktøjer', 'fælles digitale', 'kommunens digitaliseringsstrategi', 'den fælles strategi', 'på tvers av kommunen', 'felles løsninger', 'felles systemer', 'över förvaltningsgränserna', 'gemensamma lösningar', 'gemensamma system', 'across the council', 'across the municipality', 'across the organisation', 'across the organization', 'shared solutions', 'shared systems', 'shared tools', 'common platform*', 'corporate digital strategy', 'joined-up'),
    ...weighted(2, 'på tværs', 'på tvers', 'fælles *løsning*', 'fælles *system*', 'fælles *platform*', 'den fælles', 'felles *løsning*', 'gemensamma *system*', 'whole organisation', 'whole organization', 'whole council', 'corporate system*', 'corporate platform*', 'silo*', 'egen ø', 'egne løsninger', 'separate republic', 'go it alone', 'own solutions', 'fællesskabet', 'hænger sammen', 'hænge sammen', 'fælles* løsning*', 'fælles* system*', 'fælles* værktøj*', 'fælles* platform*', 'fælleskommunal*', 'fællesoffentlig*', 'digitaliseringsstrategi*', 'kommunens strategi', 'andre afdelinger', 'andre enheder', 'andre forvaltninger', 'andre områder', 'sammenhæng*', 'sammenheng*', 'sammanhang*', 'coherence', 'digital strategy', 'other departments', 'other services', 'other teams', 'shared', 'standardis*', 'standardiz*'),
    ...weighted(1, 'fælles', 'felles', 'gemensam*', 'helhed*', 'helhet*', 'strategien', 'strategi*', 'digitaliseringsenhed*', 'digitaliseringsafdeling*', 'it-afdeling*', 'journalsystem*', 'fagsystem*', 'standard*', 'genbrug*', 'strategy', 'common', 'the whole', 'IT department', 'digital team'),
  ],
} satisfies ElementVocabulary;
