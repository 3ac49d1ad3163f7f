import { describe, expect, it } from 'vitest';
import { agendaTotals } from './agendaTotals';

describe('agendaTotals', () => {
  it('adds the allotted minutes up case by case', () => {
    const totals = agendaTotals([10, 5, 15], 60);
    expect(totals.runningTotals).toEqual([10, 15, 30]);
    expect(totals.totalMinutes).toBe(30);
    expect(totals.remainingMinutes).toBe(30);
    expect(totals.isOver).toBe(false);
  });

  it('is not over when the agenda fills the board exactly', () => {
    const totals = agendaTotals([30, 30], 60);
    expect(totals.isOver).toBe(false);
    expect(totals.remainingMinutes).toBe(0);
    expect(totals.overByMinutes).toBe(0);
  });

  it('warns by how much the agenda runs over', () => {
    const totals = agendaTotals([30, 25, 10], 60);
    expect(totals.isOver).toBe(true);
    expect(totals.overByMinutes).toBe(5);
    expect(totals.remainingMinutes).toBe(0);
  });

  it('counts minutes still being typed as nothing', () => {
    const totals = agendaTotals([10, null, 5], 30);
    expect(totals.runningTotals).toEqual([10, 10, 15]);
    expect(totals.totalMinutes).toBe(15);
  });

  it('handles an empty agenda', () => {
    expect(agendaTotals([], 45)).toMatchObject({
      totalMinutes: 0,
      remainingMinutes: 45,
      isOver: false,
    });
  });
});
