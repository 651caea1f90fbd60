import { useEffect, useState } from 'react';

// One formatter per currency.
const payFormats = new Map<string, Intl.NumberFormat>();

/** A role's pay as the map writes it: "$96,800/yr", "$45/h". */
export function formatPay(amount: number, currency: string, period: 'year' | 'hour'): string {
  let format = payFormats.get(currency);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 });
    payFormats.set(currency, format);
  }
  const money = format.format(amount);
  return period === 'year' ? `${money}/yr` : `${money}/h`;
}

let idle: Promise<void> | null = null;
let warm = false;

/**
 * Resolves when the page has had an idle moment after the frame that drew the map, with the
 * number formatter built. The first number a page formats makes Chromium load ICU's number data
 * (50–90 ms on this machine, measured in a blank page): done inside the map's first render, it
 * was one of the largest pieces of that task, for a pay line that only the closest level of
 * detail draws. Started by the first pay line mounted, so it waits for that frame.
 */
function whenIdle(): Promise<void> {
  idle ??= new Promise<void>((resolve) => {
    const done = (): void => {
      formatPay(0, 'USD', 'year');
      warm = true;
      resolve();
    };
    const later = (): void => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(done, { timeout: 1000 });
      else setTimeout(done, 0);
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(later);
    else later();
  });
  return idle;
}

/** " · $96,800/yr" once the page is idle (see `whenIdle`), nothing before. */
export function PayText({ pay }: { pay: { readonly amount: number; readonly currency: string; readonly period: 'year' | 'hour' } }) {
  const [ready, setReady] = useState(warm);
  useEffect(() => {
    if (ready) return undefined;
    let live = true;
    void whenIdle().then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [ready]);
  return ready ? ` · ${formatPay(pay.amount, pay.currency, pay.period)}` : null;
}
