import { needing, weighted, type ElementVocabulary } from './types';

/** Words for a system or solution a unit can share with others: what "the same as" and "also use" are said of. */
const SHARED_SOLUTION = ['*system*', '*løsning*', '*løsningen', '*platform*', '*plattform*', '*portal*', '*værktøj*', 'lösning*', 'verktyg*', 'solution*', 'tool*'];

/**
 * How leaders say their unit's digitalisation hangs together with the rest of
 * the municipality (`ambition-coherence`): shared solutions, the common
 * strategy, working across units. Weights 3 = says it alone, 2 = strong, 1 = needs company.
 */
export const ambitionCoherence = {
  heading: [
    ...weighted(2, 'inte en ö', 'ikke en øy'),
    // The unit as one link in a chain of work across the municipality ("Hvor vi står i kæden", "ett ledd i en lang kjede").
    ...weighted(2, 'i kæden', 'kæden', 'led i en kæde', 'et led i', 'kjeden', 'ledd i en', 'ett ledd', 'kedjan', 'en länk i', 'link in the chain', 'part of a chain'),
    // Using what the municipality already has, in the leader's own words.
    ...weighted(2, 'noget eget', 'något eget', 'noe eget', 'nothing of our own', 'our own system', 'det kommunen allerede har', 'det, kommunen allerede har', 'det kommunen har', 'det kommunen redan har', 'what the council already has', 'what the municipality already has'),
    ...weighted(3, 'sammenhæng*', 'på tværs', 'resten af kommunen', 'hænger sammen', 'hænge sammen', 'én kommune', 'the rest of the council', 'the rest of the organisation', 'fits together', 'hangs together', 'sammenheng*', 'på tvers', 'sammanhang*', 'coherence', 'joined-up', 'across the council', 'across the municipality', 'across the organisation', 'across the organization'),
    ...weighted(2, 'helhed*', 'helhet*', 'fællesskab*', 'det fælles', 'tværgående', 'kommunens strategi', 'den fælles strategi', 'the bigger picture', 'the whole council', 'ikke en ø', 'not an island', 'ingen øy', 'ingen ö', 'del af helheden', 'part of the whole', 'del av helheten'),
  ],
  body: [
    ...weighted(3, 'ikke på en ø', 'ikke på en øy', 'inte på en ö', 'not on an island'),
    ...weighted(3, 'på tværs af kommunen', 'kommunens fælles', 'serves the whole organisation', 'serves the whole organization', 'på tvers av sektorer', 'på tvers av enheter', 'över förvaltningsgränser', 'i hela kommunen', 'felles digitale', 'gemensamma digitala', 'resten af kommunen', 'resten af organisationen', 'hele kommunen', 'én kommune', 'én samlet kommune', 'resten av kommunen', 'resten av organisasjonen', 'hela kommunen', 'the rest of the council', 'the rest of the organisation', 'the whole council', 'one council', 'på tværs af forvaltning*', 'på tværs af organisationen', 'på tværs af områder*', 'fælles besluttede', 'fællesbesluttede', 'fælles løsninger', 'fælles systemer', 'fælles værktøjer', 'fælles digitale', 'kommunens digitaliseringsstrategi', 'den fælles strategi', 'på tvers av kommunen', 'felles løsninger', 'felles systemer', 'över förvaltningsgränserna', 'gemensamma lösningar', 'gemensamma system', 'across the council', 'across the municipality', 'across the organisation', 'across the organization', 'shared solutions', 'shared systems', 'shared tools', 'common platform*', 'corporate digital strategy', 'joined-up', 'fælles arkitektur', 'joint architecture', 'common architecture', 'shared architecture', 'felles arkitektur', 'gemensam arkitektur', 'arkitekturråd*', 'architecture board', 'digitaliseringsstyregruppe*', 'digitaliseringsforum', 'digitalisation forum', 'digitalization forum', 'ikke en ø', 'not an island', 'ingen øy', 'samme systemer som', 'same systems as', 'samma system som'),
    ...weighted(2, 'på tværs', 'på tvers', 'fælles *løsning*', 'fælles *system*', 'fælles *platform*', 'den fælles', 'felles *løsning*', 'gemensamma *system*', 'whole organisation', 'whole organization', 'whole council', 'corporate system*', 'corporate platform*', 'silo*', 'egen ø', 'egne løsninger', 'separate republic', 'go it alone', 'own solutions', 'fællesskabet', 'hænger sammen', 'hænge sammen', 'fælles* løsning*', 'fælles* system*', 'fælles* værktøj*', 'fælles* platform*', 'fælleskommunal*', 'fællesoffentlig*', 'digitaliseringsstrategi*', 'kommunens strategi', 'andre afdelinger', 'andre enheder', 'andre forvaltninger', 'andre områder', 'sammenhæng*', 'sammenheng*', 'sammanhang*', 'coherence', 'digital strategy', 'other departments', 'other services', 'other teams', 'shared', 'standardis*', 'standardiz*', 'lokale løsninger', 'local solutions', 'lokala lösningar', 'duplicate*', 'dobbeltsystem*', 'de samme systemer', 'the same systems', 'de samme rammeavtalene', 'samme løsning', 'same solution', 'samma lösning', 'direktionen', 'the directors', 'ledergruppen', 'kommunedirektør*', 'kommundirektör*'),
    // The unit moves into the system other units already use: "det samme, som idrætshallerne bruger", "den webshop,
    // som de andre modtagekøkkener også bruger", "det indkøbssystem, plejecentrene allerede bestiller i".
    ...needing(3, [...SHARED_SOLUTION, 'webshop*', 'gis', 'kort', 'vidensbank*', 'adressevask*'], 'også bruger', 'allerede bruger', 'også bruges', 'allerede bruges', 'bruger i forvejen', 'allerede bestiller', 'de andre', 'andre enheder', 'bruker allerede', 'også bruker', 'redan använder', 'också använder', 'already use', 'already uses', 'also use', 'also uses', 'other units', 'other teams'),
    ...needing(3, SHARED_SOLUTION, 'det samme som', 'den samme som', 'samme som', 'samma som', 'the same as', 'the same one'),
    // The municipality's shared system named in English, as "kommunens fælles" above.
    ...weighted(3, "municipality's shared", 'municipality’s shared', "council's shared", 'council’s shared', "municipality's common", 'municipality’s common'),
    ...weighted(2, 'shared * system', 'shared * platform', 'shared * solution', 'shared system*', 'shared platform*'),
    // "i det samme omsorgssystem som hjemmesygeplejen": the shared system named between the two words.
    ...needing(3, SHARED_SOLUTION, 'samme * som', 'samma * som', 'same * as'),
    // Buying nothing another unit already has ("om et andet område allerede har noget, der kan det samme").
    ...weighted(2, 'et andet område', 'en anden afdeling', 'another service', 'another department', 'en annen enhet', 'en annan förvaltning', 'kan det samme', 'does the same'),
    ...weighted(2, 'digitaliseringsenhed*', 'digitaliseringsafdeling*', 'digitaliseringsavdeling*', 'digitaliseringsenhet*', 'digitaliseringsavdelning*', 'central digital team', 'digital unit'),
    ...weighted(1, 'fælles', 'felles', 'gemensam*', 'helhed*', 'helhet*', 'strategien', 'strategi*', 'it-afdeling*', 'journalsystem*', 'fagsystem*', 'standard*', 'genbrug*', 'strategy', 'common', 'the whole', 'IT department', 'digital team'),
  ],
  guidance: {
    // What makes coherence more than a slogan ("vi er en del af en større helhed"): a shared system, platform or tool
    // named. A strategy restated, "fælles løsninger" in general, or a unit's name (often the leader's own) is not.
    // `*system` also matches "system" itself, as `journal*` matches "journalsystem".
    named: [
      '*system', '*systemet', '*systemer', '*systemerne', '*systems', '*systemets', 'platform*', 'plattform*', '*platform', '*platformen', 'portal*', '*portal', '*portalen',
      'app', 'appen', 'apps', '*modul', '*modulet', 'modul*', '*journal', '*journalen', 'journal*', 'esdh', 'sagssystem*', 'vidensbank*', '*skabelon*', 'rammeaftale*', 'rammeavtale*', 'webshop*',
      '*kalender*', 'intranet*', 'sharepoint', 'aula', 'register*', '*registret', '*registeret', 'dataplatform*', 'datavarehus*', 'service desk', 'servicedesk*', 'kortviser*', 'gis',
      'it-afdeling*', 'digitaliseringsenhed*', 'digitaliseringsafdeling*', 'it department', 'digital team', 'e-tjänst*', 'ärendehantering*',
      // A named kind of solution, not "fælles løsninger" in general: booking, map, self-service and database compounds.
      'bookingløsning*', 'booking*', 'kortløsning*', 'selvbetjeningsløsning*', 'selvbetjening*', '*database', '*databasen', 'database*', 'medicinkort*',
      'fælles kort', 'felles kart', 'gemensamma kartan', 'shared map', '*styregruppe', '*styregruppen', 'styregruppe*', 'bookingløysing*', 'e-tjeneste*',
    ],
  },
} satisfies ElementVocabulary;
