import type { Localized } from '../i18n/localized';

/**
 * Extra building blocks beside the ten element sections: a roles table for
 * the leadership pipeline, a works-council (MED) agenda for discussing AI and
 * a legal screening checklist. Each is a list of Markdown lines; `{{…}}`
 * marks a field the author fills in (a tab stop in snippets).
 */
export interface ExtraBlock {
  id: string;
  prefix: { da: string; en: string };
  name: Localized;
  columns: number[];
  lines: { da: string[]; en: string[] };
}

export const EXTRA_BLOCKS: readonly ExtraBlock[] = [
  {
    id: 'roles-table',
    prefix: { da: 'strategi-rolletabel', en: 'strategy-roles-table' },
    name: { da: 'Rolletabel for ledelseskæden', en: 'Roles table for the leadership pipeline' },
    columns: [11],
    lines: {
      da: [
        '| Niveau | Ansvar i digitaliseringen |',
        '| --- | --- |',
        '| Kommunalbestyrelsen og udvalgene | {{Hvad beslutter politikerne, fx store, borgernære eller omstridte projekter?}} |',
        '| Direktionen | {{Retning, ressourcer og prioritering på tværs}} |',
        '| Fag- og stabschefer | {{Igangsætter initiativer og understøtter en digital kultur}} |',
        '| Ledere og teamledere | {{Kobler faglighed og digitalisering og sikrer, at løsningerne bruges}} |',
        '| Digitaliseringsenheden | {{Rådgiver og støtter fagområdernes digitaliseringskonsulenter}} |',
      ],
      en: [
        '| Level | Responsibility in digitalisation |',
        '| --- | --- |',
        '| Council and committees | {{What do politicians decide, e.g. large, citizen-facing or contested projects?}} |',
        '| Executive board | {{Direction, resources and priorities across the organisation}} |',
        '| Heads of department | {{Launch initiatives and support a digital culture}} |',
        '| Leaders and team leaders | {{Connect professional practice with digital tools and make sure they are used}} |',
        '| Digitalisation unit | {{Advises and supports the areas’ digitalisation consultants}} |',
      ],
    },
  },
  {
    id: 'med-ai-agenda',
    prefix: { da: 'strategi-med-ai', en: 'strategy-works-council-ai' },
    name: { da: 'Dagsorden: AI i MED (to timer)', en: 'Agenda: AI in the works council (two hours)' },
    columns: [9],
    lines: {
      da: [
        '**Drøftelse af kunstig intelligens i {{Hoved-MED}}, {{dato}}**',
        '',
        '1. Fælles afsæt (45 min.): Hvad er AI, og hvad bruger vi og andre kommuner allerede?',
        '2. Vores hverdag (45 min.): Muligheder og bekymringer drøftes to og to og samles op i plenum.',
        '3. Forsøg (15 min.): Valg af pilotforsøg blandt organisationens forslag og nedsættelse af en følgegruppe.',
        '4. Kommunikation (15 min.): Hvad fortæller MED organisationen om AI i kommunen?',
      ],
      en: [
        '**Discussing artificial intelligence in the {{works council}}, {{date}}**',
        '',
        '1. Common ground (45 min): What is AI, and what do we and other municipalities already use?',
        '2. Our daily work (45 min): Opportunities and concerns discussed in pairs, then gathered in plenary.',
        '3. Trials (15 min): Choosing pilots from the organisation’s proposals and setting up a follow-up group.',
        '4. Communication (15 min): What does the works council tell the organisation about AI?',
      ],
    },
  },
  {
    id: 'legal-screening',
    prefix: { da: 'strategi-juridisk-screening', en: 'strategy-legal-screening' },
    name: { da: 'Tjekliste: juridisk screening af en idé', en: 'Checklist: legal screening of an idea' },
    columns: [15],
    lines: {
      da: [
        '**Screeningsworkshop for {{idéens navn}}** (holdes lige efter idéen)',
        '',
        '- [ ] Deltagere: ledelse, teknisk ekspert, jurist og fagperson fra området',
        '- [ ] Indgår der personoplysninger, og af hvilken slags?',
        '- [ ] Er der hjemmel til at udvikle løsningen, og til at sætte den i drift?',
        '- [ ] Behandlingsgrundlag efter GDPR, og er en konsekvensanalyse nødvendig?',
        '- [ ] Hvor placerer AI-forordningen løsningen, fx som højrisiko?',
        '- [ ] Hvad skal en foranalyse afklare, og hvornår (inden køb, test eller drift)? Højst {{1-2}} uger.',
        '- [ ] Beslutning: gå videre, tilpas idéen eller stop',
      ],
      en: [
        '**Screening workshop for {{name of the idea}}** (held right after the idea)',
        '',
        '- [ ] Participants: management, a technical expert, a lawyer and a professional from the area',
        '- [ ] Is personal data involved, and of which kind?',
        '- [ ] Is there a legal basis to develop the solution, and to put it into operation?',
        '- [ ] Lawful basis under the GDPR, and is an impact assessment needed?',
        '- [ ] Where does the EU AI Act place the solution, e.g. as high-risk?',
        '- [ ] What must a pre-analysis settle, and when (before purchase, test or operation)? At most {{1-2}} weeks.',
        '- [ ] Decision: go ahead, adapt the idea or stop',
      ],
    },
  },
];
