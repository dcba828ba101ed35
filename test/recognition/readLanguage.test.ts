import assert from 'node:assert/strict';
import { lint } from '../../src/core/lint';
import { loadCorpus } from '../corpus/corpus';

/*
 * The checker reads Danish, Norwegian, Swedish and English. Every corpus
 * document is in one of them and must count as readable; a German strategy
 * must not get ten confident "missing" errors.
 */
describe('languages the checker reads', function () {
  // Linting every corpus document (about 1,400) takes 20-60 s on a two-core CI machine; the default 30 s is for single checks.
  this.timeout(180000);

  it('every corpus document, in all four languages, counts as readable', () => {
    const unreadable = [...loadCorpus('tuning'), ...loadCorpus('sealed')].filter((document) => !lint(document.text).recognition.readable);
    assert.deepEqual(unreadable.map((document) => document.name), []);
  });

  it('a German strategy gets one warning and no missing-element errors or sub-check claims', () => {
    const text = [
      '# Digitalisierungsstrategie',
      '',
      'Die Gemeinde will ihre Dienstleistungen bis 2028 einfacher und schneller machen. Bürgerinnen und Bürger sollen ihre Anliegen rund um die Uhr erledigen können, ohne dafür ins Rathaus zu kommen. Gleichzeitig behalten wir persönliche Beratung für alle, die digitale Angebote nicht nutzen können. Der Bürgermeister trägt die Verantwortung für die Strategie, und die Amtsleitungen berichten jedes Jahr dem Gemeinderat über den Stand der Arbeit.',
      '',
    ].join('\n');
    const result = lint(text);
    assert.equal(result.recognition.readable, false);
    assert.deepEqual(
      result.findings.map((finding) => `${finding.ruleId}:${finding.messageId}`),
      ['readable-text:other-language', 'frontmatter-recommended:no-frontmatter'],
    );
  });
});
