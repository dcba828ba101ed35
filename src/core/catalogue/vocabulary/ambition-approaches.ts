import { needing, weighted, type ElementVocabulary } from './types';

/**
 * How leaders describe the practical approaches they will use
 * (`ambition-approaches`): following up, removing barriers, trying things
 * with staff and citizens, super-users, small steps.
 */
export const ambitionApproaches = {
  heading: [
    ...weighted(3, 'praktiske tilgange', 'nå målene', 'nå dit', 'når vi dit', 'sådan gør jeg', 'sådan gør vi', 'sådan vil vi', 'hvordan vil jeg', 'how will i', 'how i will do it', 'praktiske greb', 'tilgang*', 'sådan vil jeg', 'sådan arbejder jeg', 'min tilgang', 'fremgangsmåde*', 'arbejdsform*', 'tilnærming*', 'arbetssätt', 'approach*', 'how i will', 'how i work', 'how i will get there', 'how we get there'),
    ...weighted(2, 'kommer vi derhen', 'kommer i derhen', 'kommer du derhen', 'når vi derhen', 'komme derhen', 'metode*', 'greb', 'vejen dertil', 'vejen*', 'methods', 'in practice', 'i praksis', 'kommer vi dit', 'kommer vi dertil', 'komme dit', 'get there', 'hur kommer vi dit', 'hur når vi dit', 'veien dit', 'vägen dit', 'what i will do', 'hvad jeg vil gøre', 'det vil jeg gøre', 'mine tilsagn', 'my commitments', 'mine forpliktelser', 'mina åtaganden'),
  ],
  body: [
    // One change at a time, each with a set trial period.
    ...weighted(3, 'ikke det hele på én gang', 'ikke alt på én gang', 'én ting av gangen', 'en sak i taget', 'not all at once', 'prøveperiode*', 'forsøgsperiode*', 'testperiod*', 'trial period*', 'provperiod*'),
    // A trial in a small scope for a set time ("Louise og Ahmed prøver skærmbesøg med fem borgere i tre måneder",
    // "two night staff will test the portal for three months"): the practical approach column 18 asks for.
    ...needing(3, ['måned*', 'uge', 'uger', 'ugers', 'month*', 'week*', 'måneder', 'uker', 'månad*', 'veckor', 'forår*', 'efterår*', 'sommer*', 'vinter*', 'spring', 'autumn', 'summer', 'våren', 'hösten', 'høsten', 'én afdeling', 'to afdelinger', 'one ward', 'two schools', 'three schools', 'kredse', 'kretser', 'forløb', 'hold', 'familier', 'borgere', 'families', 'residents', 'citizens', 'først', 'först', 'first', 'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december', 'mars', 'mai', 'juny', 'desember', 'januari', 'februari', 'augusti', 'january', 'february', 'march', 'may', 'june', 'july', 'october'],
      'prøver', 'prøve', 'afprøver', 'tester', 'testes', 'prøves', 'try', 'trying', 'test', 'will test', 'testar', 'provar', 'prövar', 'starter med', 'starter i', 'begynder med', 'we start', 'starts with'),
    ...weighted(3, 'hvordan når vi', 'hvordan kommer vi', 'hvordan gør vi', 'how do we get', 'how will we get', 'hvordan vi jobber', 'hvordan vi arbejder', 'hur vi arbetar', 'how we work', 'én ting ad gangen', 'one thing at a time', 'én ting skikkelig', 'et hus ad gangen', 'ét hus ad gangen', 'lære af den første', 'learn from the first'),
    // How the leader will get there, said as a means ("det når vi ved at starte med de otte største byggesager").
    // The means said outright ("det gør jeg ved at lade Mona og Kasper bygge …", "Slik gjør jeg det").
    ...weighted(3, 'gør det ved at', 'gør jeg ved at', 'gør vi ved at', 'gjør det ved å', 'gjør jeg ved å', 'gör det genom att', 'gör jag genom att', 'do it by', 'do this by', 'slik gjør jeg det', 'så här gör jag', 'sådan gør jeg det', 'this is how i', 'tager først', 'tager vi først', 'tar først', 'tar vi først', 'tar jeg først', 'startende med', 'i take the first', 'jeg tager selv de første', 'tager selv de første', 'tar selv de første', 'tar själv de första', 'begyndende med', 'begynnende med', 'starting with', 'beginning with', 'kvarter for kvarter', 'bydel for bydel', 'skole for skole', 'afdeling for afdeling', 'district by district', 'school by school', 'vi begynner med', 'start med, at'),
    ...weighted(3, 'ved at starte med', 'ved at begynde med', 'by starting with', 'by beginning with', 'ved å starte med', 'ved å begynne med', 'genom att börja med', 'genom att starta med'),
    // Trying a thing small before buying or rolling it out is an approach, however it is worded.
    ...weighted(2, 'før vi køber', 'før vi udvider', 'før vi ruller', 'før det rulles ud', 'før vi breder', 'before we buy', 'before we roll', 'before rolling out', 'før vi kjøper', 'før vi ruller ut', 'innan vi köper', 'prøves på', 'prøves af', 'prøver det af', 'på én afdeling', 'på ét projekt', 'on one team', 'on one project', 'i tre måneder', 'i to måneder', 'for three months', 'for two months'),
    ...weighted(3, 'i bund', 'hvordan gør vi det', 'sådan gør vi', 'vi starter med', 'vi begynder med', 'we start with', 'we begin with', 'vi börjar med', 'fjerne barrierer', 'fjerner barrierer', 'fjerne forhindringer', 'remove barriers', 'removing barriers', 'følge op på brugen', 'følger op på brugen', 'hvordan kommer vi dertil', 'hvordan kommer vi dit', 'how do we get there', 'how we get there', 'hur kommer vi dit', 'jeg vil bruge', 'vil gerne bruge', 'i will use', 'vejen dertil', 'veien dit', 'vägen dit', 'the way there', 'jeg skal bruke', 'jeg vil bruke', 'jag kommer att använda', 'jag vill använda'),
    // Slogans of method ("skridt for skridt", "vi prøver os frem", "start small"): a reviewer reads them as an attitude, not a
    // practical approach, so they count only beside a word that says what will be done.
    ...weighted(1, 'prøver os frem', 'prøve os frem', 'prøver vi os frem', 'learn as we go', 'test and learn', 'lär oss längs vägen', 'testar och lär', 'lærer undervejs', 'i det små', 'starter småt', 'start småt', 'start small', 'starting small', 'i liten skala', 'i lite omfang', 'small steps', 'små skridt', 'step by step', 'skridt for skridt'),
    // "Tilgangen af sager" and "tilgangen av cruiseskip" are an inflow, not the leader's approach.
    { term: 'tilgang*', weight: 2, unlessNext: ['af', 'av'] },
    ...weighted(2, 'arbeidsmåte*', 'arbetssätt*', 'prøve ut', 'pröva', 'testa', 'piloter*', 'superbrukar*', 'superanvändar*', 'approach*', 'superbruger*', 'super-user*', 'superuser*', 'digitale navigatør*', 'digital navigator*', 'afprøve*', 'afprøvning*', 'prøvehandling*', 'pilot*', 'eksperiment*', 'forsøg*', 'prøve * af', 'afprøver', 'test* it', 'trial*', 'sparring', 'følger op', 'følge op', 'følges op', 'follow up', 'following up', 'gevinstrealisering*', 'benefits realisation', 'implementere*', 'implementer*', 'implement*', 'udbrede*', 'roll out', 'hands-on', 'learning by doing', 'prøve selv', 'try it ourselves', 'ad gangen', 'om gangen', 'virker det ikke', 'hvis det virker', 'if it works', 'if it does not work', "if it doesn't work", 'fungerar det inte', 'om det fungerar', 'hvis det fungerer', 'at a time', 'åt gången', 'om gången'),
    ...weighted(1, 'primært', 'sekundært', 'først', 'dernæst', 'primarily', 'secondly', 'first', 'metode*', 'method*', 'værktøj*', 'tool*', 'læring*', 'learning', 'erfaring*', 'experience*', 'kursus*', 'kurser', 'course*', 'træning*', 'training', 'fokus*', 'focus*'),
  ],
} satisfies ElementVocabulary;
