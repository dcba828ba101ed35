import { elementRule } from './elementRule';

/** Judges the element `strategic-agenda`; see the element catalogue for its vocabulary. */
export default elementRule('strategic-agenda');
