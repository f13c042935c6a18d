import { describe, expect, it } from 'vitest';
import { dialHref, displayNumber, findTypedPhoneNumbers } from '../../src/lib/phoneNumbers';

describe('phone numbers', () => {
  it('shows E.164 numbers the way UK readers write them', () => {
    expect(displayNumber('+448000121700')).toBe('0800 012 1700');
    expect(displayNumber('+448000434303')).toBe('0800 043 4303');
    expect(displayNumber('+448008083733')).toBe('0800 808 3733');
    expect(displayNumber('+448001111')).toBe('0800 1111');
    expect(displayNumber('+441412767724')).toBe('0141 276 7724');
    expect(displayNumber('+442077007311')).toBe('020 7700 7311');
    expect(displayNumber('116123')).toBe('116 123');
    expect(displayNumber('999')).toBe('999');
  });

  it('dials with tel: and texts with sms:', () => {
    expect(dialHref('phone', '+448000121700')).toBe('tel:+448000121700');
    expect(dialHref('sms', '999')).toBe('sms:999');
  });

  it('finds numbers typed into prose, and leaves other figures alone', () => {
    expect(findTypedPhoneNumbers('Call 08000 121 700 or 0800 808 3733 now.')).toEqual(['08000 121 700', '0800 808 3733']);
    expect(findTypedPhoneNumbers('Ring 999 or 101, or 116 123.')).toEqual(['999', '101', '116 123']);
    expect(findTypedPhoneNumbers('+44 800 012 1700')).toEqual(['+44 800 012 1700']);
    expect(findTypedPhoneNumbers('Call 08000 121 700.')).toEqual(['08000 121 700']);
    expect(findTypedPhoneNumbers('Section 45 of the Modern Slavery Act 2015 and section 22.')).toEqual([]);
  });
});
