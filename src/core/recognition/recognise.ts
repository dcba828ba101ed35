import { VOCABULARIES } from '../catalogue/vocabularies';
import { catalogueOf, type Catalogue, type DocumentType } from '../catalogue/catalogues';
import { DOCUMENT_CUES, HOW_CUES, REFERENCE_CUES } from '../catalogue/vocabulary/cues';
import type { ElementDefinition, ElementId } from '../catalogue/elementTypes';
import type { ResolvedConfig, Thresholds } from '../config/types';
import { addSubstance, countWords, emptySubstance, statements } from '../model/substance';
import type { Block, Section, StrategyDocument, Substance, TextRange } from '../model/types';
import { blocksUnder } from '../model/walk';
import { splitSentences } from '../text/sentences';
import { answerSubstance, bestSentenceScore, SENTENCE_MODELS, sentenceReading } from './sentenceModel';
import { calibrationFeatures, calibrationVerdict, type CalibrationInput, type DocumentContext } from './calibration';
import type { SentenceModel } from '../catalogue/sentenceModelType';
import { isReadableLanguage } from './readLanguage';
import { isClosingSection, isContentsSection, isExampleSection, isPreambleBlock, isSummarySection } from './sectionRoles';
import { combineTermLists, compileTerm, prepare, scoreTermLists, scoreTerms, type CompiledTerm, type TermLists, type TermScore, type TokenizedText } from './terms';

export type ElementStatus = 'present' | 'thin' | 'missing';

/** Where the evidence for an element came from, strongest first. */
export type EvidenceKind = 'marker' | 'mapping' | 'heading' | 'prose' | 'summary';

/** Why an element that is there is only thin. */
export type ThinReason = 'summary-only' | 'example' | 'possible' | 'placeholder' | 'reference' | 'few-words' | 'no-how' | 'lacks-points';

export interface ElementVerdict {
  id: ElementId;
  status: ElementStatus;
  evidence?: EvidenceKind;
  /** The section that answers the element (for prose evidence: the one it was found in). */
  section?: Section;
  /** Where to point a reader: a heading, or the first paragraph that carries the element. */
  anchor?: TextRange;
  /** The text that was judged. */
  blocks: Block[];
  substance: Substance;
  reasons: ThinReason[];
  /** Ids of the element's sub-checks that the judged text does not cover. */
  uncovered: string[];
  /** Set when the frontmatter maps the element to a heading the document lacks. */
  unmatchedMapping?: string;
  /** The catalogue terms found in the judged text, strongest first. */
  terms: string[];
  /** Where those terms start, per judged block (offsets into the block's text). */
  termStarts: Map<Block, number[]>;
  /**
   * What the trained calibration read, and the verdict of the rules when it moved it (see calibration.ts); `terms`: the
   * labels of the element's terms the document uses, from which the training counts each term's reliability.
   */
  calibration?: { features: number[]; from?: ElementStatus; terms?: string[] };
}

export interface Recognition {
  verdicts: Map<ElementId, ElementVerdict>;
  /** Elements each section answers by marker, mapping or heading. */
  sectionElements: Map<Section, ElementId[]>;
  /**
   * False when the text is not in a language the checker reads: then a
   * "missing" is only "not found", and the rules say so once instead.
   */
  readable: boolean;
  /** The catalogue the document was judged against (selected by its type). */
  catalogue: Catalogue;
}

interface Candidate {
  kind: EvidenceKind;
  section: Section;
  anchor: TextRange;
  blocks: Block[];
  /** How strongly the judged text speaks of the element (vocabulary score). */
  strength: number;
  /**
   * How strongly a heading candidate's heading names the element (0 for other kinds). Of two sections whose headings
   * name it, the one that names it outright ("What changes and what does not") is the dedicated one, ahead of one
   * whose heading needs the text to confirm it ("Why this plan").
   */
  naming: number;
  /** Evidence from a case box, a quote or another organisation's example: thin at most. */
  example: boolean;
  /** A passing mention in a section given to another element: thin at most. */
  sideRemark: boolean;
  /** Only a weak signal (a heading word the text does not confirm): thin, "possibly answered". */
  possible: boolean;
  /** Sections judged as one answer (their headings count towards the sub-checks too). */
  joined: Section[] | undefined;
}

/**
 * A candidate with every property present, in one order: the loops that weigh candidates then meet one hidden class
 * in V8 and stay optimised (see catalogue/oneShape.ts for what mixed shapes cost an editor's re-check).
 */
function candidateOf(kind: EvidenceKind, section: Section, anchor: TextRange, blocks: Block[], marks: { example?: boolean; possible?: boolean } = {}): Candidate {
  return { kind, section, anchor, blocks, strength: 0, naming: 0, example: marks.example ?? false, sideRemark: false, possible: marks.possible ?? false, joined: undefined };
}

const NO_SECTIONS: readonly Section[] = [];

const DEDICATED_BULLET_MAX_WORDS = 12;

/** How many sections naming one element are judged together at most (see `recognise`). */
const MAX_JOINED_SECTIONS = 4;

/** A block names an element firmly enough to count towards a summary's spread. */
const SUMMARY_MENTION = 3;

/** At most this many words per element touched, or a paragraph touching many elements is no summary. */
const SUMMARY_WORDS_PER_MENTION = 40;

/**
 * The document's title: its only level-1 heading, or, where chapters are
 * level-1 headings too, a level-1 heading with chapters under it. The first
 * rule does not depend on what stands below the heading, so inserting
 * sections under a lone title never changes what the title is.
 */
function titleSections(document: StrategyDocument): Set<Section> {
  const top = document.sections.filter((section) => section.kind !== 'pseudo' && section.depth === 1);
  if (top.length === 1) return new Set(top);
  return new Set(top.filter((section) => section.children.some((child) => child.kind !== 'pseudo')));
}

/**
 * A side remark in a section that another element's heading names is thin at
 * most, unless it speaks of the element this strongly (vocabulary score).
 */
const SIDE_REMARK_PRESENT_SCORE = 9;

/** A heading term of this weight names its element on its own (the vocabulary's "says it alone"). */
const NAMES_ALONE = 3;

const KIND_PRIORITY: Record<EvidenceKind, number> = { marker: 5, mapping: 4, heading: 3, prose: 2, summary: 1 };

const HOW_TERMS = HOW_CUES.map((term) => compileTerm(term));
const REFERENCE_TERMS = REFERENCE_CUES.map((term) => compileTerm(term));
const DOCUMENT_TERMS = DOCUMENT_CUES.map((term) => compileTerm(term));

/**
 * Each element's compiled terms; `proseNeeds` only for elements whose running text must hold one of them,
 * `guidanceNeeds` only for elements whose sub-check words count only in paragraphs that speak of the element.
 */
type Vocabulary = Map<ElementId, { heading: CompiledTerm[]; body: CompiledTerm[]; proseNeeds?: CompiledTerm[]; guidanceNeeds?: CompiledTerm[] }>;

/** How an element's sub-check points are read for one check (see `uncoveredPoints`). */
interface PointReading {
  /** Whether the document refers to the one it answers to: sub-checks `madeByLink` count as made. */
  linked: boolean;
  /** The element's compiled `guidanceNeeds`, if it has them. */
  needs?: CompiledTerm[];
}

/** Per document type, the last compiled vocabulary and the extra words it was compiled with. */
const compiled = new Map<DocumentType, { key: string; vocabulary: Vocabulary }>();

