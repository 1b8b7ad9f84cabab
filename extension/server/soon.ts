/**
 * Runs `work` once pending I/O has been handled, so a long job in slices lets requests in between:
 * setImmediate under Node, a zero timeout in a Web Worker (VS Code for the Web), which has no
 * setImmediate.
 */
export const soon: (work: () => void) => void =
  typeof setImmediate === 'function'
    ? (work) => {
        setImmediate(work);
      }
    : (work) => {
        setTimeout(work, 0);
      };
