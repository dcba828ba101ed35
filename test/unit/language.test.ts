import assert from 'node:assert/strict';
import { documentLanguage, resolveLanguage, templateLanguage } from '../../src/core/i18n/language';
import { lint } from '../../src/core/lint';
import { applyEdits } from '../../src/core/fix/applyEdits';

const STRATEGY = (sprog?: string) => `---\ntitel: Digitaliseringsstrategi\ndokumenttype: digitaliseringsstrategi\n${sprog ? `sprog: ${sprog}\n` : ''}---\n\n# Digitaliseringsstrategi\n\nKort tekst.\n`;

describe('language: explicit choice, else the document’s sprog:, else Danish (issue 12)', () => {
  it('resolves in that order', () => {
    assert.equal(resolveLanguage(undefined, {}), 'da');
    assert.equal(resolveLanguage(undefined, { sprog: 'en' }), 'en');
    assert.equal(resolveLanguage('da', { sprog: 'en' }), 'da');
    assert.equal(resolveLanguage('en', { sprog: 'da' }), 'en');
    assert.equal(resolveLanguage('auto', { sprog: 'en-GB' }), 'en');
    assert.equal(resolveLanguage(undefined, { language: 'en' }), 'en', 'English alias of sprog');
  });

  it('reads Norwegian and Swedish as Danish, and ignores what it does not know', () => {
    assert.deepEqual(['da', 'nb', 'nn', 'sv', 'en', 'de', '', 7].map((sprog) => documentLanguage({ sprog })), ['da', 'da', 'da', 'da', 'en', undefined, undefined, undefined]);
  });

  it('lint speaks the document’s language unless told otherwise', () => {
    const first = (text: string, config?: { language?: 'da' | 'en' }) => lint(text, { config }).findings.find((f) => f.messageId === 'missing')!.message;
    assert.match(first(STRATEGY()), /^Digitalisering i kerneopgaverne mangler\. /);
    assert.match(first(STRATEGY('en')), /^Missing: Digitalisation in the core tasks\. /);
    assert.match(first(STRATEGY('en'), { language: 'da' }), /^Digitalisering i kerneopgaverne mangler\. /);
    assert.match(first(STRATEGY('da'), { language: 'en' }), /^Missing: /);
  });

  it('an inserted section follows the document, not the messages: a Danish document gets a Danish section in an English run', () => {
    const result = lint(STRATEGY('da'), { config: { language: 'en' } });
    const fix = result.findings.find((f) => f.ruleId === 'ethics' && f.messageId === 'missing')!.fix!;
    assert.equal(fix.title, 'Insert the section “Ethics and responsible technology”');
    const inserted = applyEdits(result.text, fix.edits);
    assert.match(inserted, /\[Skriv: /);
    assert.doesNotMatch(inserted, /\[Write: /);
    assert.equal(templateLanguage({}), 'da');
    assert.equal(templateLanguage({ sprog: 'en' }), 'en');
  });
});
