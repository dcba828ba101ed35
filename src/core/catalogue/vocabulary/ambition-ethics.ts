import { needing, weighted, type ElementVocabulary } from './types';
import { DATA_NOT_KEPT, DELETED_OR_ASKED, NOT_RECORDED } from './dataLines';
import { DIGITAL_SENSE } from './senses';

/**
 * How leaders state their ethical considerations and values in digitalisation
 * (`ambition-ethics`). The sub-check asks for something concrete: a
 * technology or a situation, or how the consideration is weighed and by whom,
 * rather than a slogan.
 */
/** What a system holds or shows of a person: the things a concrete ethical line is drawn around. */
const PERSONAL_TRACES = [
  'mitid*', 'bankid', 'cpr*', 'kode', 'koden', 'password*', 'adgangskode*', 'billedet', 'billederne', 'billedoptag*', 'billedmateriale*', 'billeder', 'foto*', 'bilde*', 'bild', 'bilder', 'photo*', 'video*', 'optag*', 'opptak*', 'recording*',
  'profil*', 'profile*', 'diagnose*', 'helbred*', 'helse*', 'health', 'fingeraftryk*', 'fingerprint*', 'ansigt*', 'face*', 'gps*', 'lokation*', 'location*', 'log', 'logge*', 'logs',
  'snapchat', 'instagram', 'facebook', 'sms*', 'chip*', 'oplysning*', 'opplysning*', 'uppgift*', 'personal data', 'persondata*', 'kamera*', 'camera*', 'mikrofon*', 'microphone*',
  // Who a person is and what they earn, use or answered: "Navn og adresse på den, der melder, vises aldrig på kortet".
  'navn', 'navne', 'navnet', 'adresse', 'adressen', 'adresser', 'name', 'names', 'address', 'addresses', 'namn', 'namnet', 'lønoplysning*', 'indkomst*', 'income', 'forbrugsdata', 'consumption data', 'besvarelse*', 'personsag*',
];

/** A machine that does not decide, and people who say yes first: concrete lines, whatever words surround them. */
const NO_MACHINE_DECIDES = ['lade et system beslutte', 'lade systemet beslutte', 'lader et system beslutte', 'lade en maskine beslutte', 'lade maskinen beslutte', 'la et system bestemme', 'la systemet bestemme', 'låta ett system bestämma', 'låta systemet bestämma', 'let a system decide', 'let the system decide', 'let it decide', 'let the machine decide', 'let an algorithm decide', 'systemet bestemmer ikke', 'the system does not decide', 'uden borgerens samtykke', 'without their consent', 'unless the child agrees', 'unless they agree', 'medmindre borgeren', 'medmindre kunden selv', 'sagt ja på skrift', 'siger ja på skrift', 'et menneske altid', 'et menneske alltid', 'en människa alltid', 'a person always'];

