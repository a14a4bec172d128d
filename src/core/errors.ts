/** The one error class of the project: a stable `code` for callers, a human message, and the cause. */
export class PalisadeError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PalisadeError';
    this.code = code;
  }
}

/** A readable one-line message for any thrown value. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
