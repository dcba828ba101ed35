import { readFileSync } from 'node:fs';
import { lint } from '../src/core/lint';

/* `npx tsx scripts/explain.ts FILE [element]`: what recognition saw, for tuning work. */
const [file, only] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const result = lint(text);
for (const [id, verdict] of result.recognition.verdicts) {
  if (only && id !== only) continue;
  const where = verdict.section ? `»${verdict.section.text}«` : '';
  console.log(`${id.padEnd(20)} ${verdict.status.padEnd(8)} ${verdict.evidence ?? ''} ${where} reasons=${verdict.reasons.join(',')} words=${verdict.substance.words}`);
  for (const block of verdict.blocks.slice(0, 4)) console.log(`    | ${block.text.slice(0, 160).replace(/\n/g, ' ')}`);
}
