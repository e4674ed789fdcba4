import { describe, expect, it } from 'vitest';
import { blankObservationFields, type Observation } from '../../../shared/model';
import { editToPatch } from '../../../renderer/src/grid/edit-patch';
import { figureFromStated } from '../../../renderer/src/grid/stated-figure';

const row = (extra: Partial<Observation> = {}): Observation =>
  ({ id: 'obs-1', ...blankObservationFields(), createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', ...extra }) as Observation;

describe('typing the Stated text', () => {
  it('fills value, unit and qualifier from the words as written', () => {
    const r = editToPatch('stated', 'gần 29 tỷ USD', row(), null);
    expect(r).toEqual({ ok: true, value: { stated: 'gần 29 tỷ USD', value: 29e9, unit: 'USD', qualifier: 'nearly' } });
  });
  it('replaces a value typed before, since the words are what the source said', () => {
    const r = editToPatch('stated', 'hơn 840 nghìn tỷ đồng', row({ value: 5, unit: '%', stated: '5%' }), null);
    expect(r.ok && r.value).toMatchObject({ value: 840e12, unit: 'VND', qualifier: 'over' });
  });
  it('reads English separators in an English text', () => {
    expect(figureFromStated('about $1,030.5 million', 'en')).toEqual({ value: 1030.5e6, unit: 'USD', qualifier: 'approx' });
  });
  it('leaves the figure alone when the words hold none', () => {
    const r = editToPatch('stated', 'not stated', row({ value: 7, unit: 'project', stated: '7 dự án' }), null);
    expect(r).toEqual({ ok: true, value: { stated: 'not stated' } });
  });
});