export const ambitionEthics = {
  heading: [
    // A list of what the unit will not do is where leaders put their ethical lines.
    ...weighted(3, "won't do", 'will not do', 'det gør vi ikke', 'gør vi ikke', 'det gjør vi ikke', 'gjør vi ikke', 'det gör vi inte', 'gör vi inte', 'hvad vi ikke gør', 'what we will not', 'sagt nej til', 'siger nej til', 'say no to', 'det vi ikke gør', 'det vi ikke gjør', 'det vi inte gör', 'what we do not do'),
    ...weighted(2, 'kamera*', 'camera*', 'overvågning*', 'overvåking*', 'övervakning*', 'surveillance', 'privatliv*', 'privacy', 'personvern*'),
    ...weighted(3, 'etik*', 'etisk*', 'etiske overvejelser', 'trækker en streg', 'streg i sandet', 'draw a line', 'trekker en strek', 'trekker grensen', 'drar gränsen', 'drar en gräns', 'trækker grænsen', 'grænser', 'where i draw the line', 'draw the line', 'ansvarlig brug', 'responsibly', 'ethic*', 'etikk', 'etiska', 'går grænsen', 'går grensen', 'går gränsen', 'går grænserne', 'går grensene', 'går gränserna', 'will never do', 'never be used for', 'aldri brukes til', 'aldrig bruges til', 'passer på', 'passer vi på', 'værner om', 'what we protect', 'what we look after', 'tar vare på', 'värnar om', 'where is the line', 'where the line is'),
    ...weighted(2, 'værdier', 'verdier', 'värderingar', 'values', 'ansvarlig digitalisering', 'responsible', 'dilemma*'),
    // Headings in the leader's own words about where the limits are ("Hvor siger vi stop?", "Det, jeg ikke vil gå på
    // kompromis med", "Er der noget, du ikke vil?").
    ...weighted(2, 'siger vi stop', 'siger stop', 'sige stop', 'sier vi stopp', 'säger vi stopp', 'say stop', 'kompromis', 'kompromiss', 'compromise', 'jeg ikke vil', 'du ikke vil', 'vi ikke vil', 'jeg ikke gør', 'i will not', "i won't", 'jeg ikke vil gå på kompromis med', 'sætter grænsen', 'sætter jeg grænsen', 'sætte grænser', 'setter grensen', 'setter jeg grensen', 'sätter gränsen', 'where i set the limit'),
  ],
  body: [
    // A line the leader holds about people's data, in the words of the case: a firm "never" or "no one" beside
    // something personal a system holds or shows ("Medarbejderne må aldrig selv taste en borgers MitID-kode",
    // "Profilerne i jobbanken må ikke rumme diagnoser").
    ...needing(2, PERSONAL_TRACES, 'aldrig', 'aldri', 'never', 'ingen', 'inga', 'no one', 'nobody', 'må ikke', 'skal ikke', 'får ikke', 'must not', 'may not', 'will not', 'ikke lagt ind', 'sendes ikke', 'vises ikke', 'deles ikke', 'not shared', 'not shown', 'delas inte', 'visas inte'),
    ...weighted(2, 'til for mennesker', 'til for menneskene', 'for people, not', 'for people and not', 'for människor', 'for mennesker og ikke', 'ingens sag', "nobody's business", 'ingen andres sak', 'sløre ansigter', 'blur faces', 'sladde', 'slettes efter', 'deleted after', 'slettes etter', 'raderas efter', 'holde øje med den enkelte', 'keep an eye on individual', 'check whether they deserve', 'not switching that on', 'slår det ikke til', 'sagt nej til', 'said no to', 'sagt nei til', 'sagt nej till', 'jeg sagde nej', 'sagde jeg nej', 'i said no', 'jeg sa nei', 'jag sa nej', 'lånehistorik', 'filmer folk', 'film people', 'films people'),
    // Ethics in a leader's daily work is often care ethics, telephone manners or food ethics: it counts
    // when the paragraph also speaks of something digital.
    // "Ethical hacking" is security testing, not an ethical consideration.
    { term: 'ethic*', weight: 3, requires: DIGITAL_SENSE, requiresWithin: 'paragraph', unless: ['hacking', 'hacker', 'hackers', 'hackning'] },
    { term: 'etisk*', weight: 3, requires: DIGITAL_SENSE, requiresWithin: 'paragraph', unless: ['hacking', 'hacker', 'hackere', 'hackning'] },
    ...needing(3, DIGITAL_SENSE, 'etik*', 'etikk', 'uetisk*', 'unethical', 'etiske overvejelser', 'etiske dilemma*', 'ethical dilemma*'),
    // A line the leader holds without naming ethics: a machine does not decide, people are asked first,
    // recordings are deleted.
    ...weighted(3, ...NO_MACHINE_DECIDES),
    // A system that would sort or predict people, refused ("vil vi ikke have et system, der sorterer par efter alder").
    ...needing(2, ['system*', 'værktøj*', 'tool*', 'verktøy*', 'verktyg*', 'algoritm*', 'algorithm*', 'model*', 'app', 'appen', 'program*', 'ai'], 'sorterer * efter', 'sorterer folk', 'sortere folk', 'sorts people', 'forudsige*', 'forutsi*', 'förutsäga*', 'predict* * risk', 'predict* risk'),
    // Registers not matched to single people out ("Vi samkører ikke oplysninger fra skole og jobcenter").
    ...weighted(3, 'samkører ikke', 'samkører vi ikke', 'samkøre ikke', 'samkjører ikke', 'samkjører vi ikke', 'samkör inte', 'samkörs inte', 'do not match data', 'no data matching', 'will not match data'),
    ...weighted(3, 'noget, vi ikke gør', 'noget vi ikke gør', 'ting, vi ikke gør', 'ting vi ikke gør', 'something we will not do', 'things we will not do', 'things we do not do', 'noe vi ikke gjør', 'något vi inte gör'),
    ...weighted(3, 'med deres samtykke', 'kun med samtykke', 'with their consent', 'only with consent', 'only with their consent', 'med samtykke fra', 'med samtykke', 'with consent', 'med deras samtycke'),
    // Data kept to a minimum: what a system does not store or register about people.
    ...weighted(3, ...DATA_NOT_KEPT),
    ...weighted(3, ...NOT_RECORDED),
    ...weighted(2, 'følsomme oplysninger', 'følsomme data', 'sensitive data', 'sensitive information', 'sensitive personal', 'sensitive opplysninger', 'känsliga uppgifter', 'aldrig erstatte', 'må aldrig erstatte', 'never replace', 'aldri erstatte', 'billeder af børn*', 'photos of children', 'bilder av barn*', 'bilder på barn*'),
    ...weighted(2, ...DELETED_OR_ASKED),
    ...weighted(3, 'trækker grænsen', 'trækker jeg grænsen', 'draw the line', 'etiske grænse*', 'ethical line*', 'dataetik*', 'dataetisk*', 'dataetikk*', 'data ethics', 'digital etik', 'digital ethics'),
    ...weighted(2, 'værdighed*', 'lokationsdata', 'location data', 'positionsdata', 'gps-*', 'sporing*', 'tracking', 'people before', 'mennesker før', 'verdighet', 'värdighet', 'personvernet', 'integriteten', 'åpenhet', 'öppenhet', 'rettferdig*', 'rättvis*', 'menneskelig vurdering', 'mänsklig bedömning', 'respekt for', 'with respect for', 'responsibly', 'ansvarligt', 'forsvarlig*', 'krænke*', 'grænse*', 'privatliv*', 'overvågning*', 'gennemsigtig*', 'dignity', 'privacy', 'surveillance', 'transparen*', 'fairness', 'retfærdig*', 'personvern*', 'integritet*', 'dilemma*', 'et menneske træffer', 'a human decides', 'a person decides', 'et menneske', 'en människa', 'a human', 'grense*', 'gräns*'),
    { term: 'AI', weight: 1, caseSensitive: true },
    { term: 'KI', weight: 1, caseSensitive: true },
    ...weighted(1, 'værdi*', 'value*', 'verdi*', 'tillid*', 'trust', 'åbenhed*', 'openness', 'persondata*', 'personal data', 'gdpr', 'samtykke*', 'consent', 'kunstig intelligens', 'artificial intelligence', 'algoritm*', 'algorithm*', 'kamera*', 'camera*', 'ansvarlig*', 'responsib*'),
  ],
  guidance: {
    concrete: [
      // A line drawn around people's data in the words of the case is concrete by itself: what is not stored, not
      // filmed or used, deleted or asked first.
      ...DATA_NOT_KEPT,
      ...NOT_RECORDED,
      ...DELETED_OR_ASKED,
      ...NO_MACHINE_DECIDES,
      // A technology or a situation a colleague could point to. Words a slogan also uses ("et menneske bag
      // skærmen", "borgernes tillid", "GDPR", "data") do not make a consideration concrete on their own.
      { term: 'AI', caseSensitive: true }, { term: 'KI', caseSensitive: true },
      // Matching registers to single people out is a practice a colleague could point to.
      'samkør*', 'samkjør*', 'samkörning*', 'data matching', 'pointgiv*', 'bedømme folk', 'bedømme medarbejdere', 'judge people', 'rank people',
      'kunstig intelligens', 'chatgpt', 'copilot', 'algoritm*', 'kamera*', 'overvågning*', 'persondata*', 'samtykke*', 'sagsbehandling*', 'afgørelse*', 'robot*', 'sensor*', 'velfærdsteknologi*', 'skærmbesøg*', 'videobesøg*', 'dilemma*',
      'artificial intelligence', 'algorithm*', 'camera*', 'surveillance', 'personal data', 'case handling', 'casework', 'decision*', 'consent', 'sensors', 'screen visit*', 'video visit*',
      'personvern*', 'samtycke*', 'saksbehandling*', 'vedtak*', 'ärendehantering*', 'handläggning*', 'beslut',
      // A system that flags people or their money for a closer look.
      'markering*', 'markerer', 'markeras', 'markerats', 'flagged', 'flagging', 'kontoudtog*', 'kontoutdrag*', 'bank statement*',
      // A system that sorts or predicts people ("et system, der sorterer par efter nationalitet", "predict suicide risk").
      // Data kept only in sums ("Single trips are aggregated to a 100-metre grid after 24 hours and then deleted").
      'aggregated', 'aggregeres', 'aggregeret', 'aggregert', 'aggregeras', 'aggregerade', 'then deleted', 'derefter slettet', 'deretter slettet',
      'chatbot*', 'opslag i', 'lookups', 'udpeger', 'peker ut', 'pekar ut', 'singles out', 'sorterer', 'sortere', 'sorteres', 'sorterar', 'sortera', 'sorts people', 'sorting people', 'forudsige*', 'forudsiger', 'forutsi*', 'förutsäga*', 'förutsäger', 'predict*',
      // Where someone is, live, and lists that rank people or properties; a caseworker who looks before anything happens.
      'posisjon*', 'position*', 'sanntid', 'realtid', 'real time', 'live location', 'rangere*', 'rangering*', 'rangordn*', 'ranking', 'ranks', '*foto', '*fotoene', '*fotos', '*fotoet', 'sagsbehandler*', 'saksbehandler*', 'handläggare*', 'caseworker*',
      // What a concrete consideration is about: recordings and data kept on people, scores and profiles,
      // and control of people, in the words leaders use for them.
      'billede*', 'billeder', 'foto*', 'video*', 'lydoptag*', 'optagelse*', 'telefon*', 'journal*', 'risikoscore*', 'profilering*', 'registrering*', 'registrerer', 'sporing*', 'kontrol', 'mitid', 'gps*', 'lokation*', 'chip*', 'logge*', 'helbredsoplysning*', 'cpr*',
      'bilde*', 'opptak*', 'bild*', 'inspelning*', 'bankid',
      'databehandling*', 'data processing', 'timedata', 'måledata', 'målerdata', 'fjernaflæs*', 'smart meter*', 'et menneske vurderer', 'a person reviews', 'a person checks',
      'photo*', 'recording*', 'phone*', 'records', 'profiling', 'scoring', 'monitoring', 'tracking', 'location*', 'health data',
    ],
  },
} satisfies ElementVocabulary;