/**
 * Compiles the catalogue's vocabulary plus the user's extra words once per
 * configuration: the editor checks on every pause in typing, and the words
 * rarely change between checks.
 */
function compileVocabulary(config: Pick<ResolvedConfig, 'words'>, catalogue: Catalogue): Vocabulary {
  const key = JSON.stringify(config.words);
  const last = compiled.get(catalogue.type);
  if (last?.key === key) return last.vocabulary;
  const vocabulary: Vocabulary = new Map();
  for (const element of catalogue.elements) {
    const extra = (config.words[element.id] ?? []).map((word) => compileTerm({ term: word, weight: 3 }));
    const words = VOCABULARIES[element.id];
    vocabulary.set(element.id, {
      heading: [...words.heading.map((t) => compileTerm(t)), ...extra],
      body: [...words.body.map((t) => compileTerm(t)), ...extra],
      proseNeeds: words.proseNeeds?.map((t) => compileTerm(t)),
      guidanceNeeds: words.guidanceNeeds?.map((t) => compileTerm(t)),
    });
  }
  compiled.set(catalogue.type, { key, vocabulary });
  return vocabulary;
}

/** Every element's heading terms, or body terms, in one list, so a text is read once for all elements. */
const partLists = { heading: new WeakMap<Vocabulary, TermLists<ElementId>>(), body: new WeakMap<Vocabulary, TermLists<ElementId>>() };

type ScoresByElement = { vocabulary: Vocabulary; scores: Map<ElementId, TermScore> };

/**
 * What a heading or a paragraph says of each element, read with the heading
 * or the body terms. Prepared texts are kept by their text (see `prepare`),
 * so an unchanged heading or paragraph of a document being edited answers
 * from what it said at the last check.
 */
const partScores = { heading: new WeakMap<TokenizedText, ScoresByElement>(), body: new WeakMap<TokenizedText, ScoresByElement>() };

function scoresOf(prepared: TokenizedText, vocabulary: Vocabulary, part: 'heading' | 'body'): Map<ElementId, TermScore> {
  const known = partScores[part].get(prepared);
  if (known?.vocabulary === vocabulary) return known.scores;
  let lists = partLists[part].get(vocabulary);
  if (!lists) {
    lists = combineTermLists([...vocabulary].map(([id, terms]) => [id, terms[part]] as [ElementId, CompiledTerm[]]));
    partLists[part].set(vocabulary, lists);
  }
  const scores = new Map<ElementId, TermScore>();
  for (const [id, score] of scoreTermLists(prepared, lists)) if (score.score > 0) scores.set(id, score);
  partScores[part].set(prepared, { vocabulary, scores });
  return scores;
}

/**
 * How many elements a paragraph names firmly enough to count towards a summary, by its scores: the scores belong to
 * one prepared text and live as long as it, so an unchanged paragraph is not counted again.
 */
const spreads = new WeakMap<Map<ElementId, TermScore>, number>();

function spreadOf(scores: Map<ElementId, TermScore>): number {
  let spread = spreads.get(scores);
  if (spread === undefined) {
    spread = 0;
    for (const score of scores.values()) if (score.score >= SUMMARY_MENTION) spread++;
    spreads.set(scores, spread);
  }
  return spread;
}

/** Appends to the list kept under a key, starting it when it is the first. */
function addTo<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/** Adds a block to an element's blocks in a section (an index read per element, in document order). */
function addToIndex(index: Map<ElementId, Map<Section, Block[]>>, id: ElementId, section: Section, block: Block): void {
  let bySection = index.get(id);
  if (!bySection) index.set(id, (bySection = new Map()));
  addTo(bySection, section, block);
}

