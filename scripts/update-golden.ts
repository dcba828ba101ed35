import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { ELEMENT_IDS } from '../src/core/catalogue/elementTypes';
import { describeFindings, lintFixture, readExpectations } from '../test/helpers/expectations';

/*
 * `npx tsx scripts/update-golden.ts FIXTURE…`: rewrites the expectation block
 * of the named golden fixtures from what the checker says now. Only for
 * fixtures whose new verdict a reviewer has read and accepted.
 */
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const ruleId = basename(dirname(file));
  const result = lintFixture(text);
  const old = readExpectations(text);
  const findings = describeFindings(result, ruleId);
  const elements = Object.keys(old.elements).length
    ? `elements: ${ELEMENT_IDS.filter((id) => id in old.elements).map((id) => `${id}=${result.recognition.verdicts.get(id)!.status}`).join(' ')}`
    : '';
  const block = ['<!-- strategitjek-expect', ...findings, ...(elements ? [elements] : []), '-->'].join('\n');
  writeFileSync(file, text.replace(/<!--\s*strategitjek-expect[\s\S]*?-->/, block));
  console.log(file, findings, elements);
}
