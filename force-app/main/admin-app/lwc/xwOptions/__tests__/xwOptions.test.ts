import { ERROR_STATUSES, FREQUENCIES, labelOf, withAny } from 'c/xwOptions';
import { LABELS } from 'c/xwLabels';

describe('xwOptions', () => {
  it('labels a picklist value, or shows the value when it is not listed', () => {
    expect(labelOf(FREQUENCIES, 'Hourly')).toBe(LABELS.optHourly);
    expect(labelOf(FREQUENCIES, 'Weekly')).toBe('Weekly');
    expect(labelOf(FREQUENCIES, undefined)).toBe('');
  });

  it('puts Any in front of filter options', () => {
    const options = withAny(ERROR_STATUSES);
    expect(options[0]).toEqual({ value: '', label: LABELS.errorsAny });
    expect(options).toHaveLength(ERROR_STATUSES.length + 1);
  });
});
