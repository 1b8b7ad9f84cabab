import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Quiet time after a large document changed before memory is handed back. */
const IDLE_MS = 1500;

/**
 * Returns a function to call after a large document was opened, replaced or closed: once the
 * server has been idle a moment, it runs a full garbage collection. Opening a 50 MB log leaves
 * the message buffer, its decoded string and the parse behind; V8 would keep that memory (and
 * the process's RSS) for a long while, since nothing else in an idle server triggers a full GC.
 * Without access to V8's gc (an unusual runtime), the returned function does nothing.
 */
export function idleGarbageCollector(): () => void {
  let collect: (() => void) | undefined;
  try {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  } catch {
    collect = undefined;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    if (!collect) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      collect?.();
    }, IDLE_MS);
    // Never keep the process alive just to collect.
    timer.unref?.();
  };
}
