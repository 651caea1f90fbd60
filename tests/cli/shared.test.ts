import { describe, expect, it } from 'vitest';
import { CliError, EXIT, findNodes, loadGraphFile, moneyText } from '../../src/cli/shared';

const model = loadGraphFile();

function failure(run: () => unknown): CliError {
  try {
    run();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a CliError');
}

// `reach` and `route` both resolve --have / --avoid / --via through findNodes, so one test covers both.
describe('cli/shared.findNodes', () => {
  it('resolves ids, exam codes and labels in order, skipping empty entries', () => {
    expect(findNodes(model, 'AZ-104, ,Microsoft 365 Administrator,')).toEqual(['az-104', 'role-m365-administrator']);
    expect(findNodes(model, undefined)).toEqual([]);
  });

  it('fails with exit 2 and the closest matches for an unknown name', () => {
    const error = failure(() => findNodes(model, 'az-104,az-3O5'));
    expect(error.exitCode).toBe(2);
    expect(error.exitCode).toBe(EXIT.usage);
    expect(error.message).toContain('unknown node "az-3O5"');
    expect(error.message).toContain('az-305');
  });
});

describe('cli/shared.moneyText', () => {
  it('writes amounts per currency, never converted, rounded to cents', () => {
    expect(moneyText({ USD: 165 }, '-')).toBe('165 USD');
    expect(moneyText({ USD: 100.004, EUR: 90.5 }, '-')).toBe('100 USD + 90.5 EUR');
    expect(moneyText({}, 'no known cost')).toBe('no known cost');
  });
});