export function recognise(
  document: StrategyDocument,
  config: ResolvedConfig,
  catalogue: Catalogue = catalogueOf(document),
  model: SentenceModel | undefined = SENTENCE_MODELS[catalogue.type],
  /** Whether the document refers to the one it answers to (`strategyLink`): sub-checks `madeByLink` count as made. */
  linked = false,
): Recognition {
  const vocabulary = compileVocabulary(config, catalogue);
  const thresholds = config.thresholds;
  const prepared = new Map<Block, TokenizedText>();
  const blockScores = new Map<Block, Map<ElementId, TermScore>>();
  for (const block of document.blocks) {
    const text = prepare(block.text);
    prepared.set(block, text);
    blockScores.set(block, scoresOf(text, vocabulary, 'body'));
  }
  const scoreOf = (block: Block, id: ElementId) => blockScores.get(block)?.get(id)?.score ?? 0;

  // A paragraph that touches many elements at once is a summary, wherever it stands.
  const summaryBlocks = new Set<Block>();
  for (const block of document.blocks) {
    const spread = spreadOf(blockScores.get(block)!);
    // A summary is brief about each thing it touches; a long paragraph that treats six answers at length (a
    // half-page ambition written as one paragraph) is the answers themselves.
    const brief = block.substance.words <= spread * SUMMARY_WORDS_PER_MENTION;
    if ((spread >= thresholds.summarySpread && brief) || isPreambleBlock(block) || isSummarySection(block.section)) summaryBlocks.add(block);
  }
  // Tables of contents and closing matter (glossaries, appendices) name
  // themes without treating them, so they are never evidence. Asked once per section: the loops below ask it
  // per block and element.
  const ignoredSections = new Set([document.root, ...document.sections].filter((section) => isContentsSection(section) || isClosingSection(section)));
  const ignored = (section: Section) => ignoredSections.has(section);

  // Read once per check, not once per element: which blocks are case boxes or examples, each section's prose
  // blocks, and per element the sections whose prose speaks of it (in document order).
  // A section is inside a case box when it or a section above it is one (parents come before children).
  const inExample = new Map<Section, boolean>([[document.root, false]]);
  for (const section of document.sections) inExample.set(section, isExampleSection(section) || !!(section.parent && inExample.get(section.parent)));
  const isExampleBlock = (block: Block) => block.kind === 'quote' || !!inExample.get(block.section);
  const exampleBlocks = new Set(document.blocks.filter(isExampleBlock));
  // The blocks that speak of some element, in case boxes and in summaries: each element looks for its hits there.
  const exampleScored = document.blocks.filter((block) => exampleBlocks.has(block) && !summaryBlocks.has(block) && blockScores.get(block)!.size > 0);
  const summaryScored = document.blocks.filter((block) => summaryBlocks.has(block) && blockScores.get(block)!.size > 0);
  const allSections = [document.root, ...document.sections];
  const prose = new Map(allSections.map((section) => [section, proseBlocks(section)] as const));
  const proseHits = new Map<ElementId, Map<Section, Block[]>>();
  for (const section of allSections) {
    if (ignored(section) || section.kind === 'pseudo') continue;
    for (const block of prose.get(section)!) {
      if (summaryBlocks.has(block) || exampleBlocks.has(block)) continue;
      blockScores.get(block)!.forEach((_, id) => addToIndex(proseHits, id, section, block));
    }
  }

  // List items whose bold lead-in names an element as a heading would ("**Et menneske bestemmer.** …"), per
  // element and section. A weak heading word is not enough: the lead-in must name the element firmly.
  const leadNamed = new Map<ElementId, Map<Section, Block[]>>();
  for (const block of document.blocks) {
    if (!block.lead || summaryBlocks.has(block) || exampleBlocks.has(block) || ignored(block.section)) continue;
    scoresOf(prepare(block.lead), vocabulary, 'heading').forEach((score, id) => {
      if (score.score >= 2) addToIndex(leadNamed, id, block.section, block);
    });
  }

  // The element most of a section's prose speaks of (ties: the first in catalogue order).
  const dominant = new Map<Section, ElementId>();
  const sums = new Map<ElementId, number>();
  for (const section of allSections) {
    sums.clear();
    for (const block of prose.get(section)!) blockScores.get(block)!.forEach((score, id) => sums.set(id, (sums.get(id) ?? 0) + strongScore(score)));
    let best: ElementId | undefined;
    let bestScore = 0;
    for (const id of catalogue.ids) {
      const score = sums.get(id) ?? 0;
      if (score > bestScore) {
        best = id;
        bestScore = score;
      }
    }
    if (best) dominant.set(section, best);
  }

  // Sections whose heading names an element. A weak heading word ("Ledelse")
  // needs the section's text to confirm it; a specific one does not.
  const titles = titleSections(document);
  const isTitleSection = (section: Section) => titles.has(section);
  const headingNamed = new Map<ElementId, Section[]>();
  const possibleHeadings = new Map<ElementId, Section[]>();
  const namesOf = new Map<Section, Set<ElementId>>();
  const nameIn = (section: Section, id: ElementId) => {
    const names = namesOf.get(section);
    if (names) names.add(id);
    else namesOf.set(section, new Set([id]));
  };
  // A heading may name an element unless it stands in a table of contents, a closing, a summary or a case box, or is
  // the document's title ("Strategi for digital omstilling"), which names the whole text, not one element: its words
  // say nothing about where an element stands. The vocabulary and the heading model read the same headings.
  const mayNameElement = (section: Section) => !ignored(section) && !isSummarySection(section) && !inExample.get(section) && !isTitleSection(section);
  for (const section of document.sections) {
    if (!mayNameElement(section)) continue;
    let named = scoresOf(prepare(section.text), vocabulary, 'heading');
    // A heading in the organisation's own words ("Når reglerne og skibene ændrer sig") names no element with a
    // heading word, but may say in running-text words what its section is about: a phrase that says an element
    // alone names it, as a heading word would (what the section then says is judged as for any named section).
    if (named.size === 0) named = ownWordsHeading(scoresOf(prepare(section.text), vocabulary, 'body'));
    // Read once for the heading, and only for a heading that names something.
    let under: Block[] | undefined;
    for (const id of catalogue.ids) {
      const score = named.get(id)?.score ?? 0;
      if (score === 0) continue;
      under ??= blocksUnder(section);
      const body = under.reduce((sum, block) => sum + scoreOf(block, id), 0);
      if (score < 2 && body < 2) {
        // A weak heading word without support in the text: a possible answer, not evidence.
        addTo(possibleHeadings, id, section);
        continue;
      }
      addTo(headingNamed, id, section);
      nameIn(section, id);
    }
    for (const id of section.markers as ElementId[]) if (catalogue.ids.includes(id)) nameIn(section, id);
  }
  // Asked for every paragraph and element: a set of names holds another than `id` when it holds two, or one that is not it.
  const sectionNamesOther = (section: Section, id: ElementId) => {
    const names = namesOf.get(section);
    return names !== undefined && (names.size > 1 || !names.has(id));
  };
  // The blocks a weak signal, or the sentence model, may point at: the same for every element, so chosen once.
  const plainBlocks = document.blocks.filter((block) => !summaryBlocks.has(block) && !exampleBlocks.has(block) && !ignored(block.section));
  // A paragraph of a few words ("titel: Strategi status: udkast") says too little for the model to read as an answer.
  const modelBlocks = document.blocks.filter(
    (block) =>
      block.kind !== 'tableHeader' &&
      block.substance.words >= MODEL_MIN_WORDS &&
      !exampleBlocks.has(block) &&
      !ignored(block.section) &&
      !(summaryBlocks.has(block) && !isPreambleBlock(block)),
  );

  const mapping = elementMapping(document, catalogue.ids);
  const sectionElements = new Map<Section, ElementId[]>();
  const note = (section: Section, id: ElementId) => {
    const list = sectionElements.get(section) ?? [];
    if (!list.includes(id)) list.push(id);
    sectionElements.set(section, list);
  };

  // The headings the heading model reads: those that may name an element.
  const readableHeadings = model?.headings ? document.sections.filter(mayNameElement).map((section) => ({ section, text: prepare(section.text) })) : [];
  // The calibration learnt from documents of a hundred words and more; on a shorter text (a test, a first draft of
  // headings) it has nothing to go on, and the rules' verdicts stand.
  const words = document.blocks.reduce((sum, block) => sum + block.substance.words, 0);
  const calibrated = !!model?.calibration && words >= CALIBRATION_MIN_WORDS;
  const totals = vocabularyTotals(document.blocks, blockScores);
  const verdicts = new Map<ElementId, ElementVerdict>();
  const pending: Array<{ verdict: ElementVerdict; readings: Readings; input: Omit<CalibrationInput, keyof DocumentContext> }> = [];
  for (const element of catalogue.elements) {
    const id = element.id;
    const candidates: Candidate[] = [];
    let unmatchedMapping: string | undefined;

    for (const section of document.sections) {
      if (section.markers.includes(id)) candidates.push(wholeSection('marker', section, isExampleBlock));
    }
    const mapped = mapping[id];
    if (mapped !== undefined) {
      const section = findSectionByHeading(document, mapped);
      if (section) candidates.push(wholeSection('mapping', section, isExampleBlock));
      else unmatchedMapping = mapped;
    }
    // Built by a loop, not by map() over a found list or an empty literal: those give arrays of two element kinds,
    // and the optimised recognition code was thrown away, each time it met the other, at the test of its length below.
    const named: Candidate[] = [];
    for (const section of headingNamed.get(id) ?? NO_SECTIONS) {
      const candidate = wholeSection('heading', section, isExampleBlock);
      // A heading that names the element only in passing beside another ("Alle borgere skal kunne være med" names
      // citizens and inclusion) while the text below treats the other: a side remark, unless the text itself
      // speaks of the element at length.
      const other = dominant.get(section);
      const headingScore = scoresOf(prepare(section.text), vocabulary, 'heading').get(id)?.score ?? 0;
      if (headingScore < NAMES_ALONE && other !== undefined && other !== id && (namesOf.get(section)?.has(other) ?? false)) {
        const said = candidate.blocks.reduce((sum, block) => sum + scoreOf(block, id), 0);
        if (said < SIDE_REMARK_PRESENT_SCORE) candidate.sideRemark = true;
      }
      candidate.naming = headingScore;
      named.push(candidate);
    }
    candidates.push(...named);
    // Points spread over sections that all name the element ("Det forventer jeg af jer" and "Det kan I
    // forvente af mig") are covered together: the sections are also judged as one answer.
    if (element.guidance && named.length >= 2) {
      const parts = named.slice(0, MAX_JOINED_SECTIONS);
      // A section and one below it can both name the element ("Organisering" and "Roller og ansvar"): the one's blocks
      // hold the other's, and each paragraph is judged once.
      candidates.push({ ...parts[0], blocks: [...new Set(parts.flatMap((part) => part.blocks))], joined: parts.map((part) => part.section) });
    }
    for (const [section, hits] of proseHits.get(id) ?? []) {
      if (isEvidence(hits, id, blockScores, thresholds) && holdsWhatProseNeeds(vocabulary.get(id)!.proseNeeds, hits, prepared)) {
        const named = sectionNamesOther(section, id);
        // A section about another element: by its heading, or, where the catalogue reads it so (a strategy's
        // sections each treat a theme), by what most of its text speaks of. The document's title section is about
        // the whole document: a half-page ambition in prose answers all its questions there.
        const aboutOther =
          named || (!!catalogue.sideRemarksByText && dominant.get(section) !== undefined && dominant.get(section) !== id && section.kind !== 'root' && !isTitleSection(section));
        const candidate = proseCandidate(section, prose.get(section)!, hits, dominant.get(section) === id && !named, blockScores, id, !!catalogue.answersRunOn);
        if (aboutOther) {
          // Judge the remark by the sentences that carry it, not by the paragraphs around them.
          const said = candidate.blocks.reduce((sum, block) => sum + scoreTerms(prepare(block.text), vocabulary.get(id)!.body).score, 0);
          if (said < SIDE_REMARK_PRESENT_SCORE) candidate.sideRemark = true;
        }
        candidates.push(candidate);
      }
    }
    for (const [section, items] of leadNamed.get(id) ?? []) {
      // Items already judged with their section (a heading or prose candidate there) need no candidate of their own.
      if (candidates.some((candidate) => candidate.section === section)) continue;
      candidates.push(candidateOf('prose', section, items[0].range, items));
    }
    const exampleHits = exampleScored.filter((block) => scoreOf(block, id) >= 2);
    if (exampleHits.length > 0) {
      candidates.push(candidateOf('prose', exampleHits[0].section, exampleHits[0].range, exampleHits, { example: true }));
    }
    const summaryHits = summaryScored.filter((block) => scoreOf(block, id) >= 2);
    if (summaryHits.length > 0) {
      candidates.push(candidateOf('summary', summaryHits[0].section, summaryHits[0].range, summaryHits));
    }

    // A section whose paragraphs, two or more, read like an answer to the element by the trained model, though they use
    // none of its words, is judged as an answer there (the organisation's own words for it): a focus area that sorts the
    // tasks into screen and meeting without one catalogue phrase. The bar is higher than for a possible answer, and the
    // training's open threshold (it asks for the best sentence anywhere) reads no sections.
    // What the model reads in each paragraph it may point at; a section whose heading names another element is about
    // that one, and the model does not point into it. How much of the whole document reads as an answer (its sentences,
    // and the sections they stand in) is counted in the same pass, sections named for other elements included: the
    // calibration weighs how widely the document speaks of the element, not only where the model may point.
    const modelReadings: ModelReadings = { blocks: [], scores: [] };
    const spread = { sentences: 0, sections: new Set<Section>() };
    if (model) {
      for (const block of modelBlocks) {
        const reading = sentenceReading(model, id, prepared.get(block)!);
        if (reading.answering > 0) {
          spread.sentences += reading.answering;
          spread.sections.add(headingSection(block.section));
        }
        if (!sectionNamesOther(block.section, id)) {
          modelReadings.blocks.push(block);
          modelReadings.scores.push(reading.best);
        }
      }
    }
    if (model && Number.isFinite(model.threshold)) {
      const byModel = new Map<Section, Block[]>();
      for (let i = 0; i < modelReadings.blocks.length; i++) {
        const block = modelReadings.blocks[i];
        if (summaryBlocks.has(block) || block.section.kind === 'root') continue;
        if (modelReadings.scores[i] >= model.threshold + MODEL_SECTION_MARGIN) addTo(byModel, block.section, block);
      }
      // Also where the vocabulary found a weaker candidate in the same section (a side remark, a possible heading): the
      // judgement keeps the better of the two.
      for (const [section, blocks] of byModel) {
        if (blocks.length >= MODEL_SECTION_BLOCKS) {
          candidates.push(candidateOf('prose', section, blocks[0].range, blocks));
        }
      }
    }
    // Signals below the bar for evidence: say "possibly answered under »X«"
    // rather than a confident "missing" that would tell the author to write a
    // section that may already be there.
    if (candidates.length === 0) {
      const possible = (possibleHeadings.get(id) ?? []).find((section) => !isTitleSection(section));
      if (possible) candidates.push({ ...wholeSection('heading', possible, isExampleBlock), possible: true });
    }
    // A heading that reads like the element's in words the vocabulary does not know ("Når borgeren ikke kan selv"):
    // possibly answered there, unless the vocabulary reads the heading as another element's, and only where the section
    // has text of its own to point at (a chapter heading whose text stands in its subsections is not the answer).
    if (candidates.length === 0 && model?.headings) {
      const best = bestHeading(model, id, readableHeadings.filter((heading) => !sectionNamesOther(heading.section, id)));
      if (best && best.score >= HEADING_MODEL_CANDIDATE && best.section.blocks.length > 0) candidates.push({ ...wholeSection('heading', best.section, isExampleBlock), possible: true });
    }
    const weakSignal = catalogue.weakSignalScore;
    if (candidates.length === 0 && weakSignal !== undefined) {
      const weak = plainBlocks.filter((block) => scoreOf(block, id) >= weakSignal);
      if (weak.length > 0) candidates.push(candidateOf('prose', weak[0].section, weak[0].range, weak, { possible: true }));
    }
    // A sentence that reads like an answer though it uses none of the element's words (the trained model).
    if (candidates.length === 0 && model) {
      const best = bestReading(modelReadings, model.threshold);
      // Text before the first heading counts too (as a summary): adding sections below a lone title makes its
      // text a preamble, and that must never turn a possible answer into a missing one ("insert all" stays idempotent).
      if (best) candidates.push(candidateOf(summaryBlocks.has(best) ? 'summary' : 'prose', best.section, best.range, [best], { possible: true }));
    }

    for (const candidate of candidates) {
      if (candidate.kind === 'marker' || candidate.kind === 'mapping' || candidate.kind === 'heading') note(candidate.section, id);
    }
    const verdict = decide(element, candidates, thresholds, prepared, (block) => scoreOf(block, id), { linked, needs: vocabulary.get(id)!.guidanceNeeds }, catalogue.templateTextUnanswered === true);
    verdict.unmatchedMapping = unmatchedMapping;
    explainTerms(verdict, vocabulary.get(id)!);
    if (model && Number.isFinite(model.threshold)) {
      const readings = { modelReadings, threshold: model.threshold, plainBlocks, summaryBlocks, scoreOf: (block: Block) => scoreOf(block, id) };
      const named = (headingNamed.get(id)?.length ?? 0) + (possibleHeadings.get(id)?.length ?? 0);
      const texts = verdict.blocks.map((block) => prepared.get(block) ?? prepare(block.text));
      const concreteness = answerSubstance(model, id, texts);
      const support = { ...verdictSupport(verdict, texts, model), modelSentences: spread.sentences, modelSections: spread.sections.size };
      const headingBest = bestHeading(model, id, readableHeadings)?.score ?? -Infinity;
      pending.push({ verdict, readings, input: calibrationInput(verdict, catalogue.ids, totals.get(id), named, readings, concreteness, support, headingBest, model.termReliability?.[id]) });
    }
    verdicts.set(id, verdict);
  }
  // The calibration reads each element beside the others, by the rules' verdicts before any is moved: a reviewer
  // reads a thin answer otherwise in a document that answers everything at length than in a sketch.
  const context = documentContext(words, pending.map((item) => item.input));
  for (const { verdict, readings, input } of pending) {
    const features = calibrationFeatures({ ...input, ...context(input) });
    verdict.calibration = { features, terms: [...(totals.get(verdict.id)?.terms ?? [])] };
    if (calibrated) calibrate(verdict, calibrationVerdict(model!.calibration!, features), readings, () => explainTerms(verdict, vocabulary.get(verdict.id)!));
  }
  return { verdicts, sectionElements, readable: isReadableLanguage([...prepared.values()].map((text) => text.tokens)), catalogue };
}

