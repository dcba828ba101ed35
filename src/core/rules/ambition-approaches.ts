import { elementRule } from './elementRule';

/** Judges the ambition question `ambition-approaches`; see the ambition catalogue for its vocabulary. */
export default elementRule('ambition-approaches');
