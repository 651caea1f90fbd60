import { fork } from 'node:child_process';
import { ROOT } from './graphs';

export type ChildResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/**
 * Runs `script` (a TypeScript file under bench/) in its own Node process, sends it `input` and
 * waits for one message back. The process is killed when `timeoutMs` passes, so a slow layout or a
 * slow peer cannot hold up the run; the answer then says how long it was given.
 */
export function runChild<T>(script: string, input: unknown, timeoutMs: number): Promise<ChildResult<T>> {
  return new Promise((resolve) => {
    const child = fork(script, [], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx', '--max-old-space-size=4096', '--stack-size=8000'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let settled = false;
    const settle = (result: ChildResult<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      resolve(result);
    };
    const timer = setTimeout(() => {
      settle({ ok: false, reason: `did not finish in ${formatSeconds(timeoutMs)}` });
    }, timeoutMs);
    child.on('message', (message) => {
      const reply = message as { error?: string; value?: T };
      if (reply.error !== undefined) settle({ ok: false, reason: reply.error });
      else settle({ ok: true, value: reply.value as T });
    });
    child.on('error', (error) => {
      settle({ ok: false, reason: `could not run: ${error.message}` });
    });
    child.on('exit', (code, signal) => {
      settle({ ok: false, reason: `exited (${signal ?? `code ${code ?? '?'}`}) without an answer` });
    });
    child.send(input as object);
  });
}

/**
 * The child side: waits for the input, runs `work` and sends its result (or its error) back.
 * The input is whatever the parent sent; `work` declares the type it expects.
 * @example serveChild(async (input: { n: number }) => input.n * 2);
 */
export function serveChild(work: (input: never) => unknown): void {
  process.once('message', (input) => {
    void (async () => {
      try {
        const value: unknown = await work(input as never);
        process.send?.({ value }, () => process.exit(0));
      } catch (error) {
        process.send?.({ error: error instanceof Error ? error.message : String(error) }, () => process.exit(1));
      }
    })();
  });
}

function formatSeconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}