/**
 * The paragraphs the sentence model may point at for an element, in document order, and its best sentence score in
 * each: two lists side by side rather than an object per paragraph, of which a check made one per paragraph and element.
 */
interface ModelReadings {
  blocks: Block[];
  scores: number[];
}

/** What the rules and the document say of an element, for the trained calibration. */
interface Readings {
  modelReadings: ModelReadings;
  threshold: number;
  plainBlocks: Block[];
  summaryBlocks: Set<Block>;
  scoreOf: (block: Block) => number;
}

/** An element's vocabulary over every paragraph of the document: the strongest score, the sum, how many score 1 and 2. */
interface VocabularyTotals {
  best: number;
  sum: number;
  blocks: number;
  strongBlocks: number;
  /** The labels of the terms found, each once. */
  terms: Set<string>;
}

/**
 * Every element's vocabulary totals in one pass over the paragraphs' scores,
 * which hold only the elements a paragraph speaks of: asking each element of
 * every paragraph cost ten lookups a paragraph on every keystroke.
 */
function vocabularyTotals(blocks: Block[], blockScores: Map<Block, Map<ElementId, TermScore>>): Map<ElementId, VocabularyTotals> {
  const totals = new Map<ElementId, VocabularyTotals>();
  for (const block of blocks) {
    blockScores.get(block)?.forEach(({ score, hits }, id) => {
      let total = totals.get(id);
      if (!total) totals.set(id, (total = { best: 0, sum: 0, blocks: 0, strongBlocks: 0, terms: new Set() }));
      total.best = Math.max(total.best, score);
      total.sum += score;
      if (score >= 1) total.blocks++;
      if (score >= 2) total.strongBlocks++;
      for (const hit of hits) total.terms.add(hit.term.label);
    });
  }
  return totals;
}

