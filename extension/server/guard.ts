/**
 * Wraps a handler so that a throw (a bug, or text recognition chokes on) is logged and answered
 * with `fallback` instead of failing the request or, for notifications, killing the server.
 */
export function guarded<P, R>(log: (what: string, error: unknown) => void, what: string, fallback: R, handler: (params: P) => R): (params: P) => R {
  return (params: P) => {
    try {
      return handler(params);
    } catch (error) {
      log(what, error);
      return fallback;
    }
  };
}
