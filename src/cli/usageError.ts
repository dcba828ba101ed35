/** A problem the user can fix (bad option, unreadable file): exit code 2, one line, no stack. */
export class UsageError extends Error {}