/** How many sentences carry an element: of the verdict's text by its words and by the sentence model, and of the whole document by the model, with the sections those stand in. */
interface Support {
  wordedSentences: number;
  answeringSentences: number;
  modelSentences: number;
  modelSections: number;
}

/**
 * Of the sentences the verdict rests on (`texts`: its blocks, prepared), how many hold one of the element's words and
 * how many the sentence model reads as answering it. The rules count words and sentences of the whole text; a
 * reviewer sees whether the sentences that carry the element are one or several, and these counts tell the two apart.
 * The words are those `explainTerms` found, by where they start, so the text is not searched again.
 */
function verdictSupport(verdict: ElementVerdict, texts: readonly TokenizedText[], model: SentenceModel): Pick<Support, 'wordedSentences' | 'answeringSentences'> {
  let wordedSentences = 0;
  let answeringSentences = 0;
  verdict.blocks.forEach((block, index) => {
    const text = texts[index];
    answeringSentences += sentenceReading(model, verdict.id, text).answering;
    const starts = verdict.termStarts.get(block);
    if (!starts || starts.length === 0) return;
    // A term's hit starts where its first word does, so the words that start one name the sentences holding it.
    const at = new Set(starts);
    const sentences = new Set<number>();
    for (const token of text.tokens) if (at.has(token.start)) sentences.add(token.sentence);
    wordedSentences += sentences.size;
  });
  return { wordedSentences, answeringSentences };
}

interface ReadableHeading {
  section: Section;
  text: TokenizedText;
}

/** The heading the heading model reads best for the element, with its score (none without the model or headings). */
function bestHeading(model: SentenceModel, id: ElementId, headings: readonly ReadableHeading[]): { section: Section; score: number } | undefined {
  let best: { section: Section; score: number } | undefined;
  if (model.headings) {
    for (const heading of headings) {
      const score = bestSentenceScore(model.headings, id, heading.text);
      if (!best || score > best.score) best = { section: heading.section, score };
    }
  }
  return best;
}

/** The section a block is counted under: a bold pseudo-heading is part of the section it stands in, not one of its own. */
function headingSection(section: Section): Section {
  let own = section;
  while (own.kind === 'pseudo' && own.parent) own = own.parent;
  return own;
}

/**
 * What the document as a whole says beside one element's own figures: its length, and how the rules judged the other
 * elements (how many present, how many missing) and how much of the document's answering sentences are this one's.
 */
function documentContext(words: number, inputs: ReadonlyArray<Omit<CalibrationInput, keyof DocumentContext>>): (input: Omit<CalibrationInput, keyof DocumentContext>) => DocumentContext {
  const present = inputs.filter((input) => input.status === 'present').length;
  const missing = inputs.filter((input) => input.status === 'missing').length;
  const answering = inputs.reduce((sum, input) => sum + input.modelSentences, 0);
  const others = Math.max(1, inputs.length - 1);
  return (input) => ({
    documentWords: words,
    othersPresent: (present - (input.status === 'present' ? 1 : 0)) / others,
    othersMissing: (missing - (input.status === 'missing' ? 1 : 0)) / others,
    answeringShare: answering === 0 ? 0 : input.modelSentences / answering,
  });
}

function calibrationInput(
  verdict: ElementVerdict,
  ids: readonly ElementId[],
  vocabulary: VocabularyTotals | undefined,
  namedHeadings: number,
  readings: Readings,
  concreteness: number,
  support: Support,
  modelHeading: number,
  reliabilities: Readonly<Record<string, number>> | undefined,
): Omit<CalibrationInput, keyof DocumentContext> {
  const vocabularyBest = vocabulary?.best ?? 0;
  const vocabularySum = vocabulary?.sum ?? 0;
  const vocabularyBlocks = vocabulary?.blocks ?? 0;
  const vocabularyStrongBlocks = vocabulary?.strongBlocks ?? 0;
  const reliability = termReliability(reliabilities, vocabulary?.terms);
  let modelBest = -Infinity;
  let modelBlocks = 0;
  let modelStrongBlocks = 0;
  for (const score of readings.modelReadings.scores) {
    const above = score - readings.threshold;
    modelBest = Math.max(modelBest, above);
    if (above >= 0) modelBlocks++;
    if (above >= MODEL_SECTION_MARGIN) modelStrongBlocks++;
  }
  return {
    element: ids.indexOf(verdict.id),
    elements: ids.length,
    status: verdict.status,
    evidence: verdict.evidence,
    reasons: verdict.reasons,
    substance: verdict.substance,
    blocks: verdict.blocks.length,
    uncovered: verdict.uncovered.length,
    terms: verdict.terms.length,
    vocabularyBest,
    vocabularySum,
    vocabularyBlocks,
    vocabularyStrongBlocks,
    namedHeadings,
    modelBest,
    modelHeading,
    modelBlocks,
    modelStrongBlocks,
    concreteness,
    ...support,
    termReliabilityBest: reliability.best,
    termReliabilityMean: reliability.mean,
  };
}

