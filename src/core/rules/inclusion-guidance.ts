import { guidanceRule } from './guidanceRule';

/** Sub-checks for `inclusion`, listed under `guidance` in the element catalogue. */
export default guidanceRule('inclusion');
