import { statements } from '../model/substance';
import type { Block, StrategyDocument } from '../model/types';
import { splitSentences } from '../text/sentences';
import type { ElementVerdict, EvidenceKind, ThinReason } from './recognise';

/**
 * Why a verdict came out as it did, in a form a reviewer can read without the
 * code: which kind of evidence, under which heading, the sentences judged
 * (with their lines) and the catalogue words found in them.
 */
export interface Evidence {
  kind: EvidenceKind;
  /** The heading of the section the verdict rests on; null before the first heading. */
  heading: string | null;
  line: number;
  reasons: ThinReason[];
  words: number;
  statements: number;
  /** Up to three sentences from the judged text, each with its 1-based line. */
  quotes: Array<{ line: number; text: string }>;
  /** The vocabulary that matched, as written in the catalogue. */
  terms: string[];
}

const MAX_QUOTES = 3;
const MAX_QUOTE_LENGTH = 200;

function shorten(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= MAX_QUOTE_LENGTH ? flat : `${flat.slice(0, MAX_QUOTE_LENGTH - 1).trimEnd()}…`;
}

/**
 * What a block contributes to the quotes: a table row whole, since its cells read together ("Digitale hjælpecaféer … |
 * Bibliotekschef | 1. marts") and the cell a word was found in ("Leder af Borgerservice") says little alone; any other
 * block's sentence holding one of the verdict's words, else its first sentence.
 */
function quotedText(block: Block, verdict: ElementVerdict): string | undefined {
  if (block.kind === 'tableRow') return block.text;
  const spans = splitSentences(block.text);
  const hit = verdict.terms.length > 0 ? spans.find((span) => verdict.termStarts.get(block)?.some((start) => start >= span.start && start < span.end)) : undefined;
  const span = hit ?? spans[0];
  return span ? block.text.slice(span.start, span.end) : undefined;
}

export function explainVerdict(verdict: ElementVerdict, document: StrategyDocument): Evidence | null {
  // A missing element has no evidence, except an answer left as template text, which shows where the placeholder is.
  if (!verdict.evidence || !verdict.anchor) return null;
  const quotes: Evidence['quotes'] = [];
  for (const block of verdict.blocks) {
    if (quotes.length >= MAX_QUOTES) break;
    // A table's header row names columns; it says nothing a reviewer needs quoted.
    if (block.kind === 'tableHeader') continue;
    const text = quotedText(block, verdict);
    if (text !== undefined) quotes.push({ line: document.lines.positionAt(block.range.start).line, text: shorten(text) });
  }
  return {
    kind: verdict.evidence,
    heading: verdict.section && verdict.section.kind !== 'root' ? verdict.section.text : null,
    line: document.lines.positionAt(verdict.anchor.start).line,
    reasons: verdict.reasons,
    words: verdict.substance.words,
    statements: statements(verdict.substance),
    quotes,
    terms: verdict.terms,
  };
}
