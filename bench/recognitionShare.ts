// `npx tsx bench/recognitionShare.ts`: how much of a check on a 350 KB strategy recognition takes (issue 8 asks for well under half).
import { readFileSync } from 'node:fs';
import { buildDocument } from '../src/core/model/buildDocument';
import { recognise } from '../src/core/recognition/recognise';
import { lint } from '../src/core/lint';
import { defaultConfig } from '../src/core/config/types';
const base = readFileSync('examples/aarby-digitaliseringsstrategi.md', 'utf8');
const body = base.split('\n---\n').slice(1).join('\n---\n');
let text = base; while (text.length < 350 * 1024) text += '\n' + body;
lint(text);
const config = defaultConfig();
const t = [0, 0, 0];
for (let i = 0; i < 5; i++) {
  let s = performance.now(); const doc = buildDocument(text); t[0] += performance.now() - s;
  s = performance.now(); recognise(doc, config); t[1] += performance.now() - s;
  s = performance.now(); lint(text); t[2] += performance.now() - s;
}
console.log(`350 KB: parse+model ${(t[0] / 5).toFixed(0)} ms, recognition ${(t[1] / 5).toFixed(0)} ms, whole check ${(t[2] / 5).toFixed(0)} ms, recognition share ${(100 * t[1] / t[2]).toFixed(0)} %`);
