import { coreMessage } from '../i18n/messages';
import { titleAnchor } from './elementRule';
import type { Rule } from './types';

/*
 * An ambition answers to its organisation's strategy (column 18; column 11's
 * leadership chain). When `strategi:` names the strategy, or the CLI is given
 * both, the ambition should refer to at least one of the strategy's sections:
 * its focus areas or the elements they answer. The adapters read the
 * strategy's text, inside the workspace only; this rule only judges.
 */
const rule: Rule = {
  meta: {
    id: 'ambition-strategy',
    element: 'ambition-coherence',
    documentTypes: ['min-digitale-ambition'],
    description: {
      da: 'Ambitionen bør henvise til mindst ét af afsnittene i den strategi, den svarer på (`strategi:`).',
      en: 'The ambition should refer to at least one of the sections of the strategy it answers to (`strategi:`).',
    },
    details: {
      da: 'Når frontmatterens `strategi:` peger på en strategi i arbejdsområdet (eller kommandolinjen får begge filer), læses strategiens overskrifter. Ambitionen er forbundet med et afsnit, når den bruger ordene fra overskriften eller taler om det element, afsnittet svarer på. Stien er relativ til ambitionen; filer uden for arbejdsområdet læses ikke, og intet hentes over nettet.',
      en: 'When the frontmatter’s `strategi:` points at a strategy in the workspace (or the command line is given both files), the strategy’s headings are read. The ambition connects to a section when it uses the heading’s words or speaks of the element the section answers. The path is relative to the ambition; files outside the workspace are not read, and nothing is fetched over the network.',
    },
    columns: [18, 11],
    fixable: false,
    messages: {
      'no-connection': {
        severity: 'warning',
        text: {
          da: 'Ambitionen henviser ikke til nogen af afsnittene i strategien {path} ({count} i alt). Skriv, hvilke af strategiens fokusområder din enhed bidrager til, fx {examples}.',
          en: 'The ambition refers to none of the sections of the strategy {path} ({count} in all). Say which of the strategy’s focus areas your unit contributes to, such as {examples}.',
        },
      },
      'strategy-not-found': {
        severity: 'warning',
        text: {
          da: '`strategi:` peger på {path}, som ikke findes. Ret stien, så den er relativ til ambitionen.',
          en: '`strategi:` points at {path}, which does not exist. Correct the path so it is relative to the ambition.',
        },
      },
      'strategy-outside': {
        severity: 'warning',
        text: {
          da: '`strategi:` peger på {path}, som ligger uden for arbejdsområdet; den er ikke læst. Brug en relativ sti inden for arbejdsområdet.',
          en: '`strategi:` points at {path}, which lies outside the workspace; it was not read. Use a relative path inside the workspace.',
        },
      },
      'strategy-unreadable': {
        severity: 'warning',
        text: {
          da: 'Strategien {path} kunne ikke læses, så sammenhængen er ikke vurderet.',
          en: 'The strategy {path} could not be read, so coherence was not judged.',
        },
      },
    },
  },
  check(context) {
    const { link, document, recognition } = context;
    if (!link) return;
    const coherence = recognition.verdicts.get('ambition-coherence');
    const range = coherence?.status !== 'missing' && coherence?.anchor ? coherence.anchor : titleAnchor(document);
    if (link.problem) {
      context.report({ messageId: `strategy-${link.problem}`, range, values: { path: link.path } });
      return;
    }
    if (link.candidates > 0 && link.connected.length === 0) {
      context.report({
        messageId: 'no-connection',
        range,
        values: { path: link.path, count: link.candidates, examples: link.examples.map((heading) => coreMessage('quotedHeading', context.config.language, { heading })).join(', ') },
      });
    }
  },
};

export default rule;
