import { DIGITAL_SENSE } from './senses';
import { weighted, needing, type ElementVocabulary } from './types';

/** Words for the screen side of a task, and for the meeting side, set against each other below. */
const SCREEN = ['digitalt', 'digital', 'digitale', 'online', 'selvbetjening*', 'skærm*', 'skjerm*', 'skärm*', 'screen*', 'på nettet', 'på nett', 'på nätet', 'app', 'appen'];
const MEETING = ['samtalen', 'mødet', 'møtet', 'mötet', 'fremmøde', 'oppmøte', 'ansigt til ansigt', 'ansikt til ansikt', 'ansikte mot ansikte', 'face to face', 'face-to-face', 'in person', 'personligt møde', 'personlig kontakt', 'fysisk møde', 'fysiske møde', 'fysiskt möte'];

/** How strategies name `core-tasks`: weights 3 = says it alone, 2 = strong, 1 = needs company. */
export const coreTasks = {
  heading: [
    ...weighted(2, 'hvad bliver digitalt', 'hva blir digitalt', 'vad blir digitalt', 'what goes online', 'stays with people', 'what stays'),
    ...weighted(2, 'hvad gøres digitalt', 'hva gjøres digitalt', 'vad görs digitalt', 'what is done online', 'what is done digitally', 'hvad der gøres digitalt', 'hva som gjøres digitalt'),
    ...weighted(2, 'and what does not', 'and which does not', 'og hvad der ikke', 'og hvad ikke', 'og hva som ikke', 'och vad som inte', 'hvad foregår hvor', 'hva skjer hvor', 'vad sker var', 'what happens where', 'fits the job', 'passer til opgaven', 'passer til oppgaven', 'passar uppgiften', 'what the service is for', 'hvad opgaven er til for', 'det rigtige møde', 'the right meeting', 'digitalt eller fysisk', 'digital or in person', 'online or in person', 'digitalt eller personligt'),
    ...weighted(2, 'will not move online', 'what changes and what', 'which work changes', 'hvad der ændres, og hvad der ikke', 'hvad der bliver digitalt', 'hva som blir digitalt', 'vad som blir digitalt', 'kan løses digitalt', 'kan løysast digitalt', 'kan lösas digitalt', 'can be done online', 'move online', 'stays in person', 'stay in person', 'erstattes af video', 'erstattes av video', 'ersätts av video', 'replaced by video'),
    // Deciding what should be digital and what should not is the core-task question in the author's words.
    // The contrast itself: "Hvad vi gør digitalt, og hvad vi ikke gør", "Hva passer på skjerm, og hva gjør det ikke?".
    ...weighted(2, 'gør digitalt', 'være digitalt', 'gjør digitalt', 'gör digitalt', 'do digitally', 'passer på skærm', 'passer på skjerm', 'passar på skärm'),
    // Where the work happens, asked or told in the reader's words ("Skal alt nu foregå på nettet?", "Hvad kan klares
    // på nettet, og hvad kræver et møde?", "What the service will do online, in person and in both").
    ...weighted(2, 'foregå på nettet', 'klares på nettet', 'kræver et møde', 'kræver fremmøde', 'foregå på skærm', 'alt så digitalt', 'alt digitalt', 'online, in person', 'online and in person', 'in person and online', 'skje på nett', 'foregå på nett', 'ske på nätet', 'krever et møte', 'kräver ett möte'),
    ...weighted(2, 'hvad ændrer vi ikke', 'hvad vi ikke ændrer', 'what we do not change', 'what will not change', 'mødet mellem mennesker', 'hvilke opgaver', 'which tasks', 'vilka uppgifter', 'hvilke oppgaver', 'what we will change, and what we will not', 'what we will change', 'uppdraget kommer först', 'uppgiften kommer först', 'oppgaven kommer først', 'the task comes first', 'fysisk til stede', 'fysisk tilstede', 'fysiskt på plats', 'in the room'),
    ...weighted(2, 'og hvad den ikke skal', 'og hvad det ikke skal', 'og hva den ikke skal', 'and what it will not', 'not a transaction'),
    ...weighted(2, 'hvad skal være digitalt', 'hvad skal ikke', 'hvor hjælper det digitale', 'hvilken del af arbejdet', 'del af arbejdet', 'which part of the work', 'vilken del av arbetet', 'hvilken del av arbeidet', 'hva skal være digitalt', 'vad ska vara digitalt', 'what should be digital'),
      { term: 'kerneopgave*', weight: 2 },
      { term: 'kerneydelse*', weight: 2 },
      { term: 'velfærdsopgave*', weight: 2 },
      { term: 'kjerneoppgave*', weight: 2 },
      { term: 'core task*', weight: 2 },
      { term: 'core service*', weight: 2 },
      'velfærd*',
      'fagområde*',
      'fagligheden',
    ...weighted(2, 'kärnverksamhet*', 'kärnuppdrag*', 'opgaven først', 'opgaven før*', 'opgaven kommer først', 'opgaven i centrum', 'tjenestene først', 'oppgaven først', 'task first', 'technology serves', 'teknologi* der tjener', 'teknologi* der hjælper', 'middel*', 'means to an end'),
    ...weighted(1, 'opgave*', 'oppgave*', 'uppgift*', 'verksamhet*', 'tjeneste*', 'velferd*', 'välfärd*', 'hvorfor digitalisere*', 'why we'),
    ...weighted(2, 'hvor det giver mening', 'når det giver mening', 'where it makes sense', 'der det gir mening', 'där det är meningsfullt', 'den rigtige hjælp', 'rigtige løsning', 'right help'),
    // "Hvorfor", "Formål" and "Vores ambition" head core tasks as often as a policy's reasons or its vision: the
    // text below must confirm them.
    ...weighted(1, 'ambition', 'vores ambition', 'our ambition', 'formål', 'purpose', 'hvorfor', 'why', 'ambisjon', 'vår ambisjon', 'vår ambition', 'syfte', 'varför'),
    ...weighted(2, 'velferdsoppgave*', 'välfärdsuppdrag*', 'welfare service*', 'kjernetjeneste*', 'uppgiften först', 'uppdraget först', 'oppgaven i sentrum', 'uppgiften i centrum', 'teknologi* som tjener', 'teknik* som tjänar', 'teknologi* som tjänar', 'technology that serves', 'ett medel', 'når det gir mening', 'när det är meningsfullt', 'when it makes sense', 'rett hjelp', 'riktig hjelp', 'rett løsning', 'riktig løsning', 'rätt hjälp', 'rätt lösning', 'right solution'),
    // Screen work set against the meeting ("Skærmen til det, der kan vente – mødet til det, der ikke kan"): which part
    // of the task is digital and which stays with a person.
    ...needing(2, SCREEN, ...MEETING, 'gør sammen', 'vi kommer', 'we visit', 'gøres digitalt', 'gør vi digitalt', 'gjøres digitalt', 'görs digitalt', 'done online'),
    ],
  body: [
      // The core task counts where the paragraph speaks of something digital: "kerneydelserne" in a management plan
      // whose themes never name technology, or "Din kerneopgave bliver …" in a job advert, is another matter.
      ...needing(3, DIGITAL_SENSE, 'kerneopgave*', 'kerneydelse*', 'velfærdsopgave*', 'kjerneoppgave*', 'core task*'),
      { term: 'core service*', weight: 2 },
      { term: 'faglige opgave*', weight: 2 },
      { term: 'fagområde*', weight: 1 },
      { term: 'fagfolk*', weight: 1 },
      { term: 'fagprofessionel*', weight: 1 },
      { term: 'hybrid*', weight: 1 },
      { term: 'analog*', weight: 1, requires: ['digital*'] },
      { term: 'digital understøttelse', weight: 2 },
      { term: 'digitalt understøt*', weight: 2 },
      { term: 'velfærdsteknologi*', weight: 1 },
      { term: 'opgaveløsning*', weight: 1 },
      { term: 'welfare service*', weight: 2 },
      { term: 'frontline', weight: 1 },
    ...weighted(3, 'kärnverksamhet*', 'kärnuppdrag*', 'ikke et mål i sig selv', 'mål i sig selv', 'mål i seg selv', 'mål i sig själv', 'goal in itself', 'aim in itself', 'självändamål', 'egenverdi', 'means to an end', 'not an end in itself', 'end in itself', 'middel og ikke et mål', 'redskab og ikke et mål', 'ikke et mål', 'udgangspunkt i opgave*', 'udgangspunkt i kerneopgave*', 'starter i opgave*', 'starter altid i', 'start* from the task', 'digital, analog eller hybrid', 'digitalt, analogt eller hybridt'),
    ...needing(3, ['digital*', 'teknologi*', 'technolog*', 'it'], 'not the point', 'ikke pointen', 'ikke målet', 'not the goal', 'not the aim', 'ikke formålet'),
    // Technology in the service of the work, not steering it: "Digitalisering skal støtte tjenestene, ikke styre dem".
    ...weighted(3, 'støtte tjenestene', 'støtter tjenestene', 'ikke styre dem', 'ikke styrer dem', 'not drive them', 'support the services', 'support the work', 'understøtte arbejdet', 'understøtter arbejdet', 'støtte arbeidet', 'støtter arbeidet', 'stödja arbetet', 'stöttar arbetet', 'stötta verksamheten', 'det arbejde, de er ansat til', 'what they are employed to do', 'modernization, not technology', 'modernisation, not technology'),
    // Weighing, task by task, where technology helps and where it does not.
    ...weighted(3, 'opgave for opgave', 'opgaver én for én', 'opgaverne én for én', 'oppgave for oppgave', 'uppgift för uppgift', 'task by task', 'service by service', 'tjeneste for tjeneste', 'ingen opgave bliver digital'),
    ...weighted(3, 'hvor teknologien hjælper', 'hvor det digitale hjælper', 'hjælper det digitale', 'hvor teknikken hjælper', 'der teknologien hjelper', 'der det digitale hjelper', 'var tekniken hjälper', 'var tekniken gör nytta', 'var det digitala hjälper', 'where technology helps', 'where digital helps', 'skötas automatiskt', 'göras av handläggaren'),
    ...weighted(2, 'hvor det giver mening', 'når det giver mening', 'where it makes sense', 'der det gir mening', 'där det är meningsfullt', 'vores opgave er', 'vores job er', 'our job is', 'our job', 'vår oppgave er', 'vårt uppdrag är'),
    ...needing(2, ['digital*', 'teknologi*', 'it', 'technology', 'digitalisering*', 'digitalization', 'digitalisation'], 'middel', 'et middel', 'redskab*', 'virkemiddel*', 'virkemedel', 'verktøy*', 'værktøj', 'a means', 'a tool', 'et værktøj'),
    ...weighted(2, 'løse opgave*', 'løse opgaverne', 'løser opgave*', 'løse oppgave*', 'løse oppgavene', 'lösa uppgift*', 'verksamhetsutveckling*', 'tjenesteutvikling*', 'opgaven bedre', 'opgaverne bedre', 'kvaliteten i opgave*', 'faglig kvalitet', 'fagligt behov', 'faglige behov', 'service delivery', 'deliver services', 'public service*', 'frontline staff'),
    ...needing(2, ['opgave*', 'oppgave*', 'behov*', 'borger*', 'faglig*', 'task*', 'need*'], 'udgangspunkt i', 'tager afsæt i', 'tar utgangspunkt i', 'utgår från', 'start from', 'starts from'),
    ...weighted(1, 'velfærd*', 'velferd*', 'välfärd*', 'welfare', 'faglighed*', 'fagligheden', 'ansigt til ansigt', 'kombination*', 'oppgaveløsning*', 'fagfelt*', 'verksamhet*', 'borgernær*', 'nærhed', 'i hverdagen', 'hjemmepleje*', 'jobcent*', 'skole*', 'sundhed*', 'omsorg*', 'pleje*', 'care', 'health*'),
    ...needing(2, ['opgave*', 'opgaven', 'oppgave*', 'uppgift*', 'velfærd*', 'velferd*', 'kerneopgave*', 'task*', 'borgerne', 'borgeren', 'patient*', 'service*'], 'understøtte*', 'frigøre tid til', 'free up time for', 'mere tid til', 'more time for', 'tid til borgerne', 'tid til kerne*', 'nærvær'),
    ...weighted(3, 'kjernetjeneste*', 'velferdsoppgave*', 'välfärdsuppdrag*', 'utgangspunkt i oppgave*', 'utgangspunkt i kjerneoppgave*', 'utgår från verksamhet*', 'utgå från verksamhet*', 'utgår från uppdrag*', 'starter i oppgave*', 'starter alltid i', 'börjar alltid i', 'börjar i uppgift*', 'start* with the task', 'digitalt analogt eller hybrid*', 'digital analog eller hybrid', 'digital analogue or hybrid', 'digital analog or hybrid'),
    ...needing(3, ['digital*', 'teknologi*', 'teknik*', 'technolog*', 'it'], 'ikke poenget', 'inte poängen', 'inte målet', 'inte syftet'),
    ...weighted(2, 'når det gir mening', 'när det är meningsfullt', 'when it makes sense', 'faglige oppgave*', 'verksamhetens uppdrag', 'løser oppgave*', 'löser uppgift*', 'oppgaven bedre', 'oppgavene bedre', 'uppgiften bättre', 'uppdraget bättre', 'kvaliteten i oppgave*', 'kvaliteten i tjeneste*', 'kvaliteten i verksamhet*', 'quality of service*', 'verksamhetens behov', 'verksamhetsbehov', 'digitally enabled', 'digitally supported', 'tjenesteyting*', 'frontmedarbejder*', 'frontpersonale', 'førstelinje*'),
    ...needing(2, ['digital*', 'teknologi*', 'teknik*', 'it', 'technology', 'digitalisering*', 'digitalization', 'digitalisation'], 'ett medel', 'ett verktyg'),
    ...needing(2, SCREEN, ...MEETING, 'laver vi digitalt', 'gør vi digitalt', 'gøres digitalt', 'gjør vi digitalt', 'gjøres digitalt', 'gör vi digitalt', 'görs digitalt', 'we do online', 'done online'),
    ...needing(2, ['opgave*', 'oppgave*', 'uppgift*', 'uppdrag*', 'verksamhet*', 'behov*', 'borger*', 'innbygger*', 'invånar*', 'faglig*', 'task*', 'need*'], 'utgangspunkt i', 'utgå från', 'utgångspunkt i'),
    ...needing(2, ['opgave*', 'oppgave*', 'uppgift*', 'uppdrag*', 'verksamhet*', 'velfærd*', 'velferd*', 'välfärd*', 'kerneopgave*', 'kjerneoppgave*', 'task*', 'borgerne', 'borgeren', 'innbygger*', 'invånar*', 'bruker*', 'brukar*', 'resident*', 'citizen*', 'patient*', 'service*'], 'frigjøre tid til', 'mer tid til', 'tid til innbyggerne', 'tid til brukerne', 'tid til kjerne*', 'frigöra tid till', 'frigöra tid för', 'mer tid till', 'mer tid för', 'tid till invånarna', 'tid för kärn*', 'stödja*', 'time for residents', 'time for citizens', 'time with residents', 'time with citizens'),
    ],
} satisfies ElementVocabulary;
