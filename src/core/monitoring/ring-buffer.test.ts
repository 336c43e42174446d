// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { RingBuffer } from './ring-buffer';

describe('RingBuffer', () => {
  it('keeps items oldest first until full', () => {
    const b = new RingBuffer<number>(3);
    b.push(1);
    b.push(2);
    expect(b.toArray()).toEqual([1, 2]);
    expect(b.size).toBe(2);
    expect(b.capacity).toBe(3);
  });

  it('stays bounded: 100,000 pushes into capacity 10,000 keep the newest 10,000 in order', () => {
    const b = new RingBuffer<number>(10_000);
    for (let i = 0; i < 100_000; i++) b.push(i);
    expect(b.size).toBe(10_000);
    const items = b.toArray();
    expect(items).toHaveLength(10_000);
    expect(items[0]).toBe(90_000);
    expect(items[9_999]).toBe(99_999);
    expect(items.every((v, i) => i === 0 || v === (items[i - 1] as number) + 1)).toBe(true);
  });

  it('clear empties it and it fills again from the start', () => {
    const b = new RingBuffer<string>(2);
    b.push('a');
    b.push('b');
    b.push('c');
    b.clear();
    expect(b.size).toBe(0);
    expect(b.toArray()).toEqual([]);
    b.push('d');
    expect(b.toArray()).toEqual(['d']);
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new RingBuffer(0)).toThrow(RangeError);
    expect(() => new RingBuffer(1.5)).toThrow(RangeError);
  });
});
