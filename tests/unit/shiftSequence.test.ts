import { describe, expect, it } from 'vitest';
import { initialShiftState, nextShiftState, type ShiftState } from '../../src/lib/shiftSequence';

function press(keys: { key: string; shiftKey?: boolean }[]) {
  let state: ShiftState = initialShiftState;
  const actions: string[] = [];
  for (const key of keys) {
    const result = nextShiftState(state, { key: key.key, shiftKey: key.shiftKey ?? false });
    state = result.state;
    actions.push(result.action);
  }
  return actions;
}

describe('quick exit keyboard shortcut', () => {
  it('leaves after Shift pressed three times', () => {
    expect(press([{ key: 'Shift' }, { key: 'Shift' }, { key: 'Shift' }])).toEqual(['count', 'count', 'exit']);
  });

  it('does not count Shift used as a modifier (Shift+A)', () => {
    expect(press([{ key: 'A', shiftKey: true }, { key: 'Shift' }, { key: 'Shift' }, { key: 'Shift' }])).toEqual(['none', 'none', 'count', 'count']);
  });

  it('starts again when another key comes between', () => {
    expect(press([{ key: 'Shift' }, { key: 'Shift' }, { key: 'a' }, { key: 'Shift' }])).toEqual(['count', 'count', 'reset', 'count']);
  });

  it('starts again after leaving, so a fourth press counts from one', () => {
    expect(press([{ key: 'Shift' }, { key: 'Shift' }, { key: 'Shift' }, { key: 'Shift' }])).toEqual(['count', 'count', 'exit', 'count']);
  });
});
