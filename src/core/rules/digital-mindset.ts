import { elementRule } from './elementRule';

/** Judges the element `digital-mindset`; see the element catalogue for its vocabulary. */
export default elementRule('digital-mindset');
