// Prints a fixture's actual findings in the golden expectation format, for
// writing a new fixture. Review every line before pasting it: a golden file
// states what a careful reviewer expects, not what the code happens to do.
//   npx tsx scripts/print-expectations.ts test/fixtures/rules/<rule>/<file>.md
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describeFindings, lintFixture } from '../test/helpers/expectations';

const file = process.argv[2];
const result = lintFixture(readFileSync(file, 'utf8'));
const rule = basename(dirname(file));
console.log('<!-- strategitjek-expect');
for (const line of describeFindings(result, rule)) console.log(line);
// The elements of the document's own catalogue (a strategy's ten, an ambition's six).
console.log('elements: ' + [...result.recognition.verdicts].map(([id, verdict]) => `${id}=${verdict.status}`).join(' '));
console.log('-->');
for (const finding of result.findings) console.error(`  [${finding.ruleId}/${finding.messageId}] ${finding.message}`);
