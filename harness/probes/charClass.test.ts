import { describe, expect, it } from 'vitest';
import { classKinds, inClass, outsideClass } from './charClass.js';

const SWAS_NAME = 'A-Za-z0-9:_\\u4e00-\\u9fa5\\-';

describe('charClass', () => {
  it('reads one character of each range and each single character', () => {
    expect(classKinds(SWAS_NAME)).toEqual(['A', 'a', '0', ':', '_', '\u4e00', '-']);
    expect(classKinds('\\x20-\\x7E')).toEqual([' ']);
    expect(classKinds('A-Za-z\\u4e00-\\u9fa5')).toEqual(['A', 'a', '\u4e00']);
  });

  it('tests membership with the class as a unicode regular expression', () => {
    expect(inClass(SWAS_NAME, '\u9fa5')).toBe(true);
    expect(inClass(SWAS_NAME, '-')).toBe(true);
    expect(inClass(SWAS_NAME, '.')).toBe(false);
    expect(inClass(SWAS_NAME, '\u00e9')).toBe(false);
  });

  it('picks the candidate characters outside a class', () => {
    expect(outsideClass(SWAS_NAME)).toEqual([' ', '/', '@', '.', '#', '\u00e9']);
    expect(outsideClass('A-Za-z0-9\\u4e00-\\u9fa5.:_\\-')).toEqual([' ', '/', '@', '#', '\u00e9']);
  });

  it('refuses classes it cannot read', () => {
    expect(() => classKinds('^a-z')).toThrow(/negated/);
    expect(() => classKinds('\\d')).toThrow(/not supported/);
  });
});
