import { weighted, needing, type ElementVocabulary } from './types';
import { CONTRACT_SENSE } from './senses';

/** How strategies name `room-to-develop`: weights 3 = says it alone, 2 = strong, 1 = needs company. */
export const roomToDevelop = {
  heading: [
    ...weighted(2, 'udviklingsuge*', 'udviklingsdag*', 'utviklingsuke*', 'utvecklingsvecka*', 'development week*', 'development day*'),
    ...weighted(2, 'tid til at prøve', 'tid til å prøve', 'tid att pröva', 'time to try', 'time to experiment'),
    ...weighted(2, 'tid til at blive klogere', 'tid til å bli klokere', 'tid att bli klokare', 'time to get better', 'tid til at blive bedre', 'tid til å bli bedre', 'tid att bli bättre'),
    // Days or hours set aside to try or improve, in English ("Ten audit days a year are set aside to try new analytics",
    // "a fortnightly improvement hour").
    ...weighted(2, 'tid til at lære', 'tid til å lære', 'tid att lära', 'time to learn', 'improvement hour', 'improvement day*', 'improvement time', 'forbedringstime*', 'forbedringsdag*', 'förbättringstimme*'),
    ...weighted(2, 'time to improve', 'tid til at forbedre', 'tid til forbedring', 'tid til å forbedre', 'tid att förbättra', 'tid för förbättring'),
      { term: 'plads til udvikling', weight: 2 },
      { term: 'tid til udvikling', weight: 2 },
      { term: 'drift og udvikling', weight: 2 },
      { term: 'udvikling og drift', weight: 2 },
      { term: 'innovation*', weight: 0.5 },
      { term: 'innovasjon*', weight: 1 },
      { term: 'innovationspulje*', weight: 2 },
      { term: 'eksperiment*', weight: 0.5 },
      { term: 'afprøvning*', weight: 1 },
      { term: 'nytænkning', weight: 1 },
      { term: 'experiment*', weight: 1 },
      { term: 'room to develop', weight: 2 },
      'fornyelse',
      'udvikling*',
    ...weighted(2, 'prøverum', 'rum til at prøve', 'tid til at udvikle', 'tid til utvikling', 'tid för utveckling', 'drift og utvikling', 'drift och utveckling', 'capacity to change', 'time to innovate', 'room to innovate', 'udviklingsmidler', 'investering*'),
    ...needing(2, ['udvikl*', 'forsøg*', 'afprøv*', 'eksperiment*', 'innovation*', 'nyt', 'nye', 'fornyelse', 'change', 'innovat*', 'improv*', 'experiment*', 'utvikl*', 'utveckl*', 'försök*', 'forsøk*'], 'plads', 'plads til', 'rum til', 'tid til', 'tid og plads', 'space', 'room', 'time for', 'rom for', 'utrymme', 'tid för'),
    ...weighted(1, 'forsøg*', 'forsøk*', 'försök*', 'afprøvning', 'improvement*'),
    ...weighted(2, 'rom for utvikling', 'plass til utvikling', 'utrymme för utveckling', 'plats för utveckling', 'time to develop', 'room for development', 'space to innovate', 'utvikling og drift', 'utveckling och drift', 'run and change', 'innovasjonsmidler', 'innovationsmedel', 'innovation fund*', 'rom for å prøve', 'utrymme att pröva', 'tid til å utvikle', 'tid att utveckla', 'utviklingsmidler', 'utvecklingsmedel'),
    ],
  body: [
    ...needing(2, ['day', 'days', 'hour', 'hours', 'time', 'week', 'weeks', 'afternoon*', 'morning*'], 'set aside for', 'are set aside', 'is set aside', 'improvement hour', 'improvement day*'),
    // Time set aside by name: a development week or day in the year's plan.
    ...weighted(3, 'udviklingsuge*', 'udviklingsdag*', 'utviklingsuke*', 'utviklingsdag*', 'utvecklingsvecka*', 'utvecklingsdag*', 'development week*', 'development day*'),
      { term: 'tung drift', weight: 3 },
      { term: 'tunge drift*', weight: 3 },
      { term: 'innovationspulje*', weight: 3 },
      { term: 'udviklingspulje*', weight: 3 },
      { term: 'tid til udvikling', weight: 3 },
      { term: 'plads til udvikling', weight: 3 },
      { term: 'ved siden af driften', weight: 3 },
      { term: 'frikøb*', weight: 2 },
      { term: 'pulje*', weight: 3, requires: ['afprøv*', 'udvikl*', 'innovation*', 'idé*', 'ide*', 'eksperiment*', 'fornyelse'] },
      { term: 'frigør* tid', weight: 1 },
      { term: 'pilotprojekt*', weight: 0.5 },
      { term: 'prøvehandling*', weight: 0.5 },
      { term: 'transformation', weight: 0.5 },
      { term: 'udviklingsprojekt*', weight: 0.5 },
      { term: 'testmiljø*', weight: 0.5 },
      { term: 'driften', weight: 1, requires: ['udvikl*', 'innovation*', 'fornyelse', 'tid', 'plads'], unless: CONTRACT_SENSE },
      { term: 'drift', weight: 1, requires: ['udvikl*', 'innovation*', 'fornyelse', 'tid', 'plads'], unless: CONTRACT_SENSE },
      { term: 'heavy operations', weight: 3 },
      { term: 'innovation fund*', weight: 3 },
      { term: 'time to develop', weight: 3 },
      { term: 'sandbox*', weight: 0.5 },
    ...weighted(3, 'tid til at udvikle', 'tid til at afprøve', 'tid til at eksperimentere', 'plads til at afprøve', 'rum til at afprøve', 'prøverum', 'udviklingsmidler', 'udviklingsressourcer', 'ressourcer til udvikling', 'midler til udvikling', 'midler til afprøvning', 'midler til innovation', 'budget til udvikling', 'investeringspulje*', 'innovationsbudget*', 'afsætter tid', 'afsætte tid', 'afsat tid', 'frigøre tid', 'frikøbe*', 'frikøbt*', 'balancen mellem drift og udvikling', 'drift og udvikling', 'udvikling og drift', 'travl hverdag', 'tid til utvikling', 'innovasjonsmidler', 'utviklingsmidler', 'frigjøre tid', 'tid för utveckling', 'utvecklingsmedel', 'innovationsmedel', 'frigöra tid', 'day-to-day operations', 'business as usual', 'room to innovate', 'time to innovate', 'ring-fenced', 'protected time', 'dedicated time', 'free up time', 'innovation budget'),
    // Time freed, and daily operations, speak of room to develop only beside development itself: time freed for the
    // citizens is the core task, and "den daglige drift" alone is efficient operations.
    ...needing(3, ['udvikl*', 'innovat*', 'afprøv*', 'eksperiment*', 'prøve nyt', 'nye ideer', 'forny*', 'forbedr*'], 'frigør tid', 'hverdagens drift', 'den daglige drift', 'daglig drift'),
    ...needing(1, ['tid', 'ressourc*', 'midler', 'pulje*', 'budget*', 'plads', 'rum', 'time', 'budget', 'fund*', 'resourc*', 'capacity', 'ressurs*', 'medel', 'resurs*'], 'innov*', 'develop*', 'test*'),
    ...needing(2, ['drift', 'driften', 'driftsopgave*', 'travl*', 'hverdag*', 'sagsbunke*', 'pres', 'presset', 'running', 'day-to-day', 'business as usual', 'demand', 'operations', 'vardag*', 'hverdagen', 'daglig*', 'verksamheten'], 'udvikl*', 'afprøv*', 'forsøg*', 'eksperiment*', 'innovation*', 'fornyelse', 'nytænk*', 'improvement*', 'improve', 'change project*', 'innovat*', 'experiment*', 'utvikl*', 'utveckl*', 'försök*', 'nyt', 'det nye', 'new things'),
    ...needing(2, ['tid', 'timer', 'time', 'hours', 'ressourc*', 'midler', 'budget*', 'pulje*', 'resources', 'funding', 'money', 'medarbejdere', 'staff', 'resurs*', 'medel'], 'afsæt*', 'frigør*', 'frigjør*', 'frigör*', 'ring-fence*', 'set aside', 'sets aside', 'dedicate*', 'øremærk*', 'reserver*', 'backfill*', 'dække* ind', 'vikar*', 'søge om', 'can bid', 'bid for', 'kan søge', 'kan søges'),
    ...weighted(3, 'frigøres fra driften', 'frigøre fra driften', 'fri fra driften', 'ud af driften', 'change budget', 'improvement budget', 'innovation time', 'udviklingstid', 'forsøgstid', 'testcenter', 'testcentre', 'test center', 'living lab', 'innovationslab*'),
    ...weighted(3, 'tunga drift*', 'operational pressure*', 'innovasjonsfond*', 'innovationsfond*', 'development fund*', 'rom for utvikling', 'plass til utvikling', 'utrymme för utveckling', 'room for development', 'space for development', 'ved siden av driften', 'vid sidan av driften', 'alongside day-to-day operations', 'alongside the day job', 'tid til å utvikle', 'tid til å prøve', 'tid til å teste', 'tid til å eksperimentere', 'rom for å prøve', 'utviklingsressurser', 'ressurser til utvikling', 'midler til innovasjon', 'budsjett til utvikling', 'avsette tid', 'setter av tid', 'sette av tid', 'frikjøpe*', 'frikjøpt*', 'balansen mellom drift og utvikling', 'drift og utvikling', 'utvikling og drift', 'den daglige driften', 'travel hverdag', 'tid att utveckla', 'tid att testa', 'tid att pröva', 'tid att experimentera', 'utrymme att pröva', 'utvecklingsresurser', 'resurser för utveckling', 'medel för utveckling', 'medel för innovation', 'budget för utveckling', 'avsätta tid', 'avsätter tid', 'avsatt tid', 'friköpa*', 'friköpt*', 'balansen mellan drift och utveckling', 'drift och utveckling', 'utveckling och drift', 'den dagliga driften', 'vardagens drift', 'time to experiment', 'development budget', 'development resources', 'resources for development', 'funding for innovation', 'funding for development', 'balance between operations and development', 'dedikeret tid', 'dedikert tid', 'skjermet tid', 'dedikerad tid', 'frigjøres fra driften', 'frigjøre fra driften', 'ut av driften', 'frigöras från driften', 'frigöra från driften', 'fri från driften', 'utviklingstid', 'utvecklingstid', 'innovasjonslab*', 'testsenter'),
    ...weighted(2, 'frikjøp*', 'friköp*'),
    // Time set aside by name, with the kind of time between ("protected learning time", "beskyttet udviklingstid").
    ...weighted(3, 'protected * time', 'beskyttet * tid', 'beskyttede * timer', 'skyddad * tid', 'skjermet * tid'),
    ...weighted(2, 'operational reasons', 'on top of a full workload', 'driftsmæssige årsager', 'driftsmessige årsaker', 'driftsskäl'),
    // A fixed allotment of hours for improving the work: "två timmar i veckan för att förbättra egna rutiner".
    ...['timmar i veckan', 'timme i veckan', 'timer om ugen', 'time om ugen', 'timer i uka', 'time i uka', 'hours a week', 'hour a week', 'hours a month', 'timer om måneden', 'timmar i månaden', 'day a fortnight', 'day a month', 'dag om måneden', 'dag i månaden'].map((term) => ({
      term,
      weight: 2,
      requires: ['förbättra*', 'forbedr*', 'udvikl*', 'utveckl*', 'utvikl*', 'improv*', 'learn*', 'lære', 'lär*', 'afprøv*', 'prøve', 'pröva', 'test*', 'innovat*'],
    })),
    ...needing(2, ['tid', 'timer', 'time', 'hours', 'timmar', 'ressourc*', 'ressurs*', 'resurs*', 'midler', 'medel', 'budget*', 'budsjett*', 'pulje*', 'resources', 'funding', 'money', 'medarbejdere', 'medarbeidere', 'medarbetare', 'ansatte', 'staff'], 'avsett*', 'setter av', 'sette av', 'settes av', 'øremerk*', 'avsätt*', 'öronmärk*', 'søke om', 'kan søke', 'kan søkes', 'ansöka om', 'söka medel', 'kan söka', 'kan sökas'),
    ],
} satisfies ElementVocabulary;
