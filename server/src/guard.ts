import { type CancellationToken, type Connection, LSPErrorCodes, ResponseError } from 'vscode-languageserver';

/** Thrown when the client cancelled a request before the heavy work began. */
export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

export function throwIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw cancelled();
}

/**
 * Wraps a request handler so nothing it throws reaches the connection: a
 * ResponseError (a refusal, a cancellation) goes back as an error reply, anything
 * else is logged and answered with `fallback`, and the server goes on.
 */
export function guarded<P, R>(
  connection: Connection,
  name: string,
  fallback: R,
  handler: (params: P, token: CancellationToken) => Promise<R> | R,
): (params: P, token: CancellationToken) => Promise<R | ResponseError<void>> {
  return async (params, token) => {
    try {
      return await handler(params, token);
    } catch (error) {
      if (error instanceof ResponseError) return error;
      connection.console.error(`Policy Review: ${name} failed: ${(error as Error)?.stack ?? String(error)}`);
      return fallback;
    }
  };
}
