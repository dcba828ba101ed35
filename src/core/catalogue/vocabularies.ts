import type { ElementId } from './elementTypes';
import { ambitionAgenda } from './vocabulary/ambition-agenda';
import { ambitionApproaches } from './vocabulary/ambition-approaches';
import { ambitionCoherence } from './vocabulary/ambition-coherence';
import { ambitionEthics } from './vocabulary/ambition-ethics';
import { ambitionExpectations } from './vocabulary/ambition-expectations';
import { ambitionGoals } from './vocabulary/ambition-goals';
import { changingNeeds } from './vocabulary/changing-needs';
import { citizenValue } from './vocabulary/citizen-value';
import { coreTasks } from './vocabulary/core-tasks';
import { digitalMindset } from './vocabulary/digital-mindset';
import { ethics } from './vocabulary/ethics';
import { inclusion } from './vocabulary/inclusion';
import { leadershipPipeline } from './vocabulary/leadership-pipeline';
import { roomToDevelop } from './vocabulary/room-to-develop';
import { simplicity } from './vocabulary/simplicity';
import { strategicAgenda } from './vocabulary/strategic-agenda';
import type { ElementVocabulary } from './vocabulary/types';

/*
 * Every element's vocabulary by its id: the words that show a text treats it, and for each sub-check of its
 * guidance the words that show the point is covered (the sub-check's id is the key). The catalogue says what
 * an element is; this says how to recognise it, and only recognition (and the docs) read it, so the editor's
 * activation, which shows names, questions and columns, does not build these lists
 * (test/extension/lazyLoad.test.ts).
 */
export const VOCABULARIES: Record<ElementId, ElementVocabulary> = {
  'core-tasks': coreTasks,
  simplicity,
  'changing-needs': changingNeeds,
  'citizen-value': citizenValue,
  'room-to-develop': roomToDevelop,
  'digital-mindset': digitalMindset,
  'strategic-agenda': strategicAgenda,
  inclusion,
  ethics,
  'leadership-pipeline': leadershipPipeline,
  'ambition-coherence': ambitionCoherence,
  'ambition-agenda': ambitionAgenda,
  'ambition-goals': ambitionGoals,
  'ambition-approaches': ambitionApproaches,
  'ambition-expectations': ambitionExpectations,
  'ambition-ethics': ambitionEthics,
};
