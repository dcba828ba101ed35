import { elementRule } from './elementRule';

/** Judges the element `simplicity`; see the element catalogue for its vocabulary. */
export default elementRule('simplicity');
