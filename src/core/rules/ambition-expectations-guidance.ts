import { guidanceRule } from './guidanceRule';

/** Sub-checks for `ambition-expectations`, listed under `guidance` in the ambition catalogue. */
export default guidanceRule('ambition-expectations');
