/**
 * Runs `run` in a task of its own, and where the browser allows, before it draws the next frame:
 * Chromium's `scheduler.postTask` at 'user-blocking' priority runs ahead of rendering, while a
 * timer usually waits for a frame to be drawn first. Measured on the first view (docs/performance.md,
 * draw7): a timer drew the map 35–55 ms later than one task did; postTask drew it as soon.
 * Returns a function that cancels the run if it has not happened yet.
 */
export function inNextTask(run: () => void): () => void {
  const cancel = new AbortController();
  if ('scheduler' in globalThis && typeof scheduler.postTask === 'function') {
    // postTask turns an error thrown by `run` into a rejection: report it as an uncaught error, as
    // the timer would; only the rejection of a cancelled task is expected and quiet.
    scheduler.postTask(run, { priority: 'user-blocking', signal: cancel.signal }).catch((error: unknown) => {
      if (!cancel.signal.aborted) reportError(error);
    });
  } else {
    const timer = setTimeout(run, 0);
    cancel.signal.addEventListener('abort', () => {
      clearTimeout(timer);
    });
  }
  return () => {
    cancel.abort();
  };
}
