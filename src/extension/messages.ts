import { localize, type Language, type Localized } from '../core/i18n/localized';

/**
 * Every text the extension itself shows (the core's findings bring their
 * own), Danish first. One table, one mechanism: code never switches on the
 * language inline and does not use `vscode.l10n`; contribution titles come
 * from package.nls*.json, which VS Code reads before any code runs.
 */
export const EDITOR_MESSAGES = {
  insertAllMissing: { da: 'Indsæt alle manglende afsnit', en: 'Insert all missing sections' },
  turnRuleOff: { da: 'Slå reglen {rule} fra i dette dokument', en: 'Turn rule {rule} off for this document' },
  readColumn: { da: 'Læs klummen (klumme {column})', en: 'Read the column (column {column})' },
  markSection: { da: 'Markér afsnittet som svar på: {name}', en: 'Mark this section as answering: {name}' },
  missingFromDocument: { da: 'Elementet mangler i dette dokument; afsnittet hører hjemme, hvor fundet står.', en: 'The element is missing from this document; its section belongs where the finding is.' },
  answers: { da: 'svarer på', en: 'answers' },
  lacking: { da: ' — mangler: ', en: ' — lacking: ' },
  evidence: { da: 'Begrundelse (linje {line}): ', en: 'Evidence (line {line}): ' },
  calibrated: { da: 'Vurderet ud fra hele teksten; reglerne alene sagde »{status}«.', en: 'Weighed against the whole text; the rules alone said “{status}”.' },
  allowedValues: { da: 'Tilladte værdier: ', en: 'Allowed values: ' },
  readColumns: { da: 'Læs klummerne:', en: 'Read the columns:' },
  hoverColumn: { da: 'Klumme {number} – *{title}* (s. {page})', en: 'Column {number} – *{title}* (p. {page})' },
  coverageTitle: { da: 'Dækning af de ti elementer', en: 'Coverage of the ten elements' },
  coverageClick: { da: 'Klik for høringsrapporten.', en: 'Click for the readiness report.' },
  checkingWorkspace: { da: 'Tjekker strategier i arbejdsområdet', en: 'Checking strategies in the workspace' },
  insertPlaceholder: { da: 'Indsæt et afsnit eller en blok', en: 'Insert a section or block' },
  showColumnPlaceholder: { da: 'Vis en klumme', en: 'Show a column' },
  page: { da: 's. {page}', en: 'p. {page}' },
  statusPresent: { da: 'til stede', en: 'present' },
  statusThin: { da: 'kun berørt', en: 'touched on' },
  statusMissing: { da: 'mangler', en: 'missing' },
  viewLine: { da: 'linje {line}', en: 'line {line}' },
  viewColumns: { da: 'klumme {columns}', en: 'column {columns}' },
  viewColumnsMany: { da: 'klummer {columns}', en: 'columns {columns}' },
  viewGoTo: { da: 'Gå til afsnittet', en: 'Go to the section' },
  viewInsert: { da: 'Indsæt afsnittet', en: 'Insert the section' },
  viewEvidence: { da: 'Linje {line}: »{text}«', en: 'Line {line}: “{text}”' },
  symbolAnswers: { da: 'svarer på {name} · {status}', en: 'answers {name} · {status}' },
  reportTitle: { da: 'Høringsparathed: {name}', en: 'Consultation readiness: {name}' },
  reportSave: { da: 'Gem rapporten som {file}', en: 'Save the report as {file}' },
  reportCoverage: { da: 'Dækning: {present} til stede, {thin} kun berørt, {missing} mangler', en: 'Coverage: {present} present, {thin} touched on, {missing} missing' },
  reportSaved: { da: 'Rapporten er gemt: {file}', en: 'The report was saved: {file}' },
  reportExists: { da: '{file} findes allerede. Vil du overskrive den?', en: '{file} already exists. Overwrite it?' },
  reportOverwrite: { da: 'Overskriv', en: 'Overwrite' },
  declarePrompt: { da: 'Tjek som strategi?', en: 'Check as a strategy?' },
  declareTooltip: {
    da: 'Dokumentet ligner en digitaliseringsstrategi, men er ikke markeret som en. Klik for at tilføje dokumenttype: digitaliseringsstrategi i frontmatter.',
    en: 'This document looks like a digitalisation strategy but is not marked as one. Click to add dokumenttype: digitaliseringsstrategi to its frontmatter.',
  },
  declareMessage: {
    da: '»{name}« ligner en digitaliseringsstrategi. Skal Strategitjek tjekke den?',
    en: '“{name}” looks like a digitalisation strategy. Should Strategitjek check it?',
  },
  declareYes: { da: 'Tjek som strategi', en: 'Check as a strategy' },
  linkStrategy: { da: 'Strategien, ambitionen svarer på: ', en: 'The strategy this ambition answers to: ' },
  linkConnected: { da: 'Ambitionen henviser til {count} af strategiens {candidates} afsnit:', en: 'The ambition refers to {count} of the strategy’s {candidates} sections:' },
  linkNone: {
    da: 'Ambitionen henviser ikke til nogen af strategiens {candidates} afsnit. Skriv, hvilke af strategiens fokusområder din enhed bidrager til.',
    en: 'The ambition refers to none of the strategy’s {candidates} sections. Say which of the strategy’s focus areas your unit contributes to.',
  },
  linkNotRead: { da: 'Strategien er ikke læst, så sammenhængen er ikke vurderet (se fundet).', en: 'The strategy was not read, so coherence was not judged (see the finding).' },
  linkAnswers: { da: 'svarer på {name}', en: 'answers {name}' },
  folderEmpty: { da: 'Ingen strategier eller ambitioner i {folder}.', en: 'No strategies or ambitions in {folder}.' },
  disabled: { da: 'Strategitjek er slået fra', en: 'Strategitjek is turned off' },
  disabledTooltip: {
    da: 'Dokumentet er en strategi, men tjek er slået fra (indstillingen strategitjek.enable).',
    en: 'This document is a strategy, but checking is turned off (the strategitjek.enable setting).',
  },
} satisfies Record<string, Localized>;

export type EditorMessage = keyof typeof EDITOR_MESSAGES;

export function say(id: EditorMessage, language: Language, values: Record<string, string | number> = {}): string {
  return localize(EDITOR_MESSAGES[id], language, values);
}
