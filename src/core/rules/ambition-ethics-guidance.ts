import { guidanceRule } from './guidanceRule';

/** Sub-checks for `ambition-ethics`, listed under `guidance` in the ambition catalogue. */
export default guidanceRule('ambition-ethics');
