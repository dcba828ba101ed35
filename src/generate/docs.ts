import { VOCABULARIES } from '../core/catalogue/vocabularies';
import { COLLECTION, COLUMNS } from '../core/catalogue/columns';
import { CATALOGUES, catalogueOfElement } from '../core/catalogue/catalogues';
import type { ElementDefinition, TermSpec } from '../core/catalogue/elementTypes';
import { DEFAULT_THRESHOLDS } from '../core/config/types';
import { citeColumn, columnPageName } from '../core/links';
import { RULES } from '../core/rules';
import type { Rule } from '../core/rules/types';

/*
 * Docs pages generated from the catalogues and rule metadata: one page per
 * rule (element rules double as the element's page) and one per column.
 * Danish first, English below. Links between pages are relative, so the
 * pages work in the repository, in the package and inside VS Code.
 */

const GENERATED = '<!-- Genereret af `npm run generate` fra katalogerne og regelmetadata. Ret ikke i hånden. -->';

function columnLink(number: number, language: 'da' | 'en', fromFolder: 'rules' | 'columns'): string {
  const prefix = fromFolder === 'rules' ? '../columns/' : './';
  return `[${citeColumn(number, language)}](${prefix}${columnPageName(number)})`;
}

function termText(term: TermSpec): string {
  const spec = typeof term === 'string' ? { term } : term;
  const notes: string[] = [];
  if (spec.caseSensitive) notes.push('store bogstaver');
  if (spec.requires?.length) notes.push(`kun sammen med ${spec.requires.slice(0, 4).join(', ')}${spec.requires.length > 4 ? ' …' : ''}`);
  if (spec.unless?.length) notes.push(`ikke sammen med ${spec.unless.slice(0, 4).join(', ')}${spec.unless.length > 4 ? ' …' : ''}`);
  return `\`${spec.term}\`${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

/** The points of which present needs at least one, as the element page names them. */
function essentialPoints(element: ElementDefinition): string {
  const essential = (element.guidance ?? []).filter((check) => check.essential).map((check) => check.label.da);
  if (essential.length === 0) return '';
  return `, heraf mindst ét af disse: ${essential.join(' eller ')}`;
}

function elementSection(element: ElementDefinition): string[] {
  const catalogue = catalogueOfElement(element.id);
  const thresholds = { ...DEFAULT_THRESHOLDS, ...catalogue.thresholds };
  const words = VOCABULARIES[element.id];
  const out: string[] = [`*Dokumenttype: \`${catalogue.type}\` (${catalogue.noun.da}).*`, ''];
  out.push('## Hvad tjekkes', '', element.question.da, '', `**Hvorfor:** ${element.why.da}`, '');
  out.push('## Hvordan elementet genkendes', '');
  out.push(
    'Belæg vejes, stærkest først:',
    '',
    `1. En markør i afsnittet: \`<!-- strategitjek: ${element.id} -->\`, eller frontmatter \`elementer: { ${element.id}: "Overskrift" }\`.`,
    `2. En overskrift, der nævner elementet: ${words.heading.map(termText).join(', ')}.`,
    `3. Afsnit, lister og tabeller, der behandler det, også under andre overskrifter: ${words.body.map(termText).join(', ')}.${
      words.proseNeeds ? ` Under andre overskrifter tæller teksten kun, når den også har ét af disse ord: ${words.proseNeeds.map(termText).join(', ')}.` : ''
    }`,
    '',
    `Elementet er **til stede**, når teksten har mindst ${thresholds.presentMinWords} ord og ${thresholds.presentMinStatements} ${thresholds.presentMinStatements === 1 ? 'sætning, punkt eller tabelrække' : 'sætninger, punkter eller tabelrækker'} og siger, hvordan (handlinger, ansvar, principper)${element.presentNeeds ? `, og dækker mindst ${element.presentNeeds} af vejledningens punkter${essentialPoints(element)}` : ''}. Det er **kun berørt**, når teksten kun strejfer det: en enkelt sætning, en henvisning til et andet dokument, skabelontekst, eller kun omtale i resumé eller indledning. Ellers **mangler** det.`,
    '',
  );
  if (element.guidance) {
    out.push('## Vejledning (regel `' + element.id + '-guidance`)', '');
    for (const check of element.guidance) {
      const byLink = check.madeByLink ? ' Punktet er også opfyldt, når dokumentet henviser til fokusområder i den strategi, det svarer på (`strategi:`).' : '';
      out.push(`- **${check.label.da}:** ${check.message.da}${byLink} (${check.columns.map((n) => `klumme ${n}`).join(', ')})`);
    }
    if (words.guidanceNeeds) {
      out.push('', `Under andre overskrifter tæller et afsnit kun for punkterne, når det også har ét af disse ord: ${words.guidanceNeeds.map(termText).join(', ')}.`);
    }
    out.push('');
  }
  out.push('## Skabelon', '', `Snippet-præfiks \`${element.snippet.prefix}\`. Hjælpespørgsmål:`, '');
  for (const prompt of element.snippet.prompts) out.push(`- ${prompt.da}`);
  out.push('');
  return out;
}

