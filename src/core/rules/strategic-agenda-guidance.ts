import { guidanceRule } from './guidanceRule';

/** Sub-checks for `strategic-agenda`, listed under `guidance` in the element catalogue. */
export default guidanceRule('strategic-agenda');
