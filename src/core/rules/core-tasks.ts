import { elementRule } from './elementRule';

/** Judges the element `core-tasks`; see the element catalogue for its vocabulary. */
export default elementRule('core-tasks');
