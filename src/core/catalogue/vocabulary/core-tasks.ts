import type { ElementVocabulary } from './types';

/** How strategies name `core-tasks`: weights 3 = says it alone, 2 = strong, 1 = needs company. */
export const coreTasks = {
  heading: [
      { term: 'kerneopgave*', weight: 2 },
      { term: 'kerneydelse*', weight: 2 },
      { term: 'velfærdsopgave*', weight: 2 },
      { term: 'kjerneoppgave*', weight: 2 },
      { term: 'core task*', weight: 2 },
      { term: 'core service*', weight: 2 },
      'velfærd*',
      'fagområde*',
      'fagligheden',
    ],
  body: [
      { term: 'kerneopgave*', weight: 3 },
      { term: 'kerneydelse*', weight: 3 },
      { term: 'velfærdsopgave*', weight: 3 },
      { term: 'kjerneoppgave*', weight: 3 },
      { term: 'core task*', weight: 3 },
      { term: 'core service*', weight: 2 },
      { term: 'faglige opgave*', weight: 2 },
      { term: 'fagområde*', weight: 1 },
      { term: 'fagfolk*', weight: 1 },
      { term: 'fagprofessionel*', weight: 1 },
      { term: 'hybrid*', weight: 1 },
      { term: 'analog*', weight: 1, requires: ['digital*'] },
      { term: 'digital understøttelse', weight: 2 },
      { term: 'digitalt understøt*', weight: 2 },
      { term: 'velfærdsteknologi*', weight: 1 },
      { term: 'opgaveløsning*', weight: 1 },
      { term: 'welfare service*', weight: 2 },
      { term: 'frontline', weight: 1 },
    ],
} satisfies ElementVocabulary;
