import { describe, expect, it } from 'vitest';
import { SseFrames } from '../../../renderer/src/api/sse-frames';
import { SeqOrder } from '../../../renderer/src/state/seq-order';

describe('SeqOrder: own results and pushed changes applied once, in history order', () => {
  it('hands out items in seq order, holding a later one until the missing one arrives', () => {
    const o = new SeqOrder<string>(4);
    expect(o.offer(6, 'own result 6')).toEqual([]);
    expect(o.gap).toBe(true);
    expect(o.applied).toBe(4);
    expect(o.offer(5, 'pushed 5')).toEqual(['pushed 5', 'own result 6']);
    expect(o.gap).toBe(false);
    expect(o.applied).toBe(6);
  });

  it('never applies a seq twice (own result and its push) nor one the snapshot already holds', () => {
    const o = new SeqOrder<string>(10);
    expect(o.offer(10, 'in the snapshot')).toEqual([]);
    expect(o.offer(11, 'own')).toEqual(['own']);
    expect(o.offer(11, 'its push')).toEqual([]);
    expect(o.offer(13, 'x')).toEqual([]);
    expect(o.offer(13, 'x again')).toEqual([]);
    o.reset(20);
    expect(o.gap).toBe(false);
    expect(o.offer(21, 'after reload')).toEqual(['after reload']);
  });
});

describe('SseFrames', () => {
  it('yields each event’s data across chunk boundaries, skipping comments, ids and event names', () => {
    const f = new SseFrames();
    expect(f.push(': tally events\n\nid: 3\nevent: tally\ndata: {"a":')).toEqual([]);
    expect(f.push('1}\n\n: keep-alive\n\ndata: x\r\n\r\n')).toEqual(['{"a":1}', 'x']);
    expect(f.push('data: one\ndata: two\n\n')).toEqual(['one\ntwo']);
  });
});
