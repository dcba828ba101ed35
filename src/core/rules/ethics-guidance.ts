import { guidanceRule } from './guidanceRule';

/** Sub-checks for `ethics`, listed under `guidance` in the element catalogue. */
export default guidanceRule('ethics');
