import { weighted, needing, type ElementVocabulary } from './types';
import { SCHOOL_SENSE } from './senses';

/** The digital channels a reader may be without: the company a relative clause about not using something needs. */
const INCLUSION_CHANNELS = ['internet*', 'nettet', 'nett', 'nätet', 'online', 'app', 'apps', 'appen', 'appar*', 'hjemmeside*', 'hjemmesiden', 'nettside*', 'webbplats*', 'website*', 'digital*', 'selvbetjening*', 'självservice', 'e-tjänst*', 'computer*', 'datamaskin*', 'dator*', 'smartphone*', 'smarttelefon*', 'tablet*', 'nettbrett*', 'surfplatt*', 'mitid', 'bankid', 'e-boks', 'digipost', 'portal*', 'skærm*', 'skjerm*', 'skärm*', 'screen*'];

/** How strategies name `inclusion`: weights 3 = says it alone, 2 = strong, 1 = needs company. */
export const inclusion = {
  heading: [
    ...weighted(2, 'bruger ikke computer', 'ikke bruger computer', 'bruker ikke datamaskin', 'använder inte dator', "don't use a computer", 'do not use a computer', 'uden computer'),
    ...weighted(2, 'no one has to', 'nobody has to', 'ingen skal have', 'ingen behøver', 'ingen trenger', 'ingen behöver', 'hvis du ikke bruger', 'hvis du ikke bruker', 'om du inte använder', 'if you don’t use', 'if you do not use'),
    ...weighted(2, 'ikke henger med', 'henger ikke med', 'ikke kan følge med', 'inte hänger med', 'can’t keep up', 'ikke er på nett', 'inte är på nätet', 'ikke er på nettet'),
    // Who is left without the digital channel, named by what they lack ("Papir til dem, der ikke har Digital Post").
    ...weighted(2, 'ikke har digital post', 'uden digital post', 'fritaget for digital post', 'ikke har mitid', 'uden mitid', 'without mitid', 'uten bankid', 'utan bankid', 'ikke får sms', 'uden mobil*', 'uten mobil*', 'utan mobil*', 'without a mobile', 'without a phone', 'uden smartphone', 'without a smartphone'),
    ...weighted(2, 'ikke alle vil', 'ikke alle kan', 'ikke alle vil eller kan', 'not everyone can', 'not everyone wants', 'inte alla kan', 'inte alla vill', 'der ikke kan bruge', 'som ikke kan bruke', 'som inte kan använda', 'who cannot use', 'utan telefon', 'uden telefon', 'uten telefon', 'ikke kan finde ud af', 'inte klarar', 'ikke klarer', 'can’t manage', 'cannot manage'),
    // The reader without the tool, asking or told ("Jeg har ikke MitID", "Du behøver ikke en smartphone").
    ...weighted(2, 'har ikke mitid', 'har ikke en smartphone', 'ikke en smartphone', 'behøver ikke en smartphone', 'uten smarttelefon', 'utan smarttelefon', "don't need a smartphone", 'do not need a smartphone', 'ikke bruker digitale', 'ikke bruger digitale', 'inte använder digitala', 'har ikke bankid', 'har inte bankid'),
    ...weighted(3, 'ikke kan eller vil', 'ikke kan eller ikke vil', 'inte kan eller vill', 'cannot or will not', 'can’t or won’t'),
    ...weighted(2, 'papper* fortfarande', 'papir stadig', 'papir fortsatt', 'paper still', 'paper is still', 'ikke har en computer', 'ikke har computer', 'uten datamaskin', 'utan dator', 'without a computer', 'ikke kan bruke digitale', 'ikke kan bruge digitale', 'inte kan använda digitala', 'cannot use digital', 'can’t use digital', 'who are not online', 'som ikke er på nettet'),
      { term: 'digital inklusion', weight: 2 },
      { term: 'inklusion', weight: 2, unless: SCHOOL_SENSE },
      { term: 'inkluder*', weight: 2, unless: SCHOOL_SENSE },
      { term: 'inkludering', weight: 2, unless: SCHOOL_SENSE },
      { term: 'digitalt udfordrede', weight: 2 },
      { term: 'kunne være med', weight: 2 },
      { term: 'alle med', weight: 2 },
      { term: 'digital inclusion', weight: 2 },
      { term: 'inclusion', weight: 2, unless: SCHOOL_SENSE },
      { term: 'utenforskap', weight: 2 },
      'tilgængelighed',
      'accessibility',
    ...weighted(2, 'ingen efterlades', 'ingen skal stå udenfor', 'ingen skal stå utenfor', 'ingen ska lämnas utanför', 'alle skal med', 'alle kan være med', 'alla ska kunna', 'nobody left behind', 'no one left behind', 'leave no one behind', 'anden vej', 'en anden vej', 'ikke er digital', 'ikke digital', 'ikke-digital*', 'not online', 'offline', 'delaktig*', 'delaktighet', 'utanförskap', 'digital hjælp', 'hjælp til', 'hjelp til', 'hjälp', 'digital inkludering', 'digital delaktighet', 'accessib*'),
    ...weighted(2, 'tabes', 'tabt', 'ingen tabes', 'tabes undervejs', 'lades i stikken', 'falder igennem', 'left out', 'falls through', 'alle kan', 'for alle', 'for everyone', 'everyone', 'alle borgere', 'trygge ved', 'tryg ved', 'confident online'),
    ...weighted(2, 'digitalt utenfor', 'digitalt utanför', 'digitalt ovana', 'digitally excluded', 'kunna vara med', 'kunna delta', 'kunne delta', 'able to take part', 'alla med', 'udenforskab', 'digital exclusion', 'alla ska med', 'alla kan vara med', 'everyone can take part', 'annen vei', 'en annen vei', 'annan väg', 'en annan väg', 'inte är digital*', 'icke-digital*', 'non-digital', 'digital help', 'digital hjelp', 'digital support', 'faller utenfor', 'faller gjennom', 'hamnar utanför', 'faller utanför', 'faller mellan stolarna', 'för alla', 'alla kan', 'alla invånare', 'alle innbyggere', 'all residents', 'all citizens'),
    ...weighted(1, 'tilgjengelighet', 'tillgänglighet'),
    ],
  body: [
    // Citizens without the phone, the MitID or the Digital Post a digital channel takes, and those who cannot read its
    // message, named in the words of the case ("Borgere uden mobiltelefon: hjemmeplejens liste og dørbanken").
    // Those who cannot do the task digitally, whatever the task ("ejere, der ikke kan søge digitalt").
    ...weighted(3, 'ikke kan * digitalt', 'kan ikke * digitalt', 'ikke kan * online', 'inte kan * digitalt', 'ikke kan * digitalt selv', 'cannot * online', 'can’t * online', 'unable to * online'),
    ...weighted(2, 'uden telefon', 'uten telefon', 'utan telefon', 'without a phone', 'uden computer', 'without a computer'),
    ...weighted(2, 'uden mobiltelefon', 'uden smartphone', 'uden mobil', 'uten mobiltelefon', 'uten smarttelefon', 'utan mobiltelefon', 'utan smartphone', 'without a mobile phone', 'without a smartphone', 'uden mitid', 'uten bankid', 'utan bankid', 'without mitid', 'ikke har digital post', 'ikke læser dansk', 'ikke kan læse dansk', 'ikke leser norsk', 'inte läser svenska', 'do not read english', "don't read english"),
    ...weighted(1, 'blinde', 'svagtseende', 'døve', 'hørehæmmede', 'blind', 'deaf', 'synshemmede', 'hørselshemmede', 'synskadade', 'hörselskadade', 'hjemløse', 'homeless', 'bostadslösa', 'bostedsløse'),
    ...weighted(3, 'ikke kan eller vil', 'ikke kan eller ikke vil', 'inte kan eller vill', 'cannot or will not', 'can’t or won’t', 'kan ikke eller vil ikke'),
    ...weighted(2, 'ingen ska tvingas', 'ingen skal tvinges', 'ingen tvinges', 'ingen bliver tvunget', 'no one will be forced', 'nobody will be forced', 'no one is forced', 'pappersblankett*', 'papirblanket*', 'papirskjema*', 'paper form*'),
    ...weighted(3, 'digital equity', 'digital equality', 'digital lighed', 'digital likhet', 'digital jämlikhet'),
      { term: 'digital inklusion', weight: 3 },
      { term: 'digitalt inkluder*', weight: 3 },
      { term: 'inklusion*', weight: 1, unless: SCHOOL_SENSE },
      { term: 'inkludering', weight: 1, unless: SCHOOL_SENSE },
      { term: 'digitalt udfordrede', weight: 3 },
      { term: 'digitalt udsatte', weight: 3 },
      { term: 'digitalt usikre', weight: 3 },
      { term: 'svært ved det digitale', weight: 3 },
      { term: 'svært ved digital*', weight: 3 },
      { term: 'struggle* with digital', weight: 3 },
      { term: 'digital services hard', weight: 3 },
      { term: 'assisteret selvbetjening', weight: 3 },
      { term: 'digital fuldmagt', weight: 3 },
      { term: 'fritag*', weight: 2, requires: ['digital*', 'post'] },
      { term: 'analoge alternativ*', weight: 3 },
      { term: 'analog* løsning*', weight: 2 },
      { term: 'personlig hjælp', weight: 2 },
      { term: 'hjælpende hånd', weight: 1 },
      { term: 'it-café*', weight: 2 },
      { term: 'it-hjælp*', weight: 2 },
      { term: 'webtilgængelighed', weight: 2 },
      { term: 'tilgængelig*', weight: 1 },
      { term: 'hver femte', weight: 2 },
      { term: '20 %', weight: 2 },
      { term: '20 procent', weight: 2 },
      { term: 'hvide elefant*', weight: 2 },
      { term: 'ordblind*', weight: 1 },
      { term: 'tosproged*', weight: 1 },
      { term: 'digital inclusion', weight: 3 },
      { term: 'digitally excluded', weight: 3 },
      { term: 'assisted self-service', weight: 3 },
      { term: 'analogue alternative*', weight: 3 },
      { term: 'digitalt utenforskap', weight: 3 },
      { term: 'accessib*', weight: 1 },
    ...weighted(3, 'ikke kan bruge de digitale', 'ikke kan bruge digitale', 'ikke kan anvende digitale', 'ikke kan betjene sig digitalt', 'ikke er digitale', 'ikke er på nettet', 'ikke-digitale', 'ikke digitale borgere', 'digital inkludering', 'digitalt utanförskap', 'digital delaktighet', 'digital divide', 'digital exclusion', 'nobody left behind', 'no one left behind', 'leave no one behind', 'left behind', 'ingen efterlades', 'ingen skal stå udenfor', 'stå udenfor', 'står udenfor', 'stå utenfor', 'står utenfor', 'stå utanför', 'står utanför', 'alle skal med', 'alle skal kunne', 'alle kan være med', 'alla ska kunna', 'assisted digital', 'digital hjælp', 'hjælp til det digitale', 'hjælp til at bruge', 'hjælp til selvbetjening', 'digital hjelp', 'digital hjälp', 'digital support', 'help to get online', 'personlig kontakt', 'personlig betjening', 'personligt fremmøde', 'ved skranken', 'ved personligt', 'in person', 'face to face', 'face-to-face', 'by phone', 'by telephone', 'on paper', 'alternativ* til det digitale', 'analoge muligheder', 'analog kontakt', 'analogue option*', 'non-digital', 'offline'),
    ...needing(2, ['digital*', 'selvbetjening*', 'løsning*', 'online', 'nettet', 'it', 'mitid', 'tjeneste*', 'tjänst*', 'service*', 'internet*'], 'ældre', 'seniorer', 'eldre', 'äldre', 'older', 'elderly', 'handicap*', 'funktionsnedsættelse*', 'funksjonsnedsett*', 'funktionsnedsättning*', 'disabilit*', 'disabled', 'sårbare', 'udsatte', 'vulnerable', 'svært ved', 'vanskelig*', 'svårt', 'hard', 'struggle*', 'hjælp', 'hjelp', 'hjälp', 'help', 'support*', 'alternativ*', 'telefon*', 'phone', 'personlig*', 'personal', 'bibliotek*', 'librar*', 'frivillig*', 'volunteer*', 'ældresagen', 'pårørende', 'relatives', 'komme i gang', 'get started', 'get online', 'introduktionskurs*'),
    ...weighted(1, 'borgerservice', 'skranke*', 'fremmøde', 'inklusiv*', 'inclusive', 'tillgänglig*', 'tilgjengelig*', 'universell utforming', 'universal design', 'delaktig*'),
    ...needing(2, ['digital*', 'skærm*', 'screen*', 'online', 'nettet', 'it', 'teknologi*', 'selvbetjening*', 'app*', 'mitid', 'computer*', 'tablet*', 'telefon*', 'internet*'], 'ikke alle', 'not everyone', 'utrygge', 'utryg', 'usikre', 'uvant*', 'ikke vant til', 'lige trygge', 'trygge ved', 'tryg ved', 'confident', 'ikke kan', 'cannot', 'can\u2019t', 'kan ikke', 'tabes', 'tabt', 'falder fra', 'left out', 'ældre*', 'senior*'),
    ...weighted(3, 'digitally included', 'digitalt utenfor', 'digitalt sårbare', 'digitalt ekskluderte', 'digitalt utanför', 'digitalt ovana', 'digitalt utsatta', 'digitalt osäkra', 'digitally disadvantaged', 'digitally vulnerable', 'vanskelig med digital*', 'vanskeligheter med digital*', 'vanskelig med det digitale', 'svårt med digital*', 'svårt med det digitala', 'svårt att använda digital*', 'svårigheter med digital*', 'assistert selvbetjening', 'digital fullmakt', 'digital power of attorney', 'analoga alternativ*', 'analog alternative*', 'non-digital alternative*', 'digitalt udenforskab', 'ikke kan bruke digitale', 'ikke kan bruke de digitale', 'ikke er på nett', 'inte kan använda digitala', 'inte är digitala', 'inte är på nätet', 'icke-digitala', 'cannot use digital', 'can’t use digital', 'are not online', 'digitale kløft*', 'digitala klyft*', 'digital eksklusion', 'digital ekskludering', 'digital exkludering', 'lämnas utanför', 'alla ska med', 'alla kan vara med', 'everyone can take part', 'digital help', 'hjelp til å bruke', 'hjelp med det digitale', 'hjälp att använda', 'hjälp med det digitala', 'help to use', 'help with digital', 'help using digital', 'personlig oppmøte', 'fysisk oppmøte', 'personligt besök', 'fysiskt besök', 'personal contact', 'alternativ till det digitala', 'analoge muligheter', 'alternatives to digital'),
    ...weighted(2, 'analog* lösning*', 'analog* solution*', 'personlig hjelp', 'personlig hjälp', 'personal help', 'personal assistance', 'in-person help', 'it-kafé*', 'digital café*', 'it-hjelp*', 'it-hjälp*', 'digihjelp*', 'webtilgjengelighet', 'universell utforming av ikt', 'webbtillgänglighet', 'digital tillgänglighet', 'web accessibility', 'digital accessibility', 'var femte', '20 prosent', 'one in five', '20 per cent', '20 percent', 'hvite elefant*', 'vita elefant*', 'white elephant*', 'ansigt til ansigt', 'ansikt til ansikt', 'ansikte mot ansikte'),
    // The people a digital channel leaves out, named by a relative clause beside the channel ("Borgere, der ikke bruger
    // internettet, kan fortsat ringe", "Residents who would rather not use the website can still phone us").
    ...['der ikke bruger', 'der ikke kan bruge', 'der ikke vil bruge', 'der ikke har', 'der hellere vil', 'som ikke bruker', 'som ikke kan bruke', 'som ikke har', 'som heller vil', 'som inte använder', 'som inte kan använda', 'som inte har', 'som hellre vill', 'who do not use', 'who don’t use', "who don't use", 'who cannot use', 'who can’t use', "who can't use", 'who would rather not', 'who prefer not to', 'who do not have', 'who don’t have', "who don't have"].map(
      (term) => ({ term, weight: 2, requires: INCLUSION_CHANNELS }),
    ),
    { term: 'fritak*', weight: 2, requires: ['digital*', 'post', 'digipost'] },
    { term: 'exempt*', weight: 2, requires: ['digital*', 'post'] },
    ...needing(2, ['digital*', 'selvbetjening*', 'løsning*', 'lösning*', 'online', 'nettet', 'nätet', 'it', 'mitid', 'bankid', 'tjeneste*', 'tjänst*', 'e-tjänst*', 'självservice', 'service*', 'internet*'], 'seniornett', 'seniornet', 'introduksjonskurs*', 'komma igång'),
    ...needing(2, ['digital*', 'skærm*', 'skjerm*', 'skärm*', 'screen*', 'online', 'nettet', 'nett', 'nätet', 'it', 'teknologi*', 'teknik*', 'selvbetjening*', 'självservice', 'e-tjänst*', 'app*', 'mitid', 'bankid', 'computer*', 'dator*', 'tablet*', 'surfplatt*', 'telefon*', 'internet*'], 'inte alla', 'otrygg*', 'osäkra', 'ovana', 'inte vana', 'kan inte', 'inte kan', 'hamnar utanför', 'faller utenfor', 'faller fra'),
    ],
  guidance: {
    'target-groups': ['målgruppe*', 'ældre', 'seniorer', 'handicap*', 'ordblind*', 'tosproged*', 'udsatte', 'sårbare', 'digitalt udfordrede', 'digitalt udsatte', 'digitalt usikre', 'ikke-digitale', 'hver femte', '20 %', '20 procent', 'kognitiv*', 'synshandicap*', 'hørehandicap*', 'medarbejdere', 'target group*', 'older', 'elderly', 'disabilit*', 'eldre', 'grupper', 'groups', 'older people', 'people with', 'disabled', 'vulnerable', 'low income', 'sårbar*', 'äldre', 'funktionsnedsättning*', 'funksjonsnedsett*', 'innvandr*', 'invandr*', 'migrant*', 'nyankomne', 'borgere, der', 'borgere som', 'dem, der', 'dem der', 'citizens who', 'people who', 'those who', 'personer med', 'people with disabilit*', 'ikke kan', 'cannot', 'svært ved', 'struggle*', 'pårørende', 'relatives', 'unge', 'young people'],
    'alternatives': ['analog*', 'assisteret selvbetjening', 'assisteret', 'digital fuldmagt', 'fuldmagt', 'personlig betjening', 'personlig hjælp', 'fremmøde', 'telefon*', 'borgerservice', 'fritag*', 'hybrid*', 'papir*', 'hjælpende hånd', 'pårørende', 'assisted', 'analogue', 'in person', 'by phone', 'power of attorney', 'face to face', 'ansigt til ansigt', 'telephone', 'phone', 'paper', 'offline', 'non-digital', 'ikke-digital*', 'personlig*', 'personal', 'ved skranken', 'skranke*', 'møde op', 'ringe', 'call', 'ansikte mot ansikte', 'ansikt til ansikt', 'fysisk', 'physical', 'alternativ*', 'alternative*', 'other way*', 'anden vej', 'andre veier', 'andra vägar', 'ombud', 'representative*'],
    'actions': ['handleplan*', 'prøvehandling*', 'kortlæg*', 'kursus', 'kurser', 'it-café*', 'workshop*', 'indsats*', 'initiativ*', 'vi vil', 'afprøve*', 'tilbyde*', 'tilbyder', 'etabler*', 'opsøgende', 'action plan*', 'we will', 'map*', 'trial*', 'vi skal', 'vi ska', 'tiltak', 'åtgärd*', 'insats*', 'initiative*', 'programme*', 'program', 'training', 'courses', 'kurs*', 'help desk', 'samarbejd*', 'samarbeid*', 'samarbet*', 'partner*', 'undersøg*', 'kartlegg*', 'kartlägg*', 'survey*', 'opsøg*', 'outreach', 'hjælper', 'hjelper', 'hjälper', 'helps', 'support*', 'tilbud', 'offer*', 'prøve*', 'pilot*', 'test*'],
  },
} satisfies ElementVocabulary;
