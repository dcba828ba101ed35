import type { Localized } from '../i18n/localized';

/**
 * The 18 columns of Kenneth Kristensen, "Digitalisering kræver dit og jeres
 * lederskab" (Reel Udvikling, 2025). Titles, themes and pages are cited as
 * facts; the summaries are this project's own words.
 */
export interface Column {
  number: number;
  theme: Localized;
  /** The column's Danish title, as published. */
  title: string;
  /** An English rendering of the title, for English output. */
  titleEn: string;
  /** First page in the collection. */
  page: number;
  summary: Localized;
}

export const COLLECTION = {
  author: 'Kenneth Kristensen',
  title: 'Digitalisering kræver dit og jeres lederskab – 18 klummer i krydsfeltet mellem forskning og praksis',
  publisher: 'Reel Udvikling',
  year: 2025,
  isbn: '978-87-976812-0-6',
} as const;

const THEME = {
  responsibility: { da: 'Ansvar og opgaven', en: 'Responsibility and the task' },
  politicians: { da: 'Politikerne og borgerne', en: 'Politicians and citizens' },
  staff: { da: 'Lederne og medarbejderne', en: 'Leaders and staff' },
  organisation: { da: 'Organisationen', en: 'The organisation' },
  law: { da: 'Juraen og etikken', en: 'Law and ethics' },
  personal: { da: 'Det personlige lederskab', en: 'Personal leadership' },
} satisfies Record<string, Localized>;

