import { elementRule } from './elementRule';

/** Judges the ambition question `ambition-ethics`; see the ambition catalogue for its vocabulary. */
export default elementRule('ambition-ethics');
