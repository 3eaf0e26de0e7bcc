/** A clock tests move by hand, so search lag and ages need no real waiting. */
export interface ManualClock {
  now: () => Date;
  advance(ms: number): void;
  set(date: Date): void;
}

export function manualClock(start: Date = new Date('2026-11-25T02:00:00Z')): ManualClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (date) => {
      current = date.getTime();
    },
  };
}