export const COLUMNS: readonly Column[] = [
  {
    number: 1,
    theme: THEME.responsibility,
    title: 'Skal IT-chefen træffe valget om kunstig intelligens?',
    titleEn: 'Should the IT manager decide on artificial intelligence?',
    page: 6,
    summary: {
      da: 'Ingen af de fem gængse genveje holder: at lade være med at beslutte, at overlade ledelsen til leverandører, kun at samarbejde med andre kommuner, at lægge det hele hos en digitaliseringsenhed eller hos én direktør. Hele direktionen må eje digitaliseringen, som den ejer økonomien.',
      en: 'None of the five usual shortcuts works: not deciding, handing leadership to suppliers, relying only on inter-municipal cooperation, leaving it all to a digitalisation unit or to one director. The whole executive board has to own digitalisation, as it owns the budget.',
    },
  },
  {
    number: 2,
    theme: THEME.responsibility,
    title: 'Tre centrale opgaver for topledelsen i digitalisering',
    titleEn: 'Three central tasks for top management in digitalisation',
    page: 8,
    summary: {
      da: 'Topledelsen har tre opgaver: at bringe digitalisering ind på den politiske og administrative dagsorden, at afveje gradvis forbedring (transition) mod radikal nytænkning (transformation), og at stå inde for etikken i kommunens brug af teknologi.',
      en: 'Top management has three tasks: bringing digitalisation onto the political and administrative agenda, weighing gradual improvement (transition) against radical renewal (transformation), and answering for the ethics of the municipality’s use of technology.',
    },
  },
  {
    number: 3,
    theme: THEME.responsibility,
    title: 'Topledelse af digitalisering – mere end teknik, mindre end raketvidenskab',
    titleEn: 'Top management of digitalisation – more than technology, less than rocket science',
    page: 10,
    summary: {
      da: 'Med afsæt i en hvidbog fra Dansk IT (rundbordssamtaler med 19 offentlige topchefer) opstilles syv strategiske spørgsmål: kerneopgaverne, enkelhed, skiftende behov, værdi for borgere og virksomheder, plads til udvikling trods tung drift, digitalt mindset og digitalisering som fast punkt på den strategiske dagsorden.',
      en: 'Drawing on a Dansk IT white paper (roundtables with 19 public-sector executives), the column sets out seven strategic questions: core tasks, simplicity, changing needs, value for citizens and businesses, room to develop despite heavy operations, a digital mindset, and digitalisation as a standing item on the strategic agenda.',
    },
  },
  {
    number: 4,
    theme: THEME.politicians,
    title: 'Lokalpolitikere skal med ombord i digitaliseringen',
    titleEn: 'Local politicians must come on board with digitalisation',
    page: 12,
    summary: {
      da: 'Digitalisering er sjældent på den lokalpolitiske dagsorden, fordi politikerne støder på fire barrierer: rolleforståelse, interesse, indsigt og risiko. Det hjælper at tage udgangspunkt i velfærdsopgaverne, at gøre teknologien konkret og at inddrage borgere og medarbejdere.',
      en: 'Digitalisation rarely reaches the local political agenda because politicians meet four barriers: how they see their role, interest, insight and risk. Starting from welfare tasks, making technology concrete and involving citizens and staff helps.',
    },
  },
  {
    number: 5,
    theme: THEME.politicians,
    title: 'Opgaveudvalg – en vej til at politikere og borgere kan mødes om digitalisering',
    titleEn: 'Task committees – a way for politicians and citizens to meet about digitalisation',
    page: 14,
    summary: {
      da: 'Rødovre Kommunes opgaveudvalg samlede borgere, virksomheder og politikere om digitaliseringens dilemmaer. Borgerne accepterede mere digital service, hvis der blev taget hånd om dem, der ikke er digitale, og de efterlyste politisk mod til at prioritere.',
      en: 'Rødovre Municipality’s task committee brought citizens, businesses and politicians together on the dilemmas of digitalisation. Citizens accepted more digital service provided those who are not digital were looked after, and they asked for political courage to prioritise.',
    },
  },
  {
    number: 6,
    theme: THEME.politicians,
    title: 'Vi har brug for borgernes perspektiv på digitalisering',
    titleEn: 'We need the citizens’ perspective on digitalisation',
    page: 16,
    summary: {
      da: 'Velfærdsteknologi bliver kun brugt, hvis borgerne selv ser en værdi. Guldborgsund Kommunes erfaringer peger på engagerede medarbejdere, gradvis introduktion, fællesskaber om teknologien, inddragelse af pårørende og små prøvehandlinger tæt på borgerens hverdag.',
      en: 'Welfare technology is only used when citizens see value in it themselves. Guldborgsund Municipality’s experience points to engaged staff, gradual introduction, communities around the technology, involving relatives and small trial actions close to the citizen’s daily life.',
    },
  },
  {
    number: 7,
    theme: THEME.politicians,
    title: 'Digitalisering uden inklusion fører til hvide elefanter',
    titleEn: 'Digitalisation without inclusion leads to white elephants',
    page: 18,
    summary: {
      da: 'Omkring hver femte borger og mange medarbejdere har svært ved eller er skeptiske over for digitale løsninger. Uden inklusion ender investeringer som ubrugte "hvide elefanter". Inklusion kræver en proces: kortlæg målgrupperne, hent inspiration, fastlæg kriterier for hvornår analoge eller hybride alternativer bevares, og handl i små skridt.',
      en: 'Roughly one citizen in five, and many staff, find digital solutions hard or are sceptical of them. Without inclusion, investments end as unused "white elephants". Inclusion needs a process: map the groups, seek inspiration, set criteria for when analogue or hybrid alternatives stay, and act in small steps.',
    },
  },
  {
    number: 8,
    theme: THEME.staff,
    title: 'Adoption af digitalisering afhænger af teamlederne',
    titleEn: 'Adoption of digitalisation depends on team leaders',
    page: 20,
    summary: {
      da: 'Teamlederen afgør i praksis, om et team tager en ny løsning til sig. Ildsjæle har brug for retning, skeptikere for tryghed og deltagelse i afprøvningen, og forandringen må tales i teamets eget fagsprog frem for teknisk sprog.',
      en: 'In practice the team leader decides whether a team takes up a new solution. Enthusiasts need direction, sceptics need security and a part in the trial, and the change has to be explained in the team’s own professional language rather than technical terms.',
    },
  },
  {
    number: 9,
    theme: THEME.staff,
    title: 'MED skal tage stilling til AI – før teknologien gør det for jer',
    titleEn: 'The works council (MED) must take a position on AI – before the technology does it for you',
    page: 22,
    summary: {
      da: 'AI ændrer opgaver, relationer og arbejdsmiljø, så brugen skal drøftes i MED-systemet og ikke overlades til leverandører eller tilfældigheder. Klummen foreslår et mødeprogram på to timer: fælles viden, muligheder og udfordringer, valg af pilotforsøg og kommunikation til organisationen.',
      en: 'AI changes tasks, relationships and the working environment, so its use must be discussed in the works council system (MED) rather than left to suppliers or chance. The column proposes a two-hour meeting: shared knowledge, opportunities and concerns, choosing pilots and communicating to the organisation.',
    },
  },
  {
    number: 10,
    theme: THEME.staff,
    title: 'Var din AI-kollega med til julefrokosten?',
    titleEn: 'Did your AI colleague come to the Christmas party?',
    page: 24,
    summary: {
      da: 'Fremtidens opgaveløsning bliver hybrid (FN’s E-Government Survey 2022). Lederen må fordele arbejdet mellem mennesker og AI, så et menneske vurderer og beslutter, træne medarbejderne i at forholde sig kritisk til AI og tage højde for, at borgerne ofte stoler mere på mennesker end på maskiner.',
      en: 'Public work is becoming hybrid (UN E-Government Survey 2022). Leaders must divide work between people and AI so that a person assesses and decides, train staff to question AI output, and remember that citizens often trust people more than machines.',
    },
  },
  {
    number: 11,
    theme: THEME.organisation,
    title: 'Digitalisering er som håndbold – det kræver arbejdsdeling og samarbejde',
    titleEn: 'Digitalisation is like handball – it takes division of labour and teamwork',
    page: 26,
    summary: {
      da: 'Ledelse af digitalisering hører hjemme i hele ledelseskæden, ikke kun i digitaliseringsenheden. Viborg Kommune aftalte en "leadership pipeline": direktionen sætter retning og prioriterer, cheferne igangsætter og understøtter kulturen, lederne kobler faglighed og digitalisering – støttet af digitaliseringskonsulenter og -enhed. Politikernes rolle og forskellen på transition og transformation skal også afklares.',
      en: 'Leading digitalisation belongs to the whole management chain, not only the digitalisation unit. Viborg Municipality agreed a leadership pipeline: the executive board sets direction and priorities, heads launch initiatives and support the culture, leaders connect professional practice with digital – supported by digitalisation consultants and the unit. The politicians’ role and the difference between transition and transformation must be settled too.',
    },
  },
  {
    number: 12,
    theme: THEME.organisation,
    title: 'Digitalisering bør trækkes af fagområderne',
    titleEn: 'Digitalisation should be pulled by the professional areas',
    page: 28,
    summary: {
      da: 'Digitalisering flytter fra udbudsstyring, hvor leverandører og it-afdeling skubber løsninger ud, til efterspørgselsstyring, hvor fagområderne selv trækker. Det kræver samarbejde med en mere støttende digitaliseringsafdeling, fx "digitale agenter", og investering i fagområdernes digitale kompetencer.',
      en: 'Digitalisation is moving from supply-driven, where suppliers and the IT department push solutions, to demand-driven, where the professional areas pull. That needs cooperation with a more supportive digitalisation department, such as "digital agents", and investment in the areas’ digital skills.',
    },
  },
  {
    number: 13,
    theme: THEME.organisation,
    title: 'Svendborgs digitale navigatører skaber værdi',
    titleEn: 'Svendborg’s digital navigators create value',
    page: 30,
    summary: {
      da: 'I Svendborg Kommune hjælper digitaliseringsteamet 209 ledere, 5.500 brugere og 400 it-systemer. Teamet er gået fra at styre og fikse til at navigere sammen med fagområderne, og konsulenterne rekrutteres for deres relationelle kompetencer mere end for teknisk baggrund.',
      en: 'In Svendborg Municipality the digitalisation team supports 209 leaders, 5,500 users and 400 IT systems. The team has moved from controlling and fixing to navigating alongside the professional areas, and its consultants are hired for relational skills more than technical background.',
    },
  },
  {
    number: 14,
    theme: THEME.organisation,
    title: 'Hold digitalisering simpel',
    titleEn: 'Keep digitalisation simple',
    page: 32,
    summary: {
      da: 'Kompleksitet er en gennemgående årsag til, at offentlige it-projekter fejler. Fire grunde til at skære den ned: den giver uforudsigelige udfald, den skaber kaos, små standardprojekter rammer oftere plet, og enkle, brugervenlige løsninger bliver brugt langt mere.',
      en: 'Complexity is a recurring reason public IT projects fail. Four reasons to cut it: it makes outcomes unpredictable, it breeds chaos, small standard projects hit the target more often, and simple, user-friendly solutions are used far more.',
    },
  },
  {
    number: 15,
    theme: THEME.law,
    title: 'Den juridiske digitaliseringsjungle – en mulig vej ud?',
    titleEn: 'The legal jungle of digitalisation – a way out?',
    page: 34,
    summary: {
      da: 'Juraen er en hovedårsag til, at kun 6 af 40 AI-signaturprojekter kom i drift. Forslaget: en screeningsworkshop med ledelse, teknikere, jurister og fagfolk lige efter idéen, og derefter en kort juridisk foranalyse på 1–2 uger om fx hjemmel, personoplysninger og AI-forordningen.',
      en: 'Law is a main reason only 6 of 40 AI signature projects reached operation. The proposal: a screening workshop with managers, technical experts, lawyers and professionals right after the idea, followed by a short legal pre-analysis of 1–2 weeks on matters such as legal basis, personal data and the EU AI Act.',
    },
  },
  {
    number: 16,
    theme: THEME.law,
    title: 'Kunstig intelligens i byggesager – har I overvejet etikken?',
    titleEn: 'Artificial intelligence in building cases – have you considered the ethics?',
    page: 36,
    summary: {
      da: 'Teknologi er ikke neutral; den berører offentlige værdier som retfærdighed, åbenhed, lighed, privatliv og værdighed. Klummen skelner mellem tre etiske ståsteder – nytteetik, pligtetik og kommunikativ etik – og mener, at topledelsen må formulere organisationens eget etiske ståsted.',
      en: 'Technology is not neutral; it touches public values such as justice, openness, equality, privacy and dignity. The column distinguishes three ethical standpoints – consequence ethics, duty ethics and communicative ethics – and argues that top management must state the organisation’s own ethical standpoint.',
    },
  },
  {
    number: 17,
    theme: THEME.personal,
    title: 'Topledelsens digitale dannelse',
    titleEn: 'The digital literacy of top management',
    page: 38,
    summary: {
      da: 'Topledere behøver ikke kunne programmere, men de har brug for både viden og praktisk erfaring. Fem kompetencer nævnes: styring af gradvis udvikling, ledelse af radikal nytænkning, dyb forståelse af kerneopgaven, et vist teknisk niveau og egne værdier og etik.',
      en: 'Top managers need not program, but they need both knowledge and hands-on experience. Five competences are named: managing gradual development, leading radical renewal, deep understanding of the core task, some technical depth, and their own values and ethics.',
    },
  },
  {
    number: 18,
    theme: THEME.personal,
    title: 'Min digitale ambition',
    titleEn: 'My digital ambition',
    page: 40,
    summary: {
      da: 'Ud over organisationens strategi bør hver leder skrive sin egen digitale ambition på en halv til en side, svarende på seks spørgsmål: sammenhæng på tværs, digitalisering på enhedens dagsorden, mål om to år, praktiske tilgange, forventninger begge veje og etiske overvejelser.',
      en: 'Beyond the organisation’s strategy, each leader should write their own digital ambition on half a page to a page, answering six questions: coherence across the organisation, digitalisation on the unit’s agenda, goals in two years, practical approaches, expectations both ways and ethical considerations.',
    },
  },
];

export function columnByNumber(number: number): Column {
  const column = COLUMNS.find((candidate) => candidate.number === number);
  if (!column) throw new Error(`No column ${number}`);
  return column;
}
