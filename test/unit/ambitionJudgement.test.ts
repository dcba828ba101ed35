import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';
import { isExampleSection } from '../../src/core/recognition/sectionRoles';
import { buildDocument } from '../../src/core/model/buildDocument';

const FRONTMATTER = '---\ndokumenttype: min-digitale-ambition\nleder: Test\n---\n\n# Min digitale ambition\n\n';
const verdict = (body: string, id: string) => lint(FRONTMATTER + body).recognition.verdicts.get(id as never)!;

describe('judging an ambition’s answers', () => {
  it('counts expectations spread over two sections that each name one direction as one answer in both directions', () => {
    const body =
      '## Det forventer jeg af jer\n\nJeg forventer, at I prøver de nye værktøjer i jeres egne sager og siger til, når noget ikke virker for borgerne.\n\n' +
      '## Det kan I forvente af mig\n\nI kan forvente af mig, at jeg afsætter en time hver uge til læring og selv bruger værktøjerne først.\n';
    const joined = verdict(body, 'ambition-expectations');
    assert.equal(joined.status, 'present');
    assert.deepEqual(joined.uncovered, []);
    // Either section alone names one direction only.
    const alone = verdict(body.split('## Det kan I')[0], 'ambition-expectations');
    assert.equal(alone.status, 'thin');
    assert.deepEqual(alone.uncovered, ['of-leader']);
  });

  it('never asks the practical approaches to say how: they are the how', () => {
    const body = '## Sådan gør jeg\n\nVi tager ét nyt værktøj ad gangen, og to kolleger prøver det i en måned, før resten af teamet skal bruge det.\n';
    const approaches = verdict(body, 'ambition-approaches');
    assert.equal(approaches.status, 'present');
    assert.ok(!approaches.reasons.includes('no-how'));
  });

  it('reads "Sådan gør vi" as the document’s own practice, and "Sådan gør Aarhus" as another organisation’s example', () => {
    const sections = buildDocument('# T\n\n## Sådan gør vi\n\nTekst.\n\n## Sådan gør Aarhus\n\nTekst.\n\n## Sådan gør jeg\n\nTekst.\n').sections.slice(1);
    assert.deepEqual(sections.map((section) => [section.text, isExampleSection(section)]), [['Sådan gør vi', false], ['Sådan gør Aarhus', true], ['Sådan gør jeg', false]]);
  });

  it('needs twenty words for a present answer: a one-line slogan is thin', () => {
    assert.equal(verdict('## Dagsorden\n\nVi taler om det digitale på personalemødet hver måned.\n', 'ambition-agenda').status, 'thin');
    assert.equal(verdict('## Dagsorden\n\nVi taler om det digitale på personalemødet hver måned, hvor en kollega viser et eksempel fra sine egne sager, og vi beslutter, hvad vi prøver næste gang.\n', 'ambition-agenda').status, 'present');
  });
});