/** The best and the mean reliability of the terms a document uses for an element (unknown terms read 0, as a rare one would). */
function termReliability(reliabilities: Readonly<Record<string, number>> | undefined, terms: ReadonlySet<string> | undefined): { best: number; mean: number } {
  if (!terms || terms.size === 0) return { best: 0, mean: 0 };
  let best = -Infinity;
  let sum = 0;
  for (const term of terms) {
    const value = reliabilities?.[term] ?? 0;
    best = Math.max(best, value);
    sum += value;
  }
  return { best, mean: sum / terms.size };
}

/** The fewest words a document needs for the calibration to read it (99 % of the labelled documents have more). */
const CALIBRATION_MIN_WORDS = 100;

/** How far below the model's threshold a paragraph may read and still be what a calibrated "thin" points at. */
const CALIBRATED_POINTER_MARGIN = 1;
/** Table rows that make a named section a structured answer the calibration leaves as present. */
const TABLE_ANSWER_ROWS = 3;

/**
 * Moves a verdict to the calibration's one, one step at most and only where
 * the rules can show a reviewer why: an element the author declared (by a
 * marker or the frontmatter's mapping) or left as a template placeholder keeps
 * the rules' verdict; a "missing" becomes at most a possible answer, pointing
 * at the paragraph the model or the vocabulary reads best.
 */
function calibrate(verdict: ElementVerdict, target: ElementStatus, readings: Readings, explain: () => void): void {
  const from = verdict.status;
  if (target === from || verdict.evidence === 'marker' || verdict.evidence === 'mapping' || verdict.reasons.includes('placeholder')) return;
  // A section named for the element that answers in a table of its own, row by row, is a structured answer however
  // few sentences it has; the calibration, which counts sentences, would take it for a slogan.
  if (from === 'present' && verdict.evidence === 'heading' && verdict.substance.tableRows >= TABLE_ANSWER_ROWS) return;
  if (from === 'present') {
    verdict.status = 'thin';
    verdict.reasons = ['few-words'];
  } else if (from === 'thin' && target === 'present') {
    verdict.status = 'present';
    verdict.reasons = [];
  } else if (from === 'thin') {
    // What the check knew beside the verdict (the calibration's reading, a mapping that named no section) stays.
    Object.assign(verdict, missingVerdict(verdict.id), { unmatchedMapping: verdict.unmatchedMapping, calibration: verdict.calibration });
  } else {
    const block = pointerOf(readings);
    if (!block) return;
    Object.assign(verdict, {
      status: 'thin',
      evidence: readings.summaryBlocks.has(block) ? 'summary' : 'prose',
      section: block.section,
      anchor: block.range,
      blocks: [block],
      substance: block.substance,
      reasons: ['possible'],
    });
    explain();
  }
  verdict.calibration!.from = from;
}

/** The paragraph a calibrated possible answer points at: the one the model reads best, else the one with most of the element's words. */
function pointerOf(readings: Readings): Block | undefined {
  let best = bestReading(readings.modelReadings, readings.threshold - CALIBRATED_POINTER_MARGIN);
  if (best) return best;
  let bestWords = 0;
  for (const block of readings.plainBlocks) {
    const score = readings.scoreOf(block);
    if (score > bestWords) {
      best = block;
      bestWords = score;
    }
  }
  return best;
}

/** The paragraph the sentence model reads best, if any reaches `floor` (of equals, the last). */
function bestReading(readings: ModelReadings, floor: number): Block | undefined {
  let best: Block | undefined;
  let bestScore = floor;
  for (let i = 0; i < readings.scores.length; i++) {
    if (readings.scores[i] >= bestScore) {
      best = readings.blocks[i];
      bestScore = readings.scores[i];
    }
  }
  return best;
}

/** Notes which catalogue terms the judged blocks contain, so a verdict can say why. */
function explainTerms(verdict: ElementVerdict, terms: { heading: CompiledTerm[]; body: CompiledTerm[] }): void {
  const weights = new Map<string, number>();
  if (verdict.section && verdict.section.kind !== 'root' && verdict.evidence !== 'prose') {
    for (const hit of scoreTerms(prepare(verdict.section.text), terms.heading).hits) weights.set(hit.term.label, hit.term.weight + 1);
  }
  for (const block of verdict.blocks) {
    const score = scoreTerms(prepare(block.text), terms.body);
    verdict.termStarts.set(block, score.hits.map((hit) => hit.start));
    for (const hit of score.hits) weights.set(hit.term.label, Math.max(weights.get(hit.term.label) ?? 0, hit.term.weight));
  }
  verdict.terms = [...weights].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([label]) => label);
}

/**
 * A section's own blocks plus those under its bold pseudo-headings
 * ("**Forklaring**", "**Begrundelse**"): for prose evidence they are one unit.
 */
function proseBlocks(section: Section): Block[] {
  // Most sections have no bold pseudo-headings: their own list serves (read, never changed), without a copy per check.
  if (!section.children.some((child) => child.kind === 'pseudo')) return section.blocks;
  return [...section.blocks, ...section.children.filter((child) => child.kind === 'pseudo').flatMap((child) => child.blocks)];
}

/** A section and everything under it, except case boxes and examples from elsewhere. */
function wholeSection(kind: EvidenceKind, section: Section, isExampleBlock: (block: Block) => boolean): Candidate {
  return candidateOf(kind, section, section.headingRange, blocksUnder(section).filter((block) => !isExampleBlock(block) || isExampleSection(section)));
}

/**
 * Prose evidence in a section whose heading does not name the element (`own`:
 * the section's prose blocks). When most of the section is about the element
 * the whole section is judged; otherwise only the paragraphs that carry it.
 */
function proseCandidate(
  section: Section,
  own: Block[],
  hits: Block[],
  isTopic: boolean,
  scores: Map<Block, Map<ElementId, TermScore>>,
  id: ElementId,
  runsOn: boolean,
): Candidate {
  const hitWords = hits.reduce((sum, block) => sum + block.substance.words, 0);
  const allWords = own.reduce((sum, block) => sum + block.substance.words, 0);
  if (isTopic && section.kind !== 'root' && hitWords * 2 >= allWords) {
    return candidateOf('prose', section, section.headingRange, own);
  }
  // The element is a side remark in a section about something else: only
  // the sentences that carry it are judged, not the paragraphs around them.
  const blocks = hits.map((block) => sentencesWithHits(block, scores.get(block)!.get(id)!, runsOn));
  return candidateOf('prose', section, hits[0].range, blocks);
}

/**
 * The sentences of a block that carry an element, by the block's score for it: a score belongs to one
 * prepared text and lives as long as that text is remembered, so a paragraph that did not change since
 * the last check is not split again. `null`: every sentence carries it.
 */
const carryingSentences = [false, true].map(() => new WeakMap<TermScore, { text: string; substance: Substance } | null>());

/** A block reduced to the sentences that contain hits, with its substance recounted. */
function sentencesWithHits(block: Block, score: TermScore, runsOn: boolean): Block {
  if (block.kind === 'listItem' || block.kind === 'tableRow') return block;
  const memo = carryingSentences[runsOn ? 1 : 0];
  let reduced = memo.get(score);
  if (reduced === undefined) {
    reduced = reduceToHits(block.text, score, runsOn);
    memo.set(score, reduced);
  }
  return reduced ? { ...block, text: reduced.text, substance: { ...reduced.substance } } : block;
}

