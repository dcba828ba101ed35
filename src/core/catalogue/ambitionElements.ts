import type { ElementDefinition } from './elementTypes';
import { inOneShape } from './oneShape';

/*
 * The catalogue of a leader's "Min digitale ambition" (column 18, with
 * columns 17, 16, 8 and 2 where they fit): six questions a leader answers in
 * half a page to a page, in the order they are usually written. The
 * questions, explanations and prompts are this project's own words.
 */

export const AMBITION_ELEMENTS: readonly ElementDefinition[] = inOneShape([
  {
    id: 'ambition-coherence',
    // Naming the shared system or solution the unit moves into is itself the "how" of fitting in.
    answersHow: true,
    name: { da: 'Sammenhæng med resten af kommunen', en: 'Coherence with the rest of the municipality' },
    question: {
      da: 'Hvordan hænger din enheds digitalisering sammen med kommunens fælles strategi og løsninger?',
      en: 'How does your unit’s digitalisation fit with the municipality’s shared strategy and solutions?',
    },
    why: {
      da: 'En enhed, der digitaliserer for sig selv, skaber dobbeltarbejde og systemer, ingen andre kan bruge. Dit svar viser, hvordan du bygger videre på det fælles i stedet for ved siden af det.',
      en: 'A unit that digitalises on its own creates duplicate work and systems nobody else can use. Your answer shows how you build on what is shared instead of beside it.',
    },
    columns: [18, 11, 2],
    snippet: {
      prefix: 'ambition-sammenhaeng',
      heading: { da: 'Sammenhæng på tværs af kommunen', en: 'Coherence across the municipality' },
      prompts: [
        { da: 'Hvilke af strategiens fokusområder eller fælles løsninger tager din enhed helt i brug?', en: 'Which of the strategy’s focus areas or shared solutions will your unit take fully into use?' },
        { da: 'Hvor samarbejder I med andre enheder i stedet for at finde jeres egen løsning?', en: 'Where do you work with other units instead of finding a solution of your own?' },
      ],
    },
    presentNeeds: 1,
    guidance: [
      {
        id: 'named',
        label: { da: 'noget fælles, der nævnes ved navn', en: 'something shared, named' },
        madeByLink: true,
        message: {
          da: 'Svaret siger, at enheden hænger sammen med resten af kommunen, men ikke hvordan. Nævn det fælles system, den platform eller den enhed, I arbejder sammen med, fx at sagerne flytter ind i kommunens fælles sagssystem.',
          en: 'The answer says the unit fits with the rest of the municipality, but not how. Name the shared system, the platform or the unit you work with, such as cases moving into the municipality’s shared case system.',
        },
        columns: [18],
      },
    ],
  },
  {
    id: 'ambition-agenda',
    name: { da: 'Digitalisering på enhedens dagsorden', en: 'Digitalisation on the unit’s agenda' },
    question: {
      da: 'Hvordan sørger du for, at digitalisering jævnligt bliver drøftet i din egen enhed?',
      en: 'How do you make sure digitalisation is discussed regularly in your own unit?',
    },
    why: {
      da: 'Det, lederen sætter på mødernes dagsorden, bliver taget alvorligt. En fast plads og en rytme gør digitalisering til en del af hverdagen og ikke et projekt, der kommer og går.',
      en: 'What the leader puts on the meetings’ agenda is taken seriously. A fixed place and a rhythm make digitalisation part of everyday work, not a project that comes and goes.',
    },
    columns: [18, 8, 2],
    snippet: {
      prefix: 'ambition-dagsorden',
      heading: { da: 'Digitalisering på vores dagsorden', en: 'Digitalisation on our agenda' },
      prompts: [
        { da: 'På hvilke møder taler I om digitalisering, og hvor ofte?', en: 'At which meetings do you talk about digitalisation, and how often?' },
        { da: 'Hvad skal drøftelserne handle om: udfordringer, nye muligheder, erfaringer?', en: 'What should the talks be about: problems, new possibilities, experience?' },
      ],
    },
    presentNeeds: 1,
    guidance: [
      {
        id: 'routine',
        label: { da: 'en fast rytme', en: 'a fixed rhythm' },
        message: {
          da: 'Der står ikke, hvornår digitalisering bliver drøftet. Nævn mødet og rytmen, fx et fast punkt på personalemødet hver anden uge, så medarbejderne ved, hvornår de kan tage det op.',
          en: 'It does not say when digitalisation is discussed. Name the meeting and the rhythm, such as a standing item at the staff meeting every other week, so staff know when they can raise it.',
        },
        columns: [18],
      },
    ],
  },
  {
    id: 'ambition-goals',
    name: { da: 'Mål om to år', en: 'Goals in two years' },
    question: {
      da: 'Hvad har du og din enhed nået med digitalisering om to år, så en kollega kan se det?',
      en: 'What will you and your unit have achieved with digitalisation in two years, in a way a colleague can see?',
    },
    why: {
      da: 'Et mål, ingen kan efterprøve, ændrer ikke noget. Et tal, en dato eller et resultat, man kan pege på, gør det muligt at følge op og at glæde sig, når det lykkes.',
      en: 'A goal nobody can verify changes nothing. A number, a date or a result someone can point to makes follow-up possible, and success visible.',
    },
    columns: [18, 2],
    snippet: {
      prefix: 'ambition-maal',
      heading: { da: 'Mine mål om to år', en: 'My goals in two years' },
      prompts: [
        { da: 'Hvilke to eller tre resultater vil du kunne pege på om to år?', en: 'Which two or three results will you be able to point to in two years?' },
        { da: 'Hvordan ser man, at de er nået (et tal, en andel, en dato, noget der er i brug)?', en: 'How will anyone see they are reached (a number, a share, a date, something in use)?' },
      ],
    },
    presentNeeds: 1,
    guidance: [
      {
        id: 'checkable',
        label: { da: 'noget, der kan efterprøves', en: 'something that can be checked' },
        message: {
          da: 'Målene kan ikke efterprøves om to år. Giv hvert mål et tal, en andel, en dato eller et resultat, man kan se, fx at en løsning er i brug.',
          en: 'The goals cannot be checked in two years. Give each goal a number, a share, a date or a visible result, such as a solution being in use.',
        },
        columns: [18],
      },
    ],
  },
  {
    id: 'ambition-approaches',
    answersHow: true,
    name: { da: 'Praktiske tilgange', en: 'Practical approaches' },
    question: {
      da: 'Hvilke konkrete greb vil du bruge for at nå målene?',
      en: 'Which concrete approaches will you use to reach the goals?',
    },
    why: {
      da: 'Mål uden greb bliver ønsker. Medarbejderne skal kunne se, om du vil have det eksisterende helt i brug, afprøve nyt eller begge dele, og hvordan du følger op.',
      en: 'Goals without approaches stay wishes. Staff should be able to see whether you will get existing tools fully used, try new ones, or both, and how you follow up.',
    },
    columns: [18, 8, 17],
    snippet: {
      prefix: 'ambition-tilgange',
      heading: { da: 'Mine praktiske greb', en: 'My practical approaches' },
      prompts: [
        { da: 'Vil du først have de løsninger, I har, helt i brug, eller afprøve nye? Hvordan?', en: 'Will you first get the solutions you have fully used, or try new ones? How?' },
        { da: 'Hvordan følger du op, og hvordan fjerner du det, der står i vejen?', en: 'How will you follow up, and how will you remove what stands in the way?' },
      ],
    },
  },
  {
    id: 'ambition-expectations',
    name: { da: 'Forventninger begge veje', en: 'Expectations both ways' },
    question: {
      da: 'Hvad forventer du af dine medarbejderes brug af digitalisering, og hvad kan de forvente af dig?',
      en: 'What do you expect of your staff’s use of digital tools, and what can they expect of you?',
    },
    why: {
      da: 'Uden en tydelig leder må medarbejderne selv gætte, hvad der er meningen. Forventninger, der går begge veje, gør ambitionen til en aftale frem for et krav.',
      en: 'Without a clear leader, staff have to guess what is intended. Expectations that run both ways turn the ambition into an agreement rather than a demand.',
    },
    columns: [18, 8],
    snippet: {
      prefix: 'ambition-forventninger',
      heading: { da: 'Forventninger til jer og til mig', en: 'What I expect of you, and you of me' },
      prompts: [
        { da: 'Hvad forventer du af dine medarbejdere, når det gælder digitalisering?', en: 'What do you expect of your staff when it comes to digital tools?' },
        { da: 'Hvad kan de til gengæld forvente af dig?', en: 'What can they expect of you in return?' },
      ],
    },
    presentNeeds: 2,
    fullLengthWhenComplete: true,
    guidance: [
      {
        id: 'of-staff',
        label: { da: 'forventninger til medarbejderne', en: 'expectations of the staff' },
        message: {
          da: 'Det står ikke, hvad du forventer af dine medarbejdere. Skriv fx, hvordan du vil have dem til at bruge, afprøve eller stille spørgsmål til teknologien.',
          en: 'It does not say what you expect of your staff. Say, for example, how you want them to use, try or question the technology.',
        },
        columns: [18, 8],
      },
      {
        id: 'of-leader',
        label: { da: 'hvad de kan forvente af dig', en: 'what they can expect of you' },
        message: {
          da: 'Det står ikke, hvad medarbejderne kan forvente af dig. Skriv, hvad du selv lover: tid, opbakning, at du går foran eller lytter.',
          en: 'It does not say what the staff can expect of you. Say what you promise yourself: time, backing, going first or listening.',
        },
        columns: [18],
      },
    ],
  },
  {
    id: 'ambition-ethics',
    name: { da: 'Etiske overvejelser', en: 'Ethical considerations' },
    question: {
      da: 'Hvilke etiske overvejelser og værdier styrer dine valg om digitalisering, og hvordan afvejer du dem i praksis?',
      en: 'Which ethical considerations and values guide your choices about digitalisation, and how do you weigh them in practice?',
    },
    why: {
      da: 'Tæt på borgerne kan det være forkert både at bruge og at lade være med at bruge en teknologi. Et konkret ståsted, med en teknologi eller en situation, hjælper medarbejderne mere end et slogan.',
      en: 'Close to citizens, it can be wrong both to use a technology and not to use it. A concrete standpoint, naming a technology or a situation, helps staff more than a slogan.',
    },
    columns: [18, 16, 17],
    snippet: {
      prefix: 'ambition-etik',
      heading: { da: 'Mine etiske overvejelser', en: 'My ethical considerations' },
      prompts: [
        { da: 'Hvilken teknologi eller situation i din enhed rejser et etisk spørgsmål, og hvor står du?', en: 'Which technology or situation in your unit raises an ethical question, and where do you stand?' },
        { da: 'Hvem inddrager du, når en sådan vurdering skal laves?', en: 'Whom do you involve when such a judgement has to be made?' },
      ],
    },
    presentNeeds: 1,
    guidance: [
      {
        id: 'concrete',
        label: { da: 'en konkret overvejelse', en: 'a concrete consideration' },
        message: {
          da: 'De etiske overvejelser er generelle. Nævn en bestemt teknologi eller situation, fx AI i sagsbehandlingen eller kameraer, og hvordan du og medarbejderne afvejer den.',
          en: 'The ethical considerations are general. Name a specific technology or situation, such as AI in casework or cameras, and how you and your staff weigh it.',
        },
        columns: [18, 16],
      },
    ],
  },
]);
