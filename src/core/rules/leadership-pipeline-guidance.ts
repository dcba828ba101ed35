import { guidanceRule } from './guidanceRule';

/** Sub-checks for `leadership-pipeline`, listed under `guidance` in the element catalogue. */
export default guidanceRule('leadership-pipeline');
