import { elementRule } from './elementRule';

/** Judges the ambition question `ambition-expectations`; see the ambition catalogue for its vocabulary. */
export default elementRule('ambition-expectations');
