import { timeoutReason } from './signals';

/**
 * Runs one attempt until it answers, its deadline passes or the caller aborts, whichever comes first. A custom fetch
 * may ignore its signal: the deadline and the caller's abort end the attempt here all the same, instead of a wait for
 * an answer that may never come. `controller`'s signal follows both, so a fetch that honours it stops its work too;
 * the caller can tell a timeout by that signal being aborted while its own is not.
 */
export async function withinDeadline(
  start: (signal: AbortSignal) => Promise<Response>,
  controller: AbortController,
  timeoutMs: number,
  callerSignal: AbortSignal | null | undefined,
): Promise<Response> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stop: (() => void) | undefined;
  try {
    // The timer and the caller's signal settle the attempt themselves, so nothing listens on the attempt's signal.
    return await new Promise<Response>((resolve, reject) => {
      timer = setTimeout(() => {
        const reason = timeoutReason(timeoutMs);
        controller.abort(reason);
        reject(reason);
      }, timeoutMs);
      if (callerSignal) {
        stop = () => {
          controller.abort(callerSignal.reason);
          reject(callerSignal.reason);
        };
        if (callerSignal.aborted) stop();
        else callerSignal.addEventListener('abort', stop);
      }
      start(controller.signal).then(resolve, reject);
    });
  } finally {
    clearTimeout(timer);
    // The listener must go: it reaches the response, and a caller's signal may live much longer than the call.
    if (stop) callerSignal!.removeEventListener('abort', stop);
  }
}
