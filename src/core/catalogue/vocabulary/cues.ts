/*
 * Cue words that are not about any one element but about how a text speaks.
 * Like the element vocabularies they are data, in Danish, Norwegian, Swedish
 * and English.
 */

/** Words that show a text says how, not only what: actions, commitments, responsibility, principles, routines. */
export const HOW_CUES = [
  // Danish
  'vil', 'skal', 'sikre*', 'ansvar*', 'handling*', 'initiativ*', 'indsats*', 'princip*', 'mål', 'målet', 'gennem', 'ved at', 'plan*',
  'etabler*', 'afsætte*', 'afsætter', 'igangsæt*', 'udarbejd*', 'prioriter*', 'tilbyd*', 'tilbyder', 'gør', 'gøre', 'beslut*', 'gælder',
  'følger', 'arbejder', 'bruger', 'vurderer', 'afprøver', 'indfører', 'udbreder', 'udfaser', 'opretter', 'drøfter', 'fastsætter',
  'godkender', 'krav', 'kravet', 'regel', 'regler', 'altid', 'aldrig', 'hvert', 'årlig*', 'vi', 'derfor', 'konkret*',
  // A change stated in the passive or as a date-bound fact ("Regnearket lukkes samme dag", "Fra marts er der ét skema").
  'fremover', 'lukkes', 'lukker', 'erstattes', 'erstatter', 'samles', 'samler', 'udfases', 'nedlægges', 'afvikles', 'flyttes',
  'flytter', 'skifter', 'stopper', 'fra og med',
  // What was done, told in the past: a test that changed something is a practice, not an intention.
  'har testet', 'testede', 'har afprøvet', 'afprøvede', 'ændrede', 'har ændret', 'blev ændret', 'rettede', 'har rettet', 'valgte', 'har valgt',
  // Norwegian and Swedish
  'skal vi', 'ska', 'skall', 'kommer att', 'vi vil', 'vill', 'tiltak', 'åtgärd*', 'insats*', 'säkerställ*', 'alltid', 'alla', 'varje',
  'erbjud*', 'inför*', 'inrätta*', 'genomför*', 'skapa*', 'gjennomfør*', 'innfør*', 'tilby*', 'gennemfør*', 'får', 'alle',
  'endret', 'endrede', 'testade', 'har testat', 'ändrade', 'valde', 'framover', 'legges ned', 'avvikles', 'ersätts', 'ersätter', 'stängs', 'avvecklas', 'samlas', 'slås ihop', 'slås sammen',
  // English
  'will', 'shall', 'must', 'need to', 'needs to', 'ensure*', 'responsib*', 'action*', 'principle*', 'establish*', 'always', 'never',
  'every', 'each', 'we', 'our', 'commit*', 'deliver*', 'invest*', 'introduc*', 'implement*', 'require*', 'priorit*',
  'replace*', 'closes', 'closed', 'switched off', 'retire*', 'merge*', 'from now on', 'tested', 'changed', 'fixed', 'chose',
];

/** Words that point to another document ("se bilag", "jf. politikken", "described in"). */
export const REFERENCE_CUES = ['se', 'jf', 'henvis*', 'fremgår af', 'beskrevet i', 'læs mere', 'see', 'refer*', 'described in', 'se även', 'se vedlegg'];

/** Names of other documents a reference points to. */
export const DOCUMENT_CUES = ['*politik*', '*strategi*', '*bilag*', '*plan', '*planen', '*planer', 'policy', 'appendix', '*retningslinje*', '*policy', '*vedlegg*', '*bilaga*'];