/** `runsOn`: the sentence after one that carries the element is kept with it, as its elaboration (see `Catalogue.answersRunOn`). */
function reduceToHits(text: string, score: TermScore, runsOn: boolean): { text: string; substance: Substance } | null {
  const spans = splitSentences(text);
  if (spans.length === 0) return null;
  // One merge walk over the sorted hit starts and the spans keeps this linear.
  const starts = score.hits.map((hit) => hit.start).sort((a, b) => a - b);
  const kept: typeof spans = [];
  let h = 0;
  let carried = false;
  for (const span of spans) {
    while (h < starts.length && starts[h] < span.start) h++;
    const carries = h < starts.length && starts[h] < span.end;
    if (carries || (runsOn && carried)) kept.push(span);
    carried = carries;
  }
  if (kept.length === spans.length) return null;
  const reduced = kept.map((span) => text.slice(span.start, span.end)).join(' ');
  const substance = emptySubstance();
  substance.words = countWords(reduced);
  substance.sentences = kept.length;
  return { text: reduced, substance };
}

/**
 * What a text says of an element in words that mean something on their own (weight 2 and up), each counted
 * at most twice. What a section is about is decided by these: a section on how a machine may suggest
 * decisions names "borgerne" in every sentence, and those words, which need company, must not make it a
 * section about citizen value.
 */
function strongScore(score: TermScore): number {
  let sum = strongScores.get(score);
  if (sum === undefined) {
    sum = 0;
    const seen = new Map<CompiledTerm, number>();
    for (const hit of score.hits) {
      if (hit.term.weight < 2) continue;
      const count = seen.get(hit.term) ?? 0;
      seen.set(hit.term, count + 1);
      if (count < 2) sum += hit.term.weight;
    }
    strongScores.set(score, sum);
  }
  return sum;
}

/** `strongScore` by score, kept like `spreads`: every section's prose is weighed on every check. */
const strongScores = new WeakMap<TermScore, number>();

/** The elements a heading names in running-text words: only by a phrase that says it alone, or two strong ones (see `strongScore`). */
function ownWordsHeading(scores: Map<ElementId, TermScore>): Map<ElementId, TermScore> {
  const named = new Map<ElementId, TermScore>();
  scores.forEach((score, id) => {
    if (strongScore(score) >= 3) named.set(id, score);
  });
  return named;
}

/** Strong phrases count on their own; weaker words need company. */
function isEvidence(hits: Block[], id: ElementId, scores: Map<Block, Map<ElementId, TermScore>>, thresholds: Thresholds): boolean {
  let total = 0;
  // Two distinct terms are all that is asked, so the first two suffice.
  let first: string | undefined;
  let distinct = 0;
  let strongest = 0;
  for (const block of hits) {
    const score = scores.get(block)!.get(id)!;
    total += score.score;
    for (const hit of score.hits) {
      if (distinct === 0) {
        first = hit.term.label;
        distinct = 1;
      } else if (distinct === 1 && hit.term.label !== first) distinct = 2;
      strongest = Math.max(strongest, hit.term.weight);
    }
  }
  // A short bullet given over to the element ("Vi vælger enkle løsninger.")
  // is an explicit, if thin, statement about it; a longer bullet that merely
  // names a related word is not.
  const dedicatedBullet = hits.some(
    (block) => block.kind === 'listItem' && block.substance.words <= DEDICATED_BULLET_MAX_WORDS && scores.get(block)!.get(id)!.score >= 2,
  );
  return strongest >= 3 || (total >= thresholds.evidenceMinScore && distinct >= 2) || dedicatedBullet;
}

/** Whether running text holds one of the words the element asks of it before it counts (`proseNeeds`). */
function holdsWhatProseNeeds(proseNeeds: CompiledTerm[] | undefined, blocks: Block[], prepared: Map<Block, TokenizedText>): boolean {
  if (!proseNeeds) return true;
  return blocks.some((block) => scoreTerms(prepared.get(block) ?? prepare(block.text), proseNeeds).score > 0);
}

function judge(
  element: ElementDefinition,
  candidate: Candidate,
  thresholds: Thresholds,
  prepared: Map<Block, TokenizedText>,
  reading: PointReading,
): { substance: Substance; reasons: ThinReason[]; uncovered: string[] } {
  const substance = candidate.blocks.reduce((sum, block) => addSubstance(sum, block.substance), emptySubstance());
  const reasons: ThinReason[] = [];
  const uncovered = uncoveredPoints(element, candidate, prepared, reading);
  // Text that covers every point a reviewer looks for.
  const complete = !!element.guidance && uncovered.length === 0;
  if (candidate.kind === 'summary') reasons.push('summary-only');
  // A weak signal that makes every point a reviewer looks for, at full length ("hver anden måned bruger vi den
  // første halve time af ledermødet på …"), is an answer in words the vocabulary lacks, not merely a possible one.
  if (candidate.possible && !(complete && substance.words >= thresholds.presentMinWords)) reasons.push('possible');
  if (candidate.example) reasons.push('example');
  if (candidate.sideRemark && !candidate.example) reasons.push('few-words');
  // Text that makes every point says enough even when it is compact, unless the element is one where such a line is
  // most often a slogan (`fullLengthWhenComplete`).
  const minWords = complete && !element.fullLengthWhenComplete ? Math.ceil(thresholds.presentMinWords / 2) : thresholds.presentMinWords;
  const short = substance.words < minWords || statements(substance) < thresholds.presentMinStatements;
  if (short) {
    if (substance.placeholders > 0) reasons.push('placeholder');
    else if (refersElsewhere(candidate.blocks, prepared)) reasons.push('reference');
    // A side remark is already thin for its few words: the reason is given once.
    else if (!reasons.includes('few-words')) reasons.push('few-words');
  }
  // For elements with sub-checks, the points themselves show the "how".
  if (!short && !element.guidance && !element.answersHow && !saysHow(candidate.blocks, substance, prepared)) reasons.push('no-how');
  const covered = (element.guidance?.length ?? 0) - uncovered.length;
  const essential = (element.guidance ?? []).filter((check) => check.essential);
  const lacksEssential = essential.length > 0 && essential.every((check) => uncovered.includes(check.id));
  if (!short && element.presentNeeds !== undefined && (covered < element.presentNeeds || lacksEssential)) reasons.push('lacks-points');
  return { substance, reasons, uncovered };
}

/** The fewest words a paragraph needs before the sentence model may read it as a possible answer. */
const MODEL_MIN_WORDS = 6;
/** How far above the model's threshold a paragraph must score, and how many such paragraphs a section needs, to be read as an answer. */
const MODEL_SECTION_MARGIN = 0.5;
const MODEL_SECTION_BLOCKS = 2;
/**
 * The heading model's score at which a heading the vocabulary does not know makes its section a possible answer.
 * Chosen on cross-validation of the tuning parts: 1, 2 and 3 gave 83.1, 83.1 and 82.9 % on the strategies (82.8 %
 * without such candidates) and 91.9, 91.8 and 91.8 % on the ambitions (91.9 %).
 */
const HEADING_MODEL_CANDIDATE = 1;

const compiledGuidance = new Map<string, CompiledTerm[]>();

