import { elementRule } from './elementRule';

/** Judges the element `room-to-develop`; see the element catalogue for its vocabulary. */
export default elementRule('room-to-develop');
