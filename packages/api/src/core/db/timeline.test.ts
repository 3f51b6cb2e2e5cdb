import { changedFrom, valueOn, withoutItems, type TimedValue } from './timeline';

const period = (value: unknown, validFrom: string | null, validTo: string | null): TimedValue => ({
  value,
  validFrom,
  validTo,
});

describe('changedFrom', () => {
  const history = [period('A', null, '2024-01-01'), period('B', '2024-01-01', null)];

  it('ends the period running over the day and opens the new value from it', () => {
    expect(changedFrom(history, 'C', '2025-03-01')).toEqual([
      period('A', null, '2024-01-01'),
      period('B', '2024-01-01', '2025-03-01'),
      period('C', '2025-03-01', null),
    ]);
  });

  it('lets what was recorded from the day on give way to the new value', () => {
    expect(changedFrom(history, 'C', '2023-06-01')).toEqual([
      period('A', null, '2023-06-01'),
      period('C', '2023-06-01', null),
    ]);
    expect(changedFrom(history, 'C', '2024-01-01')).toEqual([
      period('A', null, '2024-01-01'),
      period('C', '2024-01-01', null),
    ]);
  });

  it('joins the new value to the period before when it is the same: undoing leaves no seam', () => {
    const changed = changedFrom(history, 'C', '2025-03-01');
    expect(changedFrom(changed, 'B', '2025-03-01')).toEqual(history);
  });

  it('corrects the day a value began when the same value is given from another day', () => {
    expect(changedFrom(history, 'B', '2023-01-01')).toEqual([
      period('A', null, '2023-01-01'),
      period('B', '2023-01-01', null),
    ]);
  });

  it('without a day, gives the value for as long as the record is known', () => {
    expect(changedFrom(history, 'C', null)).toEqual([period('C', null, null)]);
    expect(changedFrom([], ['x', 'y'], null)).toEqual([period(['x', 'y'], null, null)]);
  });
});

describe('valueOn', () => {
  const history = [period('A', null, '2024-01-01'), period('B', '2024-01-01', '2025-01-01')];

  it('gives the value of the period holding on the day, half-open', () => {
    expect(valueOn(history, '1990-01-01')).toBe('A');
    expect(valueOn(history, '2023-12-31')).toBe('A');
    expect(valueOn(history, '2024-01-01')).toBe('B');
    expect(valueOn(history, '2025-01-01')).toBeUndefined();
  });
});

describe('withoutItems', () => {
  it('takes items out of every period and joins the periods left alike', () => {
    const history = [
      period(['a'], null, '2024-01-01'),
      period(['a', 'b'], '2024-01-01', '2025-01-01'),
      period(['c', 'b'], '2025-01-01', null),
    ];
    expect(withoutItems(history, ['b'])).toEqual([
      period(['a'], null, '2025-01-01'),
      period(['c'], '2025-01-01', null),
    ]);
  });
});
