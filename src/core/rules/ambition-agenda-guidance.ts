import { guidanceRule } from './guidanceRule';

/** Sub-checks for `ambition-agenda`, listed under `guidance` in the ambition catalogue. */
export default guidanceRule('ambition-agenda');
