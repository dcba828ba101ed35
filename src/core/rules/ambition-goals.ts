import { elementRule } from './elementRule';

/** Judges the ambition question `ambition-goals`; see the ambition catalogue for its vocabulary. */
export default elementRule('ambition-goals');
