import { weighted, type ElementVocabulary } from './types';

/**
 * How leaders name what their unit will have reached in two years
 * (`ambition-goals`). The sub-check looks for something a colleague could
 * check then: a number or share, a date, or an observable result. Digits are
 * matched as "contains 0, 1, 3 … 9", so a bare "2" (as in "om 2 år", the
 * question's own horizon) is no target.
 */
/** Words that give a target to the strategy or the council rather than the unit; read one at a time, in the sentence. */
const BORROWED_TARGET = ['strategien', 'strategiens', 'strategin', 'strategins', 'strategy’s', "strategy's", 'byrådets', 'kommunalbestyrelsens', 'kommunestyrets', 'kommunfullmäktiges', 'council’s', "council's"];

/** "Målt op", "målt til 212 kilometer": a thing measured, not a result followed up. */
const MEASURED_UP = ['op', 'opp', 'upp', 'til', 'ud', 'ut'];

/** A year alone ("flere glade gæster i 2028") is the question's own horizon, like "om to år": no figure to check. */
const HORIZON_YEARS = ['2026', '2027', '2028', '2029', '2030'];

export const ambitionGoals = {
  heading: [
    ...weighted(3, 'om to år', 'where we should be', 'where we will be', 'hvor vi skal være', 'hvor vi vil være', 'hvor vi er om', 'der vi skal være', 'var vi ska vara', 'have nået', 'skal være nået', 'nået inden', 'to år fra nu', 'two years from now', 'by 2028', 'inden 2028', 'om to år er', 'om 2 år', 'in two years', 'om två år', 'mål', 'målene', 'mine mål', 'vores mål', 'goals', 'targets', 'my goals', 'our goals', 'målsætning*', 'mål og resultater', 'what we will have achieved', 'hvor vil vi hen', 'hvor skal vi hen', 'hvor vil jeg hen', 'hvor skal vi være', 'hvor vil vi være', 'hvor skal vi', 'where are we going', 'where we are going', 'where we are heading', 'where do we want to be', 'vart ska vi', 'vart vill vi', 'hvor vil vi'),
    ...weighted(2, 'resultat*', 'results', 'hvad vi har nået', 'ambitionsniveau', 'målbilde*', 'målbild', 'anderledes', 'annerledes', 'annorlunda', 'different', '2027', '2028', '2029', '2030'),
  ],
  body: [
    ...weighted(3, 'om to år', 'om 2 år', 'inden for to år', 'om to år har', 'innen to år', 'om två år har', 'inom två år', 'vårt mål', 'målet vårt', 'målet är', 'have nået', 'skal vi have nået', 'om to år vil', 'om to år er', 'i 2028', 'inden 2028', 'by 2028', 'om två år', 'in two years', 'within two years', 'in two years’ time', 'two years from now', 'vi har nået', 'har vi nået', 'målet er', 'vores mål er', 'mit mål er', 'my goal is', 'our goal is', 'we will have'),
    ...weighted(2, '%', '2027', '2028', '2029', 'by january', 'by spring', 'by summer', 'by autumn', 'by the summer', 'by the autumn', 'inden sommeren', 'inden jul', 'inden foråret', 'inden efteråret', 'every resident', 'hver beboer', 'alle beboere', 'procent*', 'prosent*', 'per cent', 'percent', 'mål', 'målene', 'målsætning*', 'goal*', 'target*', 'har afprøvet', 'har afklaret', 'har taget', 'har indført', 'er i brug', 'er i drift', 'in use', 'in operation', 'have tested', 'have decided', 'inden udgangen af', 'by the end of', 'målbar*', 'measurable', 'halvdel*', 'half of'),
    ...weighted(1, 'mindst', 'minst', 'at least', 'højst', 'høyst', 'högst', 'no more than', 'senest', 'resultat*', 'result*', 'opnå*', 'achieve*', 'reach*', 'nå*', 'måle*', 'målt', 'measure*', 'afklar*', 'afprøv*'),
  ],
  // A number or a date is a target only in a paragraph about where the unit will be: "mindst én familie i foråret"
  // in a paragraph about trying a tool is no goal.
  guidanceNeeds: [
    ...weighted(1, 'om to år', 'om 2 år', 'to år', 'two years', 'to års', 'två år', 'inden for to år', 'innen to år', 'inom två år', 'in two years', 'within two years'),
    ...weighted(1, '2027', '2028', '2029', 'mål', 'målet', 'målene', 'målsætning*', 'målsetting*', 'målsättning*', 'goal*', 'target*', 'aim*', 'resultat*', 'result*', 'nået', 'opnået', 'nådd', 'nått', 'reached', 'achieved'),
  ],
  guidance: {
    // A number the strategy or the council set ("Strategien har som mål, at 90 % …") is the municipality's target, not
    // the unit's: a sentence that gives it to them makes no checkable goal of the leader's own.
    checkable: [
      '*0*', '*1*', '*3*', '*4*', '*5*', '*6*', '*7*', '*8*', '*9*', '%',
      'procent*', 'prosent*', 'pct', 'halvdel*', 'hälften', 'en tredjedel', 'en fjerdedel', 'flertal*', 'alle medarbejdere', 'alle borgere', 'ingen borgere', 'hver medarbejder', 'mindst', 'højst', 'minst', 'høyst', 'högst',
      'senest', 'inden udgangen', 'udgangen af', 'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december', 'sommerferie*', 'nytår*', 'inden sommeren', 'inden jul', 'før sommeren', 'innan sommaren',
      'january', 'february', 'march', 'june', 'july', 'october', 'januari', 'februari', 'mars', 'mai', 'augusti', 'desember',
      'er i brug', 'er i drift', 'har afprøvet', 'har afklaret', 'har besluttet', 'har indført', 'har taget', { term: 'målt', unlessNext: MEASURED_UP }, 'måling*', 'tilfredshed*', 'undersøgelse*', 'opgørelse*',
      'per cent', 'percent', 'half of', 'a third', 'a quarter', 'all staff', 'every member', 'at least', 'no more than', 'by the end', 'by march', 'by june', 'in use', 'in operation', 'have tested', 'have decided', 'measured', 'survey*', 'satisfaction',
    ].map((term) => (typeof term === 'string' ? { term, unless: BORROWED_TARGET, except: HORIZON_YEARS } : { ...term, unless: BORROWED_TARGET })),
  },
} satisfies ElementVocabulary;
