import { strict as assert } from 'node:assert';
import { STRATEGY_CATALOGUE } from '../../src/core/catalogue/catalogues';
import { defaultConfig } from '../../src/core/config/types';
import { buildDocument } from '../../src/core/model/buildDocument';
import { recognise } from '../../src/core/recognition/recognise';

/*
 * Of two sections whose headings name an element, the verdict stands on the
 * one whose heading names it outright, not on an earlier one whose heading
 * only hints at it ("Why this plan" is a core-tasks heading only when the text
 * below confirms it). The committed models are used (passing no model to
 * `recognise` means its default), so the test holds where the verdict stands,
 * not its status: the calibration may move a found verdict between present and
 * thin, and keeps the section it stands on.
 */
const WHY = `## Why this plan

The service handles about 21,000 applications a year with a team of nine. Much of the work is still keyed in by hand, and residents expect to apply online at any hour. Digital is a means to an end, not an end in itself: we start from the task, task by task, and ask where technology helps the core tasks. This plan says what we move online and what we keep in person, so the task comes first and the tools follow it.`;

const WHAT = `## What changes and what does not

Applications move online, with identity checks in the national service, and paper forms stay available at every library. Voting itself stays on paper and in person at the polling station. Households that do not respond online still receive a paper form and a visit. Nominations can be booked online, but the papers are delivered in person as the rules require.`;

const coreTasks = (body: string) => recognise(buildDocument(`# Electoral services plan\n\n${body}\n`), defaultConfig(), STRATEGY_CATALOGUE).verdicts.get('core-tasks')!;

describe('the section a verdict stands on', () => {
  it('is the one whose heading names the element outright, wherever it stands', () => {
    for (const body of [`${WHY}\n\n${WHAT}`, `${WHAT}\n\n${WHY}`]) {
      const verdict = coreTasks(body);
      assert.equal(verdict.evidence, 'heading');
      assert.equal(verdict.section?.text, 'What changes and what does not');
    }
  });

  it('is the hinting heading when no other heading names the element', () => {
    const verdict = coreTasks(WHY);
    assert.equal(verdict.evidence, 'heading');
    assert.equal(verdict.section?.text, 'Why this plan');
  });
});
