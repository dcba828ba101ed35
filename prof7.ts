import { readFileSync } from 'node:fs';
import { lint } from './src/core/lint';
const example = readFileSync('examples/aarby-digitaliseringsstrategi.md', 'utf8');
const [a, ...ch] = example.split(/^(?=## )/m);
const parts = [a]; let size = 0;
for (let r = 1; size < 350 * 1024; r++) for (const c of ch) { const x = c.replace(/^## (\d+\.)?/, `## ${r}.`); parts.push(x); size += x.length; }
const text = parts.join('');
lint(text); for (let i = 0; i < 5; i++) lint(text);
