import { elementRule } from './elementRule';

/** Judges the element `changing-needs`; see the element catalogue for its vocabulary. */
export default elementRule('changing-needs');
