import type { ElementDefinition, ElementId } from './elementTypes';
import { AMBITION_ELEMENTS } from './ambitionElements';
import { inOneShape } from './oneShape';

/*
 * The element catalogue: one entry per element, in the order a strategy
 * usually presents them, with what the editor, the docs and the reports show
 * of it. The words that recognise each element are in vocabulary/, one file
 * per element, looked up by id (vocabularies.ts): only recognition reads them,
 * so the editor's activation does not load them. Every prompt and explanation
 * is written for this project.
 */

export const ELEMENTS: readonly ElementDefinition[] = inOneShape([
  {
    id: 'core-tasks',
    name: { da: 'Digitalisering i kerneopgaverne', en: 'Digitalisation in the core tasks' },
    question: {
      da: 'Hvordan bliver digitalisering en del af kommunens kerneopgaver, og hvornår er en digital, analog eller hybrid løsning den rigtige?',
      en: 'How does digitalisation become part of the municipality’s core tasks, and when is a digital, analogue or hybrid solution the right one?',
    },
    why: {
      da: 'En strategi, der starter i teknologien, mister fagfolk og politikere. Start i velfærdsopgaverne, lad fagområderne vurdere løsningerne, og lad ledelsen sætte ambition og rammer.',
      en: 'A strategy that starts from technology loses professionals and politicians. Start from the welfare tasks, let the professional areas judge solutions, and let management set ambition and frame.',
    },
    columns: [3, 4, 12],
    snippet: {
      prefix: 'strategi-kerneopgaver',
      heading: { da: 'Digitalisering i kerneopgaverne', en: 'Digitalisation in the core tasks' },
      prompts: [
        { da: 'Hvilke kerneopgaver vil digitalisering især styrke de næste år, og hvorfor netop dem?', en: 'Which core tasks will digitalisation strengthen most in the coming years, and why those?' },
        { da: 'Hvordan afgør fagområderne, om en opgave skal løses digitalt, analogt eller hybridt?', en: 'How do the professional areas decide whether a task is handled digitally, analogically or in a hybrid way?' },
        { da: 'Hvilken ambition og hvilke rammer sætter direktionen for arbejdet?', en: 'What ambition and frame does the executive board set for the work?' },
      ],
    },
  },
  {
    id: 'simplicity',
    name: { da: 'Det enkle først', en: 'Simplicity first' },
    question: {
      da: 'Hvordan undgår kommunen unødig kompleksitet og vælger enkle, brugervenlige løsninger frem for flere systemer?',
      en: 'How does the municipality avoid needless complexity and choose simple, user-friendly solutions over more systems?',
    },
    why: {
      da: 'En kommune har omkring 400 it-systemer. Hvert nyt system gør helheden sværere at bruge og vedligeholde; små standardløsninger lykkes oftere end store, særlige projekter.',
      en: 'A municipality runs about 400 IT systems. Each new one makes the whole harder to use and maintain; small standard solutions succeed more often than large bespoke projects.',
    },
    columns: [3, 14],
    snippet: {
      prefix: 'strategi-enkelt',
      heading: { da: 'Det enkle først', en: 'Simplicity first' },
      prompts: [
        { da: 'Hvilke principper gælder, før kommunen køber eller bygger en ny løsning (genbrug, fælles løsninger, standard frem for særudvikling)?', en: 'Which principles apply before the municipality buys or builds something new (reuse, shared solutions, standard over bespoke)?' },
        { da: 'Hvordan holder I antallet af systemer nede, og hvem må sige nej til et nyt?', en: 'How do you keep the number of systems down, and who may say no to a new one?' },
        { da: 'Hvordan sikrer I, at medarbejdere og borgere finder løsningerne lette at bruge?', en: 'How do you make sure staff and citizens find the solutions easy to use?' },
      ],
    },
  },
  {
    id: 'changing-needs',
    name: { da: 'Skiftende behov', en: 'Changing needs' },
    question: {
      da: 'Hvordan balancerer kommunen standardisering og stordrift mod ny lovgivning, ny teknologi og borgernes skiftende behov?',
      en: 'How does the municipality balance standardisation and scale against new law, new technology and citizens’ changing needs?',
    },
    why: {
      da: 'Stordrift kræver standarder, men lovgivning, teknologi og behov ændrer sig hurtigt. Strategien skal sige, hvor I standardiserer, og hvordan I kan skifte retning undervejs.',
      en: 'Scale needs standards, but law, technology and needs change fast. The strategy should say where you standardise and how you can change course on the way.',
    },
    columns: [3, 2, 11],
    snippet: {
      prefix: 'strategi-behov',
      heading: { da: 'Skiftende behov', en: 'Changing needs' },
      prompts: [
        { da: 'Hvor standardiserer I og samarbejder med andre for at få skala, og hvor tilpasser I lokalt?', en: 'Where do you standardise and cooperate with others for scale, and where do you adapt locally?' },
        { da: 'Hvordan opdager I ny lovgivning, ny teknologi og nye behov i tide?', en: 'How do you notice new law, new technology and new needs in time?' },
        { da: 'Hvordan kan I ændre retning undervejs uden at starte forfra?', en: 'How can you change course on the way without starting over?' },
      ],
    },
  },
  {
    id: 'citizen-value',
    name: { da: 'Værdi for borgere og virksomheder', en: 'Value for citizens and businesses' },
    question: {
      da: 'Hvordan bliver digitaliseringen relevant og værdifuld for borgere og virksomheder, og hvordan bliver de inddraget?',
      en: 'How does digitalisation become relevant and valuable to citizens and businesses, and how are they involved?',
    },
    why: {
      da: 'Teknologi, som brugerne ikke oplever værdi af, bliver ikke brugt. Strategien skal vise, hvordan borgere og virksomheder er med til at vælge og forme løsningerne.',
      en: 'Technology users see no value in goes unused. The strategy should show how citizens and businesses help choose and shape the solutions.',
    },
    columns: [3, 5, 6],
    snippet: {
      prefix: 'strategi-borgere',
      heading: { da: 'Værdi for borgere og virksomheder', en: 'Value for citizens and businesses' },
      prompts: [
        { da: 'Hvad skal borgere og virksomheder mærke af digitaliseringen om tre år?', en: 'What should citizens and businesses notice of digitalisation three years from now?' },
        { da: 'Hvordan inddrager I dem, før løsningerne vælges (borgerpanel, brugertest, opgaveudvalg)?', en: 'How do you involve them before solutions are chosen (citizen panel, user testing, task committee)?' },
        { da: 'Hvordan måler I, om en løsning faktisk giver dem værdi?', en: 'How do you measure whether a solution actually gives them value?' },
      ],
    },
  },
  {
    id: 'room-to-develop',
    name: { da: 'Plads til udvikling trods tung drift', en: 'Room to develop despite heavy operations' },
    question: {
      da: 'Hvordan får kommunen tid, penge og plads til digital udvikling ved siden af den daglige drift?',
      en: 'How does the municipality find time, money and room for digital development alongside daily operations?',
    },
    why: {
      da: 'Borgernes genoptræning kan ikke aflyses for et udviklingsprojekt. Uden afsatte ressourcer til at afprøve og forny bliver udvikling det første, der ryger.',
      en: 'Citizens’ rehabilitation cannot be cancelled for a development project. Without resources set aside to try and renew, development is the first thing to go.',
    },
    columns: [3, 2],
    snippet: {
      prefix: 'strategi-udvikling',
      heading: { da: 'Plads til udvikling', en: 'Room to develop' },
      prompts: [
        { da: 'Hvor mange penge og hvor meget tid afsætter I til at afprøve nyt, og hvem kan søge dem?', en: 'How much money and time do you set aside for trying new things, and who can apply?' },
        { da: 'Hvordan beskytter I udviklingsarbejdet, når driften presser?', en: 'How do you protect development work when operations are under pressure?' },
        { da: 'Hvordan flytter I en vellykket afprøvning over i drift?', en: 'How do you move a successful trial into operation?' },
      ],
    },
  },
  {
    id: 'digital-mindset',
    name: { da: 'Digitalt mindset og kompetencer', en: 'Digital mindset and skills' },
    question: {
      da: 'Hvordan opbygger ledere og medarbejdere et digitalt mindset og de kompetencer, der skal til?',
      en: 'How do leaders and staff build a digital mindset and the skills it takes?',
    },
    why: {
      da: 'Løsninger bliver taget i brug, når ledere og medarbejdere selv har prøvet dem og ser meningen. Teamledere, digitale navigatører og kompetenceløft gør forskellen.',
      en: 'Solutions get used when leaders and staff have tried them and see the point. Team leaders, digital navigators and upskilling make the difference.',
    },
    columns: [3, 8, 12, 13, 17],
    snippet: {
      prefix: 'strategi-mindset',
      heading: { da: 'Digitalt mindset og kompetencer', en: 'Digital mindset and skills' },
      prompts: [
        { da: 'Hvilke digitale kompetencer skal ledere og medarbejdere have, og hvordan får de dem?', en: 'Which digital skills do leaders and staff need, and how will they get them?' },
        { da: 'Hvordan får medarbejderne lov at prøve teknologien i praksis, før den indføres?', en: 'How do staff get to try the technology in practice before it is introduced?' },
        { da: 'Hvilken rolle har teamledere, superbrugere eller digitale navigatører?', en: 'What role do team leaders, super-users or digital navigators play?' },
      ],
    },
  },
  {
    id: 'strategic-agenda',
    name: { da: 'Digitalisering på den strategiske dagsorden', en: 'Digitalisation on the strategic agenda' },
    question: {
      da: 'Hvilke faste rutiner sikrer, at digitalisering bliver på direktionens og politikernes dagsorden, med en ejer og en fast rytme?',
      en: 'Which standing routines keep digitalisation on the executive board’s and politicians’ agenda, with an owner and a set rhythm?',
    },
    why: {
      da: 'Digitalisering glider ud af topledelsens drøftelser, hvis ingen rutine holder den fast. Ligesom økonomien kan den have et fast punkt, en årlig status og en ansvarlig.',
      en: 'Digitalisation slips out of top management’s discussions unless a routine holds it there. Like the budget, it can have a standing item, an annual status and an owner.',
    },
    columns: [3, 1, 2, 4],
    snippet: {
      prefix: 'strategi-dagsorden',
      heading: { da: 'Digitalisering på dagsordenen', en: 'Digitalisation on the agenda' },
      prompts: [
        { da: 'Hvilke faste punkter har digitalisering hos direktionen og i det politiske udvalg?', en: 'Which standing items does digitalisation have with the executive board and the political committee?' },
        { da: 'Hvem ejer opfølgningen, og hvor ofte gør I status (fx hvert kvartal, årligt ved budgetseminaret)?', en: 'Who owns the follow-up, and how often do you report status (e.g. quarterly, yearly at the budget seminar)?' },
        { da: 'Hvordan indgår digitalisering som en dimension i andre sager, ligesom økonomien gør?', en: 'How does digitalisation become a dimension of other cases, as the budget is?' },
      ],
    },
    presentNeeds: 2,
    fullLengthWhenComplete: true,
    guidance: [
      {
        id: 'routine',
        label: { da: 'en fast rutine', en: 'a standing routine' },
        message: {
          da: 'Afsnittet om den strategiske dagsorden nævner ingen fast rutine. Beskriv fx et fast punkt på direktionsmøder, en årlig status eller porteføljemøder.',
          en: 'The strategic agenda section names no standing routine. Describe, for example, a standing item at executive meetings, an annual status or portfolio meetings.',
        },
        columns: [3, 1],
      },
      {
        id: 'owner',
        label: { da: 'en ejer', en: 'an owner' },
        message: {
          da: 'Det fremgår ikke, hvem der ejer opfølgningen. Skriv, om det er direktionen, et udvalg eller en navngiven funktion.',
          en: 'It is not clear who owns the follow-up. Say whether it is the executive board, a committee or a named function.',
        },
        columns: [1, 2],
      },
      {
        id: 'rhythm',
        label: { da: 'en rytme', en: 'a rhythm' },
        message: {
          da: 'Der står ikke, hvor ofte digitalisering er på dagsordenen. Angiv en rytme, fx hvert kvartal eller en gang om året.',
          en: 'It does not say how often digitalisation is on the agenda. Give a rhythm, such as quarterly or once a year.',
        },
        columns: [3],
      },
    ],
  },
  {
    id: 'inclusion',
    name: { da: 'Digital inklusion', en: 'Digital inclusion' },
    question: {
      da: 'Hvordan sikrer kommunen, at borgere og medarbejdere, der har svært ved det digitale, kan være med – og hvornår bevares et analogt eller assisteret alternativ?',
      en: 'How does the municipality make sure citizens and staff who struggle with digital services can take part – and when does an analogue or assisted alternative stay?',
    },
    why: {
      da: 'Omkring hver femte borger har svært ved det digitale. Løsninger, som kun de ivrigste bruger, bliver hvide elefanter; inklusion kræver kortlægning, kriterier og konkrete handlinger.',
      en: 'About one citizen in five struggles with digital services. Solutions only the keenest use become white elephants; inclusion needs mapping, criteria and concrete actions.',
    },
    columns: [7, 5, 6],
    snippet: {
      prefix: 'strategi-inklusion',
      heading: { da: 'Digital inklusion', en: 'Digital inclusion' },
      prompts: [
        { da: 'Hvilke grupper af borgere og medarbejdere har svært ved det digitale hos jer, og hvordan har I kortlagt det?', en: 'Which groups of citizens and staff struggle with digital services where you are, and how did you map it?' },
        { da: 'Hvornår bevarer I et analogt, hybridt eller assisteret alternativ (fx personlig betjening, digital fuldmagt)?', en: 'When do you keep an analogue, hybrid or assisted alternative (e.g. in-person service, digital power of attorney)?' },
        { da: 'Hvilke konkrete handlinger og prøvehandlinger sætter I i gang, og hvem har ansvaret?', en: 'Which concrete actions and trial actions will you start, and who is responsible?' },
      ],
    },
    presentNeeds: 2,
    guidance: [
      {
        id: 'target-groups',
        label: { da: 'målgrupper', en: 'target groups' },
        message: {
          da: 'Afsnittet om inklusion nævner ingen målgrupper. Skriv, hvilke borgere og medarbejdere der har svært ved det digitale, fx ældre, ordblinde eller tosprogede.',
          en: 'The inclusion section names no target groups. Say which citizens and staff struggle with digital services, such as older people, people with dyslexia or non-native speakers.',
        },
        columns: [7],
      },
      {
        id: 'alternatives',
        label: { da: 'analoge eller assisterede alternativer', en: 'analogue or assisted alternatives' },
        message: {
          da: 'Der står ikke, hvilke alternativer borgere har, når det digitale ikke passer. Beskriv analoge, hybride eller assisterede muligheder, fx personlig betjening eller digital fuldmagt.',
          en: 'It does not say what alternatives citizens have when digital does not fit. Describe analogue, hybrid or assisted options, such as in-person service or digital power of attorney.',
        },
        columns: [7, 5],
      },
      {
        id: 'actions',
        label: { da: 'konkrete handlinger', en: 'concrete actions' },
        message: {
          da: 'Afsnittet om inklusion har ingen konkrete handlinger. Tilføj fx kortlægning, prøvehandlinger, kurser eller en handleplan med en ansvarlig.',
          en: 'The inclusion section has no concrete actions. Add, for example, mapping, trial actions, courses or an action plan with an owner.',
        },
        columns: [7, 6],
      },
    ],
  },
  {
    id: 'ethics',
    name: { da: 'Etik og ansvarlig teknologi', en: 'Ethics and responsible technology' },
    question: {
      da: 'Hvilket etisk ståsted har kommunen, hvordan bruges AI og algoritmer ansvarligt, hvem inddrages, og hvordan screenes juraen tidligt?',
      en: 'What ethical standpoint does the municipality take, how are AI and algorithms used responsibly, who is involved, and how is the law screened early?',
    },
    why: {
      da: 'Teknologi er ikke neutral. Topledelsen må formulere et etisk ståsted, drøfte AI i MED, og få juraen (hjemmel, GDPR, AI-forordningen) vurderet lige efter idéen.',
      en: 'Technology is not neutral. Top management must state an ethical standpoint, discuss AI in the works council, and have the law (legal basis, GDPR, the EU AI Act) assessed right after the idea.',
    },
    columns: [16, 2, 9, 10, 15],
    snippet: {
      prefix: 'strategi-etik',
      heading: { da: 'Etik og ansvarlig teknologi', en: 'Ethics and responsible technology' },
      prompts: [
        { da: 'Hvilke værdier og hvilket etisk ståsted lægger I til grund (fx åbenhed, lighed, privatliv, værdighed)?', en: 'Which values and which ethical standpoint do you build on (e.g. openness, equality, privacy, dignity)?' },
        { da: 'Hvordan bruger I AI og algoritmer, så et menneske fortsat vurderer og beslutter?', en: 'How do you use AI and algorithms so that a person still assesses and decides?' },
        { da: 'Hvordan inddrager I MED, medarbejdere og borgere i de etiske valg?', en: 'How do you involve the works council (MED), staff and citizens in the ethical choices?' },
        { da: 'Hvordan screener I juraen tidligt (hjemmel, GDPR, AI-forordningen), fx i en kort workshop lige efter idéen?', en: 'How do you screen the law early (legal basis, GDPR, the EU AI Act), for example in a short workshop right after the idea?' },
      ],
    },
    presentNeeds: 2,
    guidance: [
      {
        id: 'standpoint',
        label: { da: 'et etisk ståsted eller værdier', en: 'an ethical standpoint or values' },
        message: {
          da: 'Afsnittet om etik angiver hverken værdier eller et etisk ståsted. Skriv, hvilke værdier der vejer tungest, fx åbenhed, lighed, privatliv og værdighed.',
          en: 'The ethics section states neither values nor an ethical standpoint. Say which values weigh most, such as openness, equality, privacy and dignity.',
        },
        columns: [16, 2],
        essential: true,
      },
      {
        id: 'ai',
        label: { da: 'AI og algoritmer', en: 'AI and algorithms' },
        message: {
          da: 'Afsnittet om etik siger intet om AI eller algoritmer. Beskriv, hvordan I bruger dem, og at et menneske vurderer og træffer afgørelsen.',
          en: 'The ethics section says nothing about AI or algorithms. Describe how you use them, and that a person assesses and decides.',
        },
        columns: [10, 16, 9],
        essential: true,
      },
      {
        id: 'involvement',
        label: { da: 'inddragelse af MED, medarbejdere og borgere', en: 'involving the works council, staff and citizens' },
        message: {
          da: 'Det fremgår ikke, hvem der er med til at drøfte de etiske valg. Nævn MED, medarbejdere og borgere, og hvordan de inddrages.',
          en: 'It is not clear who takes part in the ethical choices. Name the works council (MED), staff and citizens, and how they are involved.',
        },
        columns: [9, 16],
      },
      {
        id: 'legal',
        label: { da: 'juridisk screening', en: 'legal screening' },
        message: {
          da: 'Afsnittet om etik nævner ikke, hvordan juraen vurderes. Beskriv en tidlig screening af hjemmel, GDPR og AI-forordningen, fx en workshop og en kort foranalyse.',
          en: 'The ethics section does not say how the law is assessed. Describe an early screening of legal basis, GDPR and the EU AI Act, such as a workshop and a short pre-analysis.',
        },
        columns: [15],
      },
    ],
  },
  {
    id: 'leadership-pipeline',
    name: { da: 'Roller og ansvar i ledelseskæden', en: 'Roles and responsibilities in the leadership pipeline' },
    question: {
      da: 'Hvem gør hvad i digitaliseringen – politikerne, direktionen, cheferne, lederne og digitaliseringsenheden?',
      en: 'Who does what in digitalisation – the politicians, the executive board, heads, leaders and the digitalisation unit?',
    },
    why: {
      da: 'Digitalisering kan ikke lægges hos én direktør eller en it-afdeling. En aftalt arbejdsdeling i hele ledelseskæden, som Viborg Kommunes leadership pipeline, gør ansvaret tydeligt.',
      en: 'Digitalisation cannot be left to one director or an IT department. An agreed division of work through the whole management chain, like Viborg Municipality’s leadership pipeline, makes responsibility clear.',
    },
    columns: [11, 1, 4, 8, 12, 13],
    snippet: {
      prefix: 'strategi-roller',
      heading: { da: 'Roller og ansvar', en: 'Roles and responsibilities' },
      prompts: [
        { da: 'Hvad beslutter kommunalbestyrelsen og udvalgene, især ved store, borgernære eller omstridte projekter?', en: 'What do the council and committees decide, especially on large, citizen-facing or contested projects?' },
        { da: 'Hvad er direktionens, chefernes og ledernes ansvar hver især?', en: 'What are the executive board’s, heads’ and leaders’ responsibilities, each?' },
        { da: 'Hvordan støtter digitaliseringsenheden og konsulenterne i fagområderne ledelseskæden?', en: 'How do the digitalisation unit and the consultants in the professional areas support the chain?' },
      ],
    },
    presentNeeds: 3,
    guidance: [
      {
        id: 'politicians',
        label: { da: 'politikerne', en: 'the politicians' },
        message: {
          da: 'Politikernes rolle mangler i ledelseskæden. Skriv, hvad kommunalbestyrelsen og udvalgene beslutter, især ved store eller omstridte projekter.',
          en: 'The politicians’ role is missing from the leadership pipeline. Say what the council and its committees decide, especially on large or contested projects.',
        },
        columns: [11, 4],
      },
      {
        id: 'executive-board',
        label: { da: 'direktionen', en: 'the executive board' },
        message: {
          da: 'Direktionens ansvar fremgår ikke. Beskriv, hvordan direktionen sætter retning, afsætter ressourcer og prioriterer på tværs.',
          en: 'The executive board’s responsibility is not stated. Describe how it sets direction, allocates resources and prioritises across the organisation.',
        },
        columns: [11, 1],
      },
      {
        id: 'heads',
        label: { da: 'cheferne', en: 'the heads' },
        message: {
          da: 'Chefernes rolle mangler. Skriv, hvordan fag- og stabschefer sætter initiativer i gang og understøtter en digital kultur.',
          en: 'The heads’ role is missing. Say how heads of department launch initiatives and support a digital culture.',
        },
        columns: [11],
      },
      {
        id: 'leaders',
        label: { da: 'lederne og teamlederne', en: 'leaders and team leaders' },
        message: {
          da: 'Ledernes og teamledernes rolle mangler. Beskriv, hvordan de kobler faglighed og digitalisering og sikrer, at løsningerne bliver brugt.',
          en: 'The role of leaders and team leaders is missing. Describe how they connect professional practice with digital tools and make sure solutions are used.',
        },
        columns: [11, 8],
      },
      {
        id: 'unit',
        label: { da: 'digitaliseringsenheden', en: 'the digitalisation unit' },
        message: {
          da: 'Det står ikke, hvordan digitaliseringsenheden eller konsulenterne støtter ledelseskæden. Beskriv deres rolle som rådgivere og navigatører.',
          en: 'It does not say how the digitalisation unit or its consultants support the chain. Describe their role as advisers and navigators.',
        },
        columns: [11, 12, 13],
      },
    ],
  },
]);

const BY_ID = new Map([...ELEMENTS, ...AMBITION_ELEMENTS].map((element) => [element.id, element]));

/** Any catalogue's element by its id. */
export function elementById(id: ElementId): ElementDefinition {
  const element = BY_ID.get(id);
  if (!element) throw new Error(`Unknown element ${id}`);
  return element;
}
