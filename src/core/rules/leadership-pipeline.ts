import { elementRule } from './elementRule';

/** Judges the element `leadership-pipeline`; see the element catalogue for its vocabulary. */
export default elementRule('leadership-pipeline');
