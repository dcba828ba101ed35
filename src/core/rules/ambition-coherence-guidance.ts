import { guidanceRule } from './guidanceRule';

/** Sub-checks for `ambition-coherence`, listed under `guidance` in the ambition catalogue. */
export default guidanceRule('ambition-coherence');