/**
 * The element's sub-checks whose words occur neither in the judged text nor
 * in its heading. Each paragraph is asked on its own (and answers from what
 * it was asked before), so a long section is not read again for every
 * candidate that contains it.
 */
function uncoveredPoints(element: ElementDefinition, candidate: Candidate, prepared: Map<Block, TokenizedText>, reading: PointReading): string[] {
  if (!element.guidance) return [];
  // A question whose answer is left open ("Hvad I kan forvente af mig: [udfyldes]") names the points without making them.
  // Where the element asks it (`guidanceNeeds`), a paragraph counts only when it speaks of the element, unless the
  // section's heading names the element.
  const needs = candidate.kind === 'prose' || candidate.kind === 'summary' ? reading.needs : undefined;
  const texts = candidate.blocks
    .filter((block) => !isOpenPrompt(block))
    .map((block) => prepared.get(block) ?? prepare(block.text))
    .filter((text) => !needs || scoreTerms(text, needs).score > 0);
  // A heading that states a point ("Det kan I forvente af mig") makes it for the text below; a heading that asks the
  // question ("Hvad jeg forventer af jer, og hvad I kan forvente af mig?") makes none.
  for (const section of candidate.joined ?? [candidate.section]) if (section.kind !== 'root' && !section.text.trimEnd().endsWith('?')) texts.unshift(prepare(section.text));
  return element.guidance
    .filter((check) => !(reading.linked && check.madeByLink))
    .filter((check) => {
      const key = `${element.id}/${check.id}`;
      let terms = compiledGuidance.get(key);
      if (!terms) {
        terms = (VOCABULARIES[element.id].guidance?.[check.id] ?? []).map((term) => compileTerm(term));
        compiledGuidance.set(key, terms);
      }
      return !texts.some((text) => scoreTerms(text, terms!).score > 0);
    })
    .map((check) => check.id);
}

/** A paragraph that is only a question or label with its answer left as a placeholder (see `substanceOf`). */
const isOpenPrompt = (block: Block) => block.substance.words === 0 && block.substance.placeholders > 0;

function refersElsewhere(blocks: Block[], prepared: Map<Block, TokenizedText>): boolean {
  return blocks.some((block) => {
    const text = prepared.get(block) ?? prepare(block.text);
    return scoreTerms(text, REFERENCE_TERMS).score > 0 && scoreTerms(text, DOCUMENT_TERMS).score > 0;
  });
}

function saysHow(blocks: Block[], substance: Substance, prepared: Map<Block, TokenizedText>): boolean {
  if (substance.listItems >= 2 || substance.tableRows >= 2) return true;
  let found = 0;
  for (const block of blocks) found += scoreTerms(prepared.get(block) ?? prepare(block.text), HOW_TERMS).score;
  return found >= 2;
}

/** A verdict with nothing found: no place, no evidence, no text. */
export function missingVerdict(id: ElementId): ElementVerdict {
  // Every property present, in the order `decide` gives them, so that verdicts share one hidden class in V8 (see
  // catalogue/oneShape.ts); typed so that a property added to ElementVerdict must be listed here too.
  const verdict: AllOf<ElementVerdict> = {
    id,
    status: 'missing',
    evidence: undefined,
    section: undefined,
    anchor: undefined,
    blocks: [],
    substance: emptySubstance(),
    reasons: [],
    uncovered: [],
    unmatchedMapping: undefined,
    terms: [],
    termStarts: new Map(),
    calibration: undefined,
  };
  return verdict;
}

/** Every property of T, the optional ones too (with undefined where there is nothing). */
type AllOf<T> = { [K in keyof Required<T>]: T[K] };

function decide(
  element: ElementDefinition,
  candidates: Candidate[],
  thresholds: Thresholds,
  prepared: Map<Block, TokenizedText>,
  scoreOf: (block: Block) => number,
  reading: PointReading,
  templateTextUnanswered: boolean,
): ElementVerdict {
  if (candidates.length === 0) return missingVerdict(element.id);
  const explicit = candidates.filter((c) => c.kind === 'marker' || c.kind === 'mapping');
  const pool = explicit.length > 0 ? explicit : candidates;
  for (const candidate of pool) candidate.strength = candidate.blocks.reduce((sum, block) => sum + scoreOf(block), 0);
  // In the order `better` ranks candidates of equal status (`byRank`), so the first one judged present wins and the
  // rest need not be judged: a long strategy names an element in dozens of sections.
  const ordered = [...pool].sort(byRank);
  let best: (Candidate & { status: ElementStatus; substance: Substance; reasons: ThinReason[]; uncovered: string[] }) | undefined;
  for (const candidate of ordered) {
    const { substance, reasons, uncovered } = judge(element, candidate, thresholds, prepared, reading);
    // Template text where an answer should be: thin, or in a catalogue of personal answers not yet an answer at all
    // (the verdict keeps its place, so the finding points at the placeholder rather than asking for a new section).
    const status: ElementStatus = reasons.length === 0 ? 'present' : templateTextUnanswered && reasons.includes('placeholder') ? 'missing' : 'thin';
    const judged = { ...candidate, status, substance, reasons, uncovered };
    if (!best || better(judged, best)) best = judged;
    if (status === 'present') break;
  }
  const chosen = best!;
  const verdict: AllOf<ElementVerdict> = {
    id: element.id,
    status: chosen.status,
    evidence: chosen.kind,
    section: chosen.section,
    anchor: chosen.anchor,
    blocks: chosen.blocks,
    substance: chosen.substance,
    reasons: chosen.reasons,
    uncovered: chosen.uncovered,
    unmatchedMapping: undefined,
    terms: [],
    termStarts: new Map(),
    calibration: undefined,
  };
  return verdict;
}

/** Candidates of equal status, strongest first: by kind of evidence, how firmly a heading names the element, then strength, then the earlier place. */
function byRank(a: Candidate, b: Candidate): number {
  return KIND_PRIORITY[b.kind] - KIND_PRIORITY[a.kind] || b.naming - a.naming || (b.strength ?? 0) - (a.strength ?? 0) || a.anchor.start - b.anchor.start;
}

function better(a: Candidate & { status: ElementStatus }, b: Candidate & { status: ElementStatus }): boolean {
  const rank = (s: ElementStatus) => (s === 'present' ? 2 : s === 'thin' ? 1 : 0);
  if (rank(a.status) !== rank(b.status)) return rank(a.status) > rank(b.status);
  return byRank(a, b) < 0;
}

/** The frontmatter's `elementer` mapping from element id to the heading that answers it. */
function elementMapping(document: StrategyDocument, ids: readonly ElementId[]): Partial<Record<ElementId, string>> {
  const raw = document.frontmatter.data['elementer'];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const result: Partial<Record<ElementId, string>> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if ((ids as readonly string[]).includes(key) && typeof value === 'string') result[key as ElementId] = value;
  }
  return result;
}

function normaliseHeading(text: string): string {
  return text.toLowerCase().replace(/^\s*(?:\d+(?:[.)]\d+)*[.)]?\s+)/u, '').replace(/\s+/g, ' ').trim();
}

function findSectionByHeading(document: StrategyDocument, heading: string): Section | undefined {
  const wanted = normaliseHeading(heading);
  return (
    document.sections.find((section) => normaliseHeading(section.text) === wanted) ??
    document.sections.find((section) => normaliseHeading(section.text).startsWith(wanted))
  );
}
