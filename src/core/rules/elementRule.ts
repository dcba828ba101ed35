import { catalogueOfElement } from '../catalogue/catalogues';
import { elementById } from '../catalogue/elements';
import type { ElementId } from '../catalogue/elementTypes';
import { markSectionEdit } from '../fix/documentEdits';
import { sectionMarkdown } from '../fix/sectionTemplate';
import { insertionPoint, insertSectionEdit } from '../fix/insertionPoint';
import { localize } from '../i18n/localized';
import type { StrategyDocument, TextRange } from '../model/types';
import type { ThinReason } from '../recognition/recognise';
import type { Rule } from './types';
import { coreMessage } from '../i18n/messages';
import { templateLanguage } from '../i18n/language';

/*
 * Every element rule works the same way: it reads the recogniser's verdict
 * for its element and reports a missing element (with a fix that inserts the
 * section), a thin one (saying what is lacking), or a frontmatter mapping to
 * a heading that does not exist. Each element still has its own file, so the
 * rule id, config key, docs page and fixture folder line up.
 */
export function elementRule(id: ElementId): Rule {
  const element = elementById(id);
  const catalogue = catalogueOfElement(id);
  const { elaborate, standsAlone, giveSection, ownPart } = catalogue.wording;
  return {
    meta: {
      id,
      element: id,
      documentTypes: [catalogue.type],
      description: {
        da: `${catalogue.subject.da} skal svare på: ${element.question.da}`,
        en: `${catalogue.subject.en} must answer: ${element.question.en}`,
      },
      details: {
        da: 'Reglen finder elementet via en markør, frontmatterens `elementer`, en overskrift der nævner det, eller afsnit og tabeller der behandler det. Den melder en fejl, når elementet mangler, og en advarsel, når det kun er berørt. Til sidst vejer en lille model, trænet på læseres vurderinger af mærkede dokumenter, reglernes fund mod resten af teksten og kan flytte vurderingen ét trin; rapporten og hover siger det, når den gør.',
        en: 'The rule finds the element through a marker, the frontmatter’s `elementer`, a heading that names it, or paragraphs and tables that treat it. It reports an error when the element is missing and a warning when it is only touched on. Last, a small model trained on reviewers’ verdicts on labelled documents weighs what the rules found against the rest of the text and may move the verdict one step; the report and the hover say so when it does.',
      },
      columns: element.columns,
      fixable: true,
      messages: {
        missing: {
          severity: 'error',
          text: {
            da: '{name} mangler. {question} Tilføj et afsnit, der svarer på det.',
            en: 'Missing: {name}. {question} Add a section that answers it.',
          },
        },
        // Template text is a thin answer, or no answer where the catalogue says so (`templateTextUnanswered`, an
        // ambition's questions): each docs page lists only the messages its rule can give.
        ...(catalogue.templateTextUnanswered
          ? {
              'missing-placeholder': {
                severity: 'error' as const,
                text: {
                  da: '{name} er ikke besvaret endnu ({where}): der står kun skabelontekst. Skriv dit eget svar i stedet for pladsholderen.',
                  en: '{name} is not answered yet ({where}): only template text stands there. Write your own answer in place of the placeholder.',
                },
              },
            }
          : {}),
        'thin-few-words': {
          severity: 'warning',
          text: {
            da: `{name} er kun berørt ({where}{amount}). ${elaborate.da}`,
            en: `{name} is only touched on ({where}{amount}). ${elaborate.en}`,
          },
        },
        'thin-example': {
          severity: 'warning',
          text: {
            da: `{name} optræder kun i et eksempel eller en case ({where}). ${ownPart.da}`,
            en: `{name} appears only in an example or case ({where}). ${ownPart.en}`,
          },
        },
        'thin-possible': {
          severity: 'warning',
          text: {
            da: '{name} er måske besvaret {where}, men teksten siger det ikke tydeligt. Uddyb afsnittet, eller markér det som svar på elementet.',
            en: '{name} may be answered {where}, but the text does not say so clearly. Expand the section, or mark it as the answer to the element.',
          },
        },
        ...(catalogue.templateTextUnanswered
          ? {}
          : {
              'thin-placeholder': {
                severity: 'warning' as const,
                text: {
                  da: '{name} ({where}) indeholder stadig skabelontekst. Erstat pladsholderne med jeres egne svar.',
                  en: '{name} ({where}) still holds template text. Replace the placeholders with your own answers.',
                },
              },
            }),
        'thin-reference': {
          severity: 'warning',
          text: {
            da: `{name} ({where}) henviser kun til et andet dokument. ${standsAlone.da}`,
            en: `{name} ({where}) only refers to another document. ${standsAlone.en}`,
          },
        },
        'thin-summary-only': {
          severity: 'warning',
          text: {
            da: `{name} nævnes kun i resumé eller indledning. ${giveSection.da}`,
            en: `{name} is only mentioned in the summary or introduction. ${giveSection.en}`,
          },
        },
        'thin-no-how': {
          severity: 'warning',
          text: {
            da: '{name} ({where}) siger hvad, men ikke hvordan. Tilføj handlinger, principper eller hvem der gør hvad.',
            en: '{name} ({where}) says what but not how. Add actions, principles or who does what.',
          },
        },
        'thin-lacks-points': {
          severity: 'warning',
          text: {
            da: '{name} ({where}) mangler centrale punkter: {points}. Se vejledningen for hvert punkt.',
            en: '{name} ({where}) lacks key points: {points}. See the guidance for each point.',
          },
        },
        'mapping-not-found': {
          severity: 'warning',
          text: {
            da: 'Frontmatter knytter {name} til overskriften »{heading}«, som ikke findes. Ret navnet under `elementer`.',
            en: 'The frontmatter ties {name} to the heading “{heading}”, which does not exist. Correct the name under `elementer`.',
          },
        },
      },
    },
    check(context) {
      const { document, recognition, config } = context;
      const verdict = recognition.verdicts.get(id)!;
      const language = config.language;
      const name = localize(element.name, language);
      const titleRange = titleAnchor(context.document);
      if (verdict.unmatchedMapping !== undefined) {
        const range = document.frontmatter.present ? document.frontmatter.range : titleRange;
        context.report({ messageId: 'mapping-not-found', range, values: { name, heading: verdict.unmatchedMapping } });
      }
      // In a language the checker does not read, "not found" is not "missing": readable-text says so once.
      if (verdict.status === 'missing' && !recognition.readable) return;
      const heading = verdict.section && verdict.section.kind !== 'root' ? verdict.section.text : '';
      const where = heading ? coreMessage('underHeading', language, { heading }) : coreMessage('beforeFirstHeading', language);
      // An answer left as template text in a catalogue of personal answers: the place is there, the answer is not.
      if (verdict.status === 'missing' && verdict.reasons.includes('placeholder') && verdict.anchor) {
        const placeholder = verdict.blocks.find((block) => block.substance.placeholders > 0);
        context.report({ messageId: 'missing-placeholder', range: placeholder?.range ?? verdict.anchor, values: { name, where } });
        return;
      }
      if (verdict.status === 'missing') {
        const point = insertionPoint(document, recognition, id);
        const eol = document.lines.eol;
        const edit = insertSectionEdit(document, point.offset, sectionMarkdown(id, point.level, templateLanguage(document.frontmatter.data), eol), eol);
        context.report({
          messageId: 'missing',
          range: titleRange,
          values: { name, question: localize(element.question, language) },
          fix: {
            title: coreMessage('insertSection', language, { name }),
            edits: [edit],
          },
        });
        return;
      }
      if (verdict.status === 'thin') {
        const reason: ThinReason = verdict.reasons[0];
        // A possible answer gets the fix that confirms it: mark the section as answering the element.
        const possible = reason === 'possible' && verdict.section && verdict.section.kind !== 'root' ? verdict.section : undefined;
        context.report({
          messageId: `thin-${reason}`,
          range: verdict.anchor!,
          fix: possible
            ? {
                title: coreMessage('markSection', language, { heading: possible.text, name }),
                edits: [markSectionEdit(document, possible, id)],
              }
            : undefined,
          values: {
            name,
            where,
            words: verdict.substance.words,
            // "0 ord" is never said: a heading or bold line without words is no measure of anything.
            amount: verdict.substance.words > 0 ? coreMessage('wordCount', language, { words: verdict.substance.words }) : '',
            points: (element.guidance ?? [])
              .filter((check) => verdict.uncovered.includes(check.id))
              .map((check) => localize(check.label, language))
              .join(', '),
          },
        });
      }
    },
  };
}

/** Where document-level findings point: the first heading, else the start of line 1 after the frontmatter. */
export function titleAnchor(document: StrategyDocument): TextRange {
  const first = document.sections[0];
  if (first) return first.headingRange;
  const start = document.frontmatter.present ? document.frontmatter.range.end : 0;
  const line = document.lines.positionAt(start).line;
  return { start: document.lines.lineStart(line), end: document.lines.lineEnd(line) };
}
