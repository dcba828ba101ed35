import { weighted, type ElementVocabulary } from './types';
import { MEETING_SENSE } from './senses';

/**
 * Words with which an answer declines a routine, or keeps the digital for when there is occasion. `unless` reads
 * them one word at a time, anywhere in the sentence, so each must say it alone.
 */
const DECLINED_ROUTINE = [
  'relevant', 'anledning', 'lejlighed', 'lejligheden', 'occasion', 'behov', 'needed', 'relevans', 'whenever', 'ikke', 'inte', 'not',
  // Kept for when someone has something, when it makes sense, or only perhaps: no routine a colleague could attend.
  'noget', 'noe', 'något', 'something', 'mening', 'måske', 'maybe', 'perhaps', 'kanskje', 'kanske',
  // Declined in English contractions, or left to come up by itself ("I don't want a standing item", "will come up naturally").
  "don't", 'don’t', "won't", 'won’t', 'never', 'aldrig', 'aldri', 'naturally', 'naturligt', 'naturlig', 'naturligvis', 'trengs', 'behövs',
];

/** Words that make a rhythm a time to talk about, or look at, the digital work together. */
const TALK_OR_DIGITAL = [
  'møde*', '*møde', '*mødet', 'møte*', 'möte*', 'meet*', 'snak*', 'tal*', 'drøft*', 'igennem', 'gennemgå*', 'gennemgang*', 'ser på', 'kigger', 'fortæl*', 'punkt*', 'dagsorden*', 'tavle*', 'kaffe*',
  'digital*', '*system*', 'værktøj*', 'verktøy*', 'verktyg*', 'tool*', 'app', 'appen', 'apps', 'teams', 'prat*', 'diskut*', 'träff*', 'talk*', 'discuss*', 'review*', 'item*', 'agenda',
];

/**
 * How leaders say digitalisation gets onto their own unit's agenda
 * (`ambition-agenda`): staff meetings, standing items, a rhythm.
 */
