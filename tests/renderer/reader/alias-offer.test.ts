import { describe, expect, it } from 'vitest';
import type { Entity, Indicator } from '../../../shared/model';
import { aliasOffer, type AcceptedSuggestion } from '../../../renderer/src/reader/alias-offer';

const EXPORTS: Indicator = { id: 'ind-1', name: 'Export value', unit: 'USD', definition: '', aliases: ['kim ngạch xuất khẩu'] };
const FDI: Indicator = { id: 'ind-2', name: 'FDI registered capital', unit: 'USD', definition: '', aliases: [] };
const BN: Entity = { id: 'ent-1', name: 'Bắc Ninh', kind: 'province', aliases: ['tỉnh Bắc Ninh'] };
const accepted = (hint: string, suggestedIndicator = '', before = '', suggestedEntity = ''): AcceptedSuggestion => ({
  hint,
  suggestedIndicator,
  before,
  suggestedEntity,
  lang: 'vi',
});

describe('aliasOffer', () => {
  it('offers the clause’s key phrase when the curator picks an indicator the words did not suggest', () => {
    expect(aliasOffer('obs-1', 'indicator', 'Export value', accepted('giá trị hàng hóa xuất khẩu của tỉnh Bắc Ninh'), [EXPORTS, FDI], [BN])).toEqual({
      observationId: 'obs-1',
      collection: 'indicators',
      recordId: 'ind-1',
      recordName: 'Export value',
      phrase: 'giá trị hàng hóa xuất khẩu',
    });
  });
  it('does not offer when the suggestion already named that indicator', () => {
    expect(aliasOffer('obs-1', 'indicator', 'export value', accepted('giá trị xuất khẩu', 'Export value'), [EXPORTS, FDI], [BN])).toBeNull();
  });
  it('does not offer a phrase that already names a record, nor for a name outside the catalogue', () => {
    expect(aliasOffer('obs-1', 'indicator', 'FDI registered capital', accepted('kim ngạch xuất khẩu'), [EXPORTS, FDI], [BN])).toBeNull();
    expect(aliasOffer('obs-1', 'indicator', 'Imports', accepted('kim ngạch nhập khẩu'), [EXPORTS, FDI], [BN])).toBeNull();
  });
  it('does not offer when the clause holds no key phrase', () => {
    expect(aliasOffer('obs-1', 'indicator', 'Export value', accepted('tăng'), [EXPORTS, FDI], [BN])).toBeNull();
  });
  it('offers the name written before the figure when the curator picks another entity', () => {
    const memo = accepted('kim ngạch xuất khẩu', 'Export value', 'Năm 2023, kim ngạch xuất khẩu của Kinh Bắc', 'Bắc Ninh');
    expect(aliasOffer('obs-1', 'entity', 'bac ninh', { ...memo, suggestedEntity: '' }, [EXPORTS], [BN])).toMatchObject({
      collection: 'entities',
      recordId: 'ent-1',
      phrase: 'Kinh Bắc',
    });
    // The suggestion already named it: nothing to learn.
    expect(aliasOffer('obs-1', 'entity', 'Bắc Ninh', memo, [EXPORTS], [BN])).toBeNull();
  });
});
