/**
 * The quick exit keyboard shortcut, GOV.UK's rule: Shift pressed 3 times, each press within the timeout of the one
 * before. Shift used as a modifier (Shift+A) does not count, and any other key starts again.
 */
export const SHIFT_PRESSES_TO_EXIT = 3;
export const SHIFT_TIMEOUT_MS = 5000;

export interface ShiftState {
  count: number;
  lastKeyWasModified: boolean;
}

export type ShiftAction = 'count' | 'reset' | 'exit' | 'none';

export const initialShiftState: ShiftState = { count: 0, lastKeyWasModified: false };

/** The next state after a `keyup`, and what the page should do about it. */
export function nextShiftState(state: ShiftState, key: { key: string; shiftKey: boolean }): { state: ShiftState; action: ShiftAction } {
  if (key.key === 'Shift' && !state.lastKeyWasModified) {
    const count = state.count + 1;
    if (count >= SHIFT_PRESSES_TO_EXIT) return { state: { count: 0, lastKeyWasModified: false }, action: 'exit' };
    return { state: { count, lastKeyWasModified: false }, action: 'count' };
  }
  const lastKeyWasModified = key.key === 'Shift' ? false : key.shiftKey;
  if (key.key !== 'Shift' && state.count > 0) return { state: { count: 0, lastKeyWasModified }, action: 'reset' };
  return { state: { count: state.count, lastKeyWasModified }, action: 'none' };
}
