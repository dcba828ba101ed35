import { elementRule } from './elementRule';

/** Judges the element `citizen-value`; see the element catalogue for its vocabulary. */
export default elementRule('citizen-value');
