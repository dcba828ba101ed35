import { elementRule } from './elementRule';

/** Judges the element `ethics`; see the element catalogue for its vocabulary. */
export default elementRule('ethics');
