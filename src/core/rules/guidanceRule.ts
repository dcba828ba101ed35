import { catalogueOfElement } from '../catalogue/catalogues';
import { elementById } from '../catalogue/elements';
import type { ElementId } from '../catalogue/elementTypes';
import { localize } from '../i18n/localized';
import type { RuleMessage } from '../config/ruleMeta';
import type { Rule } from './types';

/*
 * Guidance rules report, as information, each point a reviewer expects in an
 * element's text (target groups, alternatives, actions …) that the
 * recogniser found uncovered. They stay quiet when the element is missing (the
 * element rule already says so) or still empty.
 */
export function guidanceRule(id: ElementId): Rule {
  const element = elementById(id);
  const checks = element.guidance ?? [];
  const messages: Record<string, RuleMessage> = {};
  for (const check of checks) messages[check.id] = { severity: 'info', text: check.message };
  const labels = (language: 'da' | 'en') => checks.map((check) => localize(check.label, language)).join(', ');
  return {
    meta: {
      id: `${id}-guidance`,
      element: id,
      documentTypes: [catalogueOfElement(id).type],
      description: {
        da: `Afsnittet om ${localize(element.name, 'da').toLowerCase()} bør nævne: ${labels('da')}.`,
        en: `The section on ${localize(element.name, 'en').toLowerCase()} should cover: ${labels('en')}.`,
      },
      details: {
        da: 'Reglen læser teksten, som elementreglen fandt, og melder hvert punkt, der ikke er nævnt, som information. Den tier, når elementet mangler eller afsnittet endnu er tomt.',
        en: 'The rule reads the text the element rule found and reports each point that is not mentioned as information. It stays quiet when the element is missing or the section is still empty.',
      },
      columns: [...new Set(checks.flatMap((check) => check.columns))],
      fixable: false,
      messages,
    },
    check(context) {
      const verdict = context.recognition.verdicts.get(id)!;
      // Sub-checks stay silent in a language they cannot read rather than claim a point is absent.
      if (!context.recognition.readable) return;
      if (verdict.status === 'missing' || verdict.substance.words === 0 || !verdict.anchor) return;
      for (const check of checks) {
        if (!verdict.uncovered.includes(check.id)) continue;
        context.report({ messageId: check.id, range: verdict.anchor, columns: check.columns });
      }
    },
  };
}
