import { elementRule } from './elementRule';

/** Judges the ambition question `ambition-agenda`; see the ambition catalogue for its vocabulary. */
export default elementRule('ambition-agenda');
