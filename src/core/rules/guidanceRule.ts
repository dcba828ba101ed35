import { elementById } from '../catalogue/elements';
import type { ElementId } from '../catalogue/elementTypes';
import { localize } from '../i18n/localized';
import { compileTerm, prepare, scoreTerms } from '../recognition/terms';
import type { Rule, RuleMessage } from './types';

/*
 * Guidance rules look inside an element's text for the points a reviewer
 * expects (target groups, alternatives, actions …) and report each one that
 * is absent as information. They stay quiet when the element is missing (the
 * element rule already says so) or still empty.
 */
export function guidanceRule(id: ElementId): Rule {
  const element = elementById(id);
  const checks = element.guidance ?? [];
  const compiled = checks.map((check) => ({ check, terms: check.terms.map((term) => compileTerm(term)) }));
  const messages: Record<string, RuleMessage> = {};
  for (const check of checks) messages[check.id] = { severity: 'info', text: check.message };
  const labels = (language: 'da' | 'en') => checks.map((check) => localize(check.label, language)).join(', ');
  return {
    meta: {
      id: `${id}-guidance`,
      element: id,
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
      if (verdict.status === 'missing' || verdict.substance.words === 0 || !verdict.anchor) return;
      const heading = verdict.section && verdict.section.kind !== 'root' ? verdict.section.text : '';
      const text = prepare([heading, ...verdict.blocks.map((block) => block.text)].join(' \n '));
      for (const { check, terms } of compiled) {
        if (scoreTerms(text, terms).score > 0) continue;
        context.report({ messageId: check.id, range: verdict.anchor, columns: check.columns });
      }
    },
  };
}
