import { describe, expect, it } from 'vitest';
import { parseDate } from './parse-date';

describe('parseDate', () => {
  it.each([
    ['1980-03-22', '1980-03-22'],
    ['19800322', '1980-03-22'],
    ['20190210T000033', '2019-02-10'],
    ['--0203', '--02-03'],
    ['--02-03', '--02-03'],
    ['--0229', '--02-29'],
    ['1980/3/22', '1980-03-22'],
    ['22.03.1980', '1980-03-22'],
    ['3/22/1980', '1980-03-22'],
    ['22/03/1980', '1980-03-22'],
  ])('%s → %s', (raw, date) => {
    expect(parseDate(raw)).toEqual({ date });
  });

  it('reads Apple year-less birthdays by their placeholder year', () => {
    expect(parseDate('1604-08-15', { omitYear: '1604' })).toEqual({ date: '--08-15' });
    expect(parseDate('1604-08-15')).toEqual({ date: '1604-08-15' });
  });

  it('follows the day/month order it is given for ambiguous slash dates', () => {
    expect(parseDate('03/04/1980', { order: 'mdy' })).toEqual({ date: '1980-03-04' });
    expect(parseDate('03/04/1980', { order: 'dmy' })).toEqual({ date: '1980-04-03' });
  });

  it.each(['19723101', '2001-02-29', '--1399', 'circa 1800', '1980-13-01'])('%s is invalid', (raw) => {
    expect(parseDate(raw)).toEqual({ invalid: true });
  });

  it.each(['', '0/0/00', '0000-00-00', '00000000'])("'%s' is empty", (raw) => {
    expect(parseDate(raw)).toEqual({ empty: true });
  });
});