function rulePage(rule: Rule): string {
  const meta = rule.meta;
  const element = meta.element && meta.id === meta.element ? CATALOGUES.flatMap((c) => c.elements).find((e) => e.id === meta.element) : undefined;
  const out: string[] = [GENERATED, '', `# \`${meta.id}\``, '', meta.description.da, '', `*${meta.description.en}*`, ''];
  out.push(`- **Kan rettes automatisk:** ${meta.fixable ? 'ja' : 'nej'}`);
  const severities = Object.entries(meta.messages).map(([id, m]) => `\`${id}\` (${m.severity})`);
  out.push(`- **Meddelelser og standardalvor:** ${severities.join(', ')}`, '');
  if (element) out.push(...elementSection(element));
  else out.push('## Hvad tjekkes', '', meta.details.da, '');
  if (meta.columns.length > 0) {
    out.push('## Klummerne bag', '');
    for (const n of meta.columns) out.push(`- ${columnLink(n, 'da', 'rules')}`);
    out.push('');
  }
  out.push(
    '## Indstillinger',
    '',
    'I `.strategitjek.yaml` eller under `strategitjek:` i et dokuments frontmatter:',
    '',
    '```yaml',
    'rules:',
    `  ${meta.id}: warning        # off, info, warning eller error for alle meddelelser`,
    `  # eller pr. meddelelse:`,
    `  # ${meta.id}:`,
    `  #   ${Object.keys(meta.messages)[0]}: info`,
    ...(element ? ['words:', `  ${element.id}: [eget-ord, egen-stamme*]   # ekstra ord for elementet`] : []),
    '```',
    '',
    '## In English',
    '',
    meta.description.en,
    '',
    element ? `${element.question.en} ${element.why.en}` : meta.details.en,
    '',
  );
  return out.join('\n');
}

function columnPage(number: number): string {
  const column = COLUMNS.find((c) => c.number === number)!;
  const rules = RULES.filter((rule) => rule.meta.columns.includes(number)).map((rule) => `[\`${rule.meta.id}\`](../rules/${rule.meta.id}.md)`);
  return [
    GENERATED,
    '',
    `# Klumme ${column.number}: ${column.title}`,
    '',
    `*${column.theme.da}* · s. ${column.page} i ${COLLECTION.author}, *${COLLECTION.title}* (${COLLECTION.publisher} ${COLLECTION.year}).`,
    '',
    '## Kort fortalt',
    '',
    column.summary.da,
    '',
    '## Bruges af reglerne',
    '',
    rules.length > 0 ? rules.join(', ') : '–',
    '',
    `## In English: ${column.titleEn}`,
    '',
    `*${column.theme.en}* · p. ${column.page}.`,
    '',
    column.summary.en,
    '',
    'The summaries are Strategitjek’s own words; read the column itself for the argument.',
    '',
  ].join('\n');
}

function indexPage(): string {
  const out = [GENERATED, '', '# Strategitjek: regler og klummer', '', '## Regler', '', '| Regel | Beskrivelse | Rettelse |', '| --- | --- | --- |'];
  for (const rule of RULES) out.push(`| [\`${rule.meta.id}\`](rules/${rule.meta.id}.md) | ${rule.meta.description.da} | ${rule.meta.fixable ? 'ja' : '–'} |`);
  out.push('', '## Klummer', '', `Fra ${COLLECTION.author}, *${COLLECTION.title}*, ${COLLECTION.publisher} ${COLLECTION.year}, ISBN ${COLLECTION.isbn}.`, '');
  for (const column of COLUMNS) out.push(`- [Klumme ${column.number}: ${column.title}](columns/${columnPageName(column.number)}) (s. ${column.page})`);
  out.push('');
  return out.join('\n');
}

export function generateDocs(): Map<string, string> {
  const files = new Map<string, string>();
  files.set('docs/README.md', indexPage());
  for (const rule of RULES) files.set(`docs/rules/${rule.meta.id}.md`, rulePage(rule));
  for (const column of COLUMNS) files.set(`docs/columns/${columnPageName(column.number)}`, columnPage(column.number));
  return files;
}
