/**
 * Larger documents are refused rather than checked slowly; no strategy comes
 * near it. A module of its own, so that the editor's extension host can read
 * the limit without loading the checker.
 */
export const MAX_TEXT_LENGTH = 16 * 1048576;
