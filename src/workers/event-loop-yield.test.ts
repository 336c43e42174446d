// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createEventLoopYield } from './event-loop-yield';

describe('createEventLoopYield', () => {
  it('lets a timer run while a loop keeps yielding', async () => {
    const pause = createEventLoopYield();
    let fired = false;
    setTimeout(() => {
      fired = true;
    }, 5);
    let spins = 0;
    const started = performance.now();
    while (!fired && performance.now() - started < 2000) {
      await pause.next();
      spins++;
    }
    pause.close();
    expect(fired).toBe(true);
    expect(spins).toBeGreaterThan(0);
  });
});
