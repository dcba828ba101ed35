import { elementRule } from './elementRule';

/** Judges the ambition question `ambition-coherence`; see the ambition catalogue for its vocabulary. */
export default elementRule('ambition-coherence');
