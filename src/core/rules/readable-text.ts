import { titleAnchor } from './elementRule';
import type { Rule } from './types';

/**
 * Reports input that is not a Markdown document Strategitjek can read in
 * full: binary content, nesting so deep that the deepest lines are skipped,
 * and long stretches of very short lines (empty lines, one-word paragraphs or
 * list items), which are skipped once they would cost the parser far more
 * than their text is worth. Both keep the check fast and safe on any input.
 */
const rule: Rule = {
  meta: {
    id: 'readable-text',
    description: {
      da: 'Dokumentet skal være tekst, som kan læses i sin helhed.',
      en: 'The document must be text that can be read in full.',
    },
    details: {
      da: 'En fil med binært indhold tjekkes ikke. En tekst på et sprog, Strategitjek ikke læser, får én advarsel i stedet for ti manglende elementer. Lister eller citater, der er indlejret dybere end 16 niveauer, springes over fra det niveau, og det samme gør hundredvis af meget korte linjer efter hinanden (tomme linjer, afsnit eller punkter på et enkelt ord).',
      en: 'A file with binary content is not checked. A text in a language Strategitjek does not read gets one warning instead of ten missing elements. Lists or quotes nested deeper than 16 levels are skipped from that level on, and so are hundreds of very short lines in a row (empty lines, one-word paragraphs or list items).',
    },
    columns: [],
    fixable: false,
    messages: {
      binary: {
        severity: 'error',
        text: {
          da: 'Filen indeholder binære data og er ikke et Markdown-dokument. Den er ikke tjekket.',
          en: 'The file contains binary data and is not a Markdown document. It was not checked.',
        },
      },
      'too-large': {
        severity: 'error',
        text: {
          da: 'Filen er på {size} MB, mere end de {limit} MB Strategitjek læser. Del dokumentet op.',
          en: 'The file is {size} MB, more than the {limit} MB Strategitjek reads. Split the document.',
        },
      },
      'other-language': {
        severity: 'warning',
        text: {
          da: 'Teksten ser ikke ud til at være på dansk, norsk, svensk eller engelsk, som Strategitjek læser. Elementer, der ikke blev fundet, meldes derfor ikke som manglende; læs dokumentet selv.',
          en: 'The text does not seem to be in Danish, Norwegian, Swedish or English, which Strategitjek reads. Elements it did not find are therefore not reported as missing; read the document yourself.',
        },
      },
      'too-deep': {
        severity: 'warning',
        text: {
          da: 'Lister eller citater er indlejret {depth} niveauer dybt her; linjerne er sprunget over. Flad strukturen ud.',
          en: 'Lists or quotes are nested {depth} levels deep here; the lines were skipped. Flatten the structure.',
        },
      },
      'too-dense': {
        severity: 'warning',
        text: {
          da: 'Fra linje {line} følger så mange meget korte linjer efter hinanden, at {count} af dem er sprunget over, for at tjekket ikke skal gå i stå. Saml linjerne til almindelige afsnit.',
          en: 'From line {line}, so many very short lines follow one another that {count} of them were skipped, to keep the check from stalling. Gather the lines into ordinary paragraphs.',
        },
      },
    },
  },
  check(context) {
    if (!context.recognition.readable) context.report({ messageId: 'other-language', range: titleAnchor(context.document) });
    for (const run of context.document.skipped) {
      context.report({ messageId: 'too-deep', range: { start: run.start, end: run.end }, values: { depth: run.depth } });
    }
    // One finding for all stretches: a flood of short lines would otherwise give hundreds of the same warning.
    const dense = context.document.skippedShortLines;
    if (dense.length > 0) {
      const lines = context.document.lines;
      const count = dense.reduce((sum, run) => sum + lines.positionAt(run.end).line - lines.positionAt(run.start).line + 1, 0);
      context.report({ messageId: 'too-dense', range: { start: dense[0].start, end: dense[0].end }, values: { line: lines.positionAt(dense[0].start).line, count } });
    }
  },
};

export default rule;
