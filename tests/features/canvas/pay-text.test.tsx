// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { PayText, formatPay } from '../../../src/features/canvas/pay-text';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('formatPay', () => {
  it('writes whole amounts with the currency sign and the period', () => {
    expect(formatPay(96_800, 'USD', 'year')).toBe('$96,800/yr');
    expect(formatPay(45.4, 'USD', 'hour')).toBe('$45/h');
    expect(formatPay(70_000, 'EUR', 'year')).toBe('€70,000/yr');
  });
});

describe('PayText', () => {
  it('draws nothing in the first render and the pay once the page is idle', async () => {
    const host = document.createElement('div');
    const root = createRoot(host);
    act(() => {
      root.render(<PayText pay={{ amount: 96_800, currency: 'USD', period: 'year' }} />);
    });
    expect(host.textContent).toBe('');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(host.textContent).toBe(' · $96,800/yr');
    act(() => {
      root.unmount();
    });
  });
});
