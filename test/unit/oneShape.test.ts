import { strict as assert } from 'node:assert';
import { AMBITION_ELEMENTS } from '../../src/core/catalogue/ambitionElements';
import { ELEMENTS } from '../../src/core/catalogue/elements';
import { missingVerdict } from '../../src/core/recognition/recognise';

/*
 * Recognition loops over elements and verdicts on every keystroke in the
 * editor; objects of one kind built with different sets of properties give
 * V8 several hidden classes, and its optimised code is thrown away each time
 * it meets another (catalogue/oneShape.ts). These tests keep the shapes one.
 */
describe('objects recognition loops over have one shape', () => {
  it('every element of both catalogues has the same properties in the same order', () => {
    const shapes = new Set([...ELEMENTS, ...AMBITION_ELEMENTS].map((element) => Object.keys(element).join(',')));
    assert.deepEqual([...shapes], ['id,name,question,why,columns,snippet,guidance,presentNeeds,answersHow,fullLengthWhenComplete']);
  });

  it('a missing verdict has every property a judged one has, in the same order', () => {
    assert.deepEqual(Object.keys(missingVerdict('ethics')), [
      'id',
      'status',
      'evidence',
      'section',
      'anchor',
      'blocks',
      'substance',
      'reasons',
      'uncovered',
      'unmatchedMapping',
      'terms',
      'termStarts',
      'calibration',
    ]);
  });
});
