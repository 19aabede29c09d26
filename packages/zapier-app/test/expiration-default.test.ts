import { describe, expect, it } from 'vitest';
import App from '../src/index';
import { appTester, authData, useEmulator } from './harness';

const emulator = useEmulator();
const { renew_token: renew, rotate_token: rotate } = App.creates;
const DAY_MS = 86_400_000;

function admin() {
  return authData(emulator.platform().bootstrapKey);
}

/** One year after `from`, by the calendar (what "one year from now" in the help text means). */
function oneYearAfter(from: number): number {
  const date = new Date(from);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.getTime();
}

describe('Renew and Rotate: the expiration date', () => {
  for (const [label, action] of [
    ['Renew', renew],
    ['Rotate', rotate],
  ] as const) {
    it(`${label} with an empty date gives a key that expires one year from now`, async () => {
      const { token } = await emulator.platform().issueToken({ name: `${label} without a date` });
      for (const inputData of [{ token_id: token.id }, { token_id: token.id, expiration_date: '  ' }]) {
        const before = Date.now();
        const result = (await appTester(action.operation.perform, { authData: admin(), inputData })) as {
          expiration_date: string | null;
        };
        const after = Date.now();
        expect(result.expiration_date).not.toBeNull();
        const expires = Date.parse(result.expiration_date!);
        expect(expires).toBeGreaterThanOrEqual(oneYearAfter(before) - 1000);
        expect(expires).toBeLessThanOrEqual(oneYearAfter(after) + 1000);
        expect(emulator.platform().store.tokens.get(token.id)?.expiration_date).not.toBeNull();
      }
    });

    it(`${label} with a date uses that date`, async () => {
      const { token } = await emulator.platform().issueToken({ name: `${label} with a date` });
      const chosen = new Date(Date.now() + 45 * DAY_MS).toISOString();
      const result = (await appTester(action.operation.perform, {
        authData: admin(),
        inputData: { token_id: token.id, expiration_date: chosen },
      })) as { expiration_date: string };
      expect(Date.parse(result.expiration_date)).toBe(Date.parse(chosen));
    });
  }

  it('the help text of both says what an empty date does', () => {
    for (const action of [renew, rotate]) {
      const field = action.operation.inputFields.find((input) => input.key === 'expiration_date');
      expect(field?.helpText).toMatch(/Leave empty for one year from now/);
    }
  });
});
