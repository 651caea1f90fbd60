// inNextTask: the run happens later, in a task of its own, and not at all once cancelled; with
// scheduler.postTask where the platform has it (Node 20 has not: the timer path) and without.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inNextTask } from '../../../src/features/canvas/next-task';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

describe('inNextTask', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('runs once, after the current task, through a timer where there is no scheduler', async () => {
    expect('scheduler' in globalThis).toBe(false);
    const runs: string[] = [];
    inNextTask(() => runs.push('run'));
    await Promise.resolve();
    expect(runs).toEqual([]);
    await tick();
    expect(runs).toEqual(['run']);
  });

  it('does not run once cancelled', async () => {
    const run = vi.fn();
    const cancel = inNextTask(run);
    cancel();
    await tick();
    expect(run).not.toHaveBeenCalled();
  });

  it('posts a user-blocking task where scheduler.postTask exists, and aborts it on cancel', async () => {
    const posted: { run: () => void; priority: string | undefined; signal: AbortSignal | undefined }[] = [];
    vi.stubGlobal('scheduler', {
      postTask: (run: () => void, options?: { priority?: string; signal?: AbortSignal }) => {
        posted.push({ run, priority: options?.priority, signal: options?.signal });
        return Promise.resolve();
      },
    });
    const run = vi.fn();
    const cancel = inNextTask(run);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.priority).toBe('user-blocking');
    expect(posted[0]?.signal?.aborted).toBe(false);
    cancel();
    expect(posted[0]?.signal?.aborted).toBe(true);
    await tick();
    expect(run).not.toHaveBeenCalled();
  });

  it('reports an error thrown by the run, as an uncaught error would be, but not the rejection of a cancelled task', async () => {
    const boom = new Error('boom');
    const reported = vi.fn();
    vi.stubGlobal('reportError', reported);
    const signals: AbortSignal[] = [];
    vi.stubGlobal('scheduler', {
      postTask: (run: () => void, options: { signal: AbortSignal }) => {
        signals.push(options.signal);
        return new Promise<void>((resolve, reject) => {
          setTimeout(() => {
            if (options.signal.aborted) reject(new DOMException('cancelled', 'AbortError'));
            else {
              try {
                run();
                resolve();
              } catch (error) {
                reject(error instanceof Error ? error : new Error(String(error)));
              }
            }
          }, 0);
        });
      },
    });
    inNextTask(() => {
      throw boom;
    });
    inNextTask(() => undefined)();
    await tick();
    expect(signals).toHaveLength(2);
    expect(reported.mock.calls).toEqual([[boom]]);
  });
});
