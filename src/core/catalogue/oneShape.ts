import type { ElementDefinition } from './elementTypes';

/**
 * A catalogue's elements with every property present and in one order.
 * Recognition reads each element's optional settings (guidance, presentNeeds
 * and the rest) in loops over the whole catalogue. Written as literals that
 * leave out what they do not need, the elements would have one hidden class in
 * V8 per combination of settings, and the optimised recognition code would be
 * thrown away each time it met one it had not seen yet: an editor's re-check
 * after a keystroke then took up to twice its usual time for the first few
 * dozen keystrokes. With one shape the optimised code stays.
 */
export function inOneShape(elements: readonly ElementDefinition[]): readonly ElementDefinition[] {
  // Every key of the definition is required here, so an optional setting added to ElementDefinition and not listed
  // below fails to compile rather than being dropped from the catalogue.
  return elements.map((element): { [K in keyof Required<ElementDefinition>]: ElementDefinition[K] } => ({
    id: element.id,
    name: element.name,
    question: element.question,
    why: element.why,
    columns: element.columns,
    snippet: element.snippet,
    guidance: element.guidance,
    presentNeeds: element.presentNeeds,
    answersHow: element.answersHow,
    fullLengthWhenComplete: element.fullLengthWhenComplete,
  }));
}
