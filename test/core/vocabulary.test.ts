import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUES } from '../../src/core/catalogue/catalogues';
import { VOCABULARIES } from '../../src/core/catalogue/vocabularies';
import { DOCUMENT_CUES, HOW_CUES, REFERENCE_CUES } from '../../src/core/catalogue/vocabulary/cues';
import type { TermSpec } from '../../src/core/catalogue/elementTypes';

/*
 * The vocabulary is data, one file per element (src/core/catalogue/vocabulary/).
 * A term listed twice in one list counts twice and skews the score; a file or
 * a sub-check list that nothing reads is dead weight. Both fail here.
 */
const FOLDER = join(import.meta.dirname, '..', '..', 'src', 'core', 'catalogue', 'vocabulary');

/** Every catalogue's elements: the strategy's ten and the ambition's six. */
const ELEMENTS = CATALOGUES.flatMap((catalogue) => catalogue.elements);

/** Two entries are the same term when their words and their sense guards are the same. */
function key(spec: TermSpec): string {
  if (typeof spec === 'string') return spec.toLowerCase();
  const words = spec.caseSensitive ? `${spec.term} (case)` : spec.term.toLowerCase();
  return `${words} requires ${(spec.requires ?? []).join(',')} unless ${(spec.unless ?? []).join(',')} before ${(spec.unlessNext ?? []).join(',')} except ${(spec.except ?? []).join(',')}`;
}

function duplicates(list: readonly TermSpec[]): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const spec of list) {
    const k = key(spec);
    if (seen.has(k)) twice.push(k);
    seen.add(k);
  }
  return twice;
}

describe('the vocabulary', () => {
  for (const element of ELEMENTS) {
    it(`${element.id}: no term twice in a list`, () => {
      const words = VOCABULARIES[element.id];
      assert.deepEqual(duplicates(words.heading), [], 'heading');
      assert.deepEqual(duplicates(words.body), [], 'body');
      for (const [id, terms] of Object.entries(words.guidance ?? {})) assert.deepEqual(duplicates(terms), [], id);
    });
  }

  it('cue lists have no term twice', () => {
    for (const list of [HOW_CUES, REFERENCE_CUES, DOCUMENT_CUES]) assert.deepEqual(duplicates(list), []);
  });

  it('has one file per element and nothing unused', async () => {
    const files = readdirSync(FOLDER).filter((file) => file.endsWith('.ts')).map((file) => file.slice(0, -3));
    const support = ['types', 'senses', 'cues', 'dataLines'];
    assert.deepEqual(files.filter((file) => !support.includes(file)).sort(), ELEMENTS.map((element) => element.id).sort());
    assert.deepEqual(Object.keys(VOCABULARIES).sort(), ELEMENTS.map((element) => element.id).sort());
    for (const element of ELEMENTS) {
      const module = (await import(join(FOLDER, `${element.id}.ts`))) as Record<string, { heading: TermSpec[]; body: TermSpec[]; guidance?: Record<string, TermSpec[]> }>;
      const vocabulary = Object.values(module)[0];
      // The file's vocabulary is the one recognition looks up for the element.
      assert.equal(VOCABULARIES[element.id], vocabulary, element.id);
      // Every sub-check has its words, and no words lie there for a sub-check the catalogue does not have.
      assert.deepEqual(Object.keys(vocabulary.guidance ?? {}).sort(), (element.guidance ?? []).map((check) => check.id).sort(), element.id);
    }
  });
});