export const ambitionAgenda = {
  heading: [
    ...weighted(3, 'på dagsordenen', 'on the agenda', 'på dagordningen', 'dagsorden*', 'dagordning*', 'agenda'),
    // A heading that names the unit's recurring meeting, or keeping the work going, is where the routine is told.
    ...weighted(2, 'hver måned', 'hver uge', 'every month', 'every week', 'hver fredag', 'hver mandag', 'tavlemøde*', 'morgenmøde*', 'personalemøde*', 'teammøde*', 'ugemøde*', 'personalmøte*', 'avdelingsmøte*', 'arbetsplatsträff*', 'team meeting*', 'staff meeting*', 'holder vi det i gang', 'holde det i gang', 'holder det i gang', 'holder liv i', 'holde liv i', 'holder vi liv i'),
    ...weighted(2, 'i hverdagen', 'talking about it', 'how we talk', 'tale om det', 'taler om det', 'snakke om det', 'snakker om det', 'prate om det', 'prata om det', 'vores møder', 'møderne', 'møder', 'hverdag*', 'holder fast', 'holde fast', 'fast i det', 'our meetings', 'meetings', 'keep it alive', 'keep it going', 'rytme', 'i min enhed', 'i vores enhed', 'i afdelingen', 'in my unit', 'in our team', 'i min avdeling', 'i min avdelning', 'sådan taler vi om', 'how we talk about'),
  ],
  body: [
    ...weighted(3, 'personalemøde*', 'regular slot', 'fixed slot', 'standing slot', 'fast digitalt kvarter', 'fast kvarter', 'hvornår snakker vi om det', 'hvornår taler vi om det', 'allmøte*', 'ledermøte*', 'ledningsgrupp*', 'arbetsplatsmöte*', 'fast sak', 'fast punkt på', 'stående sak', 'afdelingsmøde*', 'teammøde*', 'fast punkt', 'faste punkt*', 'fast* punkt på', 'på dagsordenen', 'personalmøte*', 'avdelingsmøte*', 'arbetsplatsträff*', 'stående punkt*', 'staff meeting*', 'team meeting*', 'standing item*', 'on the agenda', 'on our agenda'),
    // A slot in a recurring meeting, told by its rhythm and its length ("hver anden mandag 20 minutter om …").
    ...weighted(2, 'hver anden mandag', 'hver anden tirsdag', 'hver anden onsdag', 'hver anden torsdag', 'hver anden fredag', 'hver anden uge', 'every other week', 'første punkt på', 'første punkt', 'første kvarter', 'et kvarter om', 'minutter om', 'månedsmøde*', 'first item', 'first fifteen minutes', 'minutes on', 'første punkt på dagsordenen', 'et kvarter', 'ett kvart', 'annenhver', 'varannan'),
    ...weighted(2, 'ledermøde*', 'hver mandag', 'hver tirsdag', 'hver onsdag', 'hver torsdag', 'hver fredag', 'every monday', 'every tuesday', 'every wednesday', 'every thursday', 'every friday', 'i måneden', 'a month', 'varje månad', 'hver uke', 'ledelsesteam*', 'ledergruppe*', 'ledelsesgruppe*', 'ledermøderne', 'management team*', 'leadership team*', 'på møderne', 'i møderne', 'tage det op', 'tager det op', 'tages op', 'take it up', 'regularly', 'jævnligt', 'status på', 'morgenmøde*', 'tavlemøde*', 'temadag*', 'temamøde*', 'MED-møde*', 'LMU', 'udviklingsdag*', 'huddle*', 'away day*', 'team day*', 'månedlig*', 'hver måned', 'hvert kvartal', 'every quarter', 'every month', 'monthly', 'quarterly', 'hvert halve år', 'to gange om året', 'to ganger i året', 'två gånger om året', 'twice a year', 'stand-up*', 'standup*', 'ugentlige møder', 'ukentlige møter', 'weekly meeting*', 'ugemøde*', 'veckomöte*'),
    { term: 'dagsorden*', weight: 1, requires: ['digital*', 'teknolog*', 'enhed*', 'afdeling*', 'fast*'], unless: MEETING_SENSE },
    { term: 'agenda', weight: 1, requires: ['digital*', 'technolog*', 'team', 'unit', 'regular*'] },
    { term: '*møde*', weight: 2, requires: ['digital*', 'teknolog*', 'it', 'ai', 'fast*', 'hver', 'kvarter'] },
    { term: 'drøft*', weight: 1, requires: ['digital*', 'teknolog*', 'ai'] },
    { term: 'discuss*', weight: 1, requires: ['digital*', 'technolog*', 'ai'] },
    ...weighted(1, 'kvartal*', 'møde*', 'møte*', 'möte*', 'meeting*', 'workshop*', 'rytme*', 'rhythm', 'fast*', 'regular*', 'hver uge', 'weekly', 'årlig*', 'annual*'),
  ],
  guidance: {
    routine: [
      // A rhythm counts where the sentence says it is a time to talk or to look at the digital work together
      // ("hver anden måned bruger vi den første halve time af ledermødet på …"), not the rhythm of some other
      // work ("vi scanner hver måned"). "Every day", "all the time" and "when there is occasion" are no rhythm.
      ...[
        'hver uge', 'hver anden', 'hver måned', 'hvert kvartal', 'hvert halve år', 'hver mandag', 'hver tirsdag', 'hver onsdag', 'hver torsdag', 'hver fredag',
        'ugentlig*', 'månedlig*', 'kvartalsvis', 'om ugen', 'om måneden', 'i måneden', 'i kvartalet', 'gange om året', 'gang om året', 'efter hver', 'minutter', 'kvarter', 'halve time',
        'hver uke', 'annenhver', 'ganger i året', 'gang i kvartalet', 'etter hver', 'varje vecka', 'varannan', 'varje månad', 'gånger om året', 'efter varje',
        'every week', 'every other', 'every second', 'every month', 'every quarter', 'weekly', 'monthly', 'quarterly', 'fortnightly', 'twice a year', 'a quarter', 'after each', 'after every', 'minutes', 'half hour', 'halvtimme*', 'halvtimmen',
        // The weekdays in English and Swedish, as the Danish ones above.
        'every monday', 'every tuesday', 'every wednesday', 'every thursday', 'every friday', 'varje måndag', 'varje tisdag', 'varje onsdag', 'varje torsdag', 'varje fredag',
      ].map((term) => ({ term, requires: TALK_OR_DIGITAL })),
      // A fixed slot or a named recurring meeting is a routine in itself, unless the sentence declines it ("jeg vil
      // ikke have et fast punkt") or keeps it for when there is occasion ("på teammøderne, når det er relevant").
      ...[
        'teammøde*', 'personalemøde*', 'afdelingsmøde*', 'personalmøte*', 'avdelingsmøte*', 'team meeting*', 'staff meeting*',
        'minutter om', 'kvarter om', 'time om', 'minutter på', 'minutes on', 'fast hver', 'fast punkt', 'faste punkt*', 'fast plads', 'fast kvarter', 'stående punkt*', 'morgenmøde*', 'tavlemøde*',
        'ledermøde*', 'ugemøde*', 'månedsmøde*', 'fredagsmøde*', 'mandagsmøde*', 'morgenkaffe*', 'MED-møde*', 'LMU',
        'allmøte*', 'ledermøte*', 'fast sak', 'stående sak', 'arbetsplatsträff*', 'arbetsplatsmöte*', 'veckomöte*', 'månadsmöte*', 'månadsträff*', 'minuter om', 'minuter på',
        'standing item*', 'regular slot', 'fixed slot', 'standing slot', 'huddle*', 'stand-up*', 'standup*', 'management meeting*', 'morning meeting*', 'monday meeting*', 'toolbox talk*', 'toolbox meeting*',
      ].map((term) => ({ term, unless: DECLINED_ROUTINE })),
    ],
  },
} satisfies ElementVocabulary;
