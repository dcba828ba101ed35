import { elementRule } from './elementRule';

/** Judges the element `inclusion`; see the element catalogue for its vocabulary. */
export default elementRule('inclusion');
