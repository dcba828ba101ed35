import { guidanceRule } from './guidanceRule';

/** Sub-checks for `ambition-goals`, listed under `guidance` in the ambition catalogue. */
export default guidanceRule('ambition-goals');
