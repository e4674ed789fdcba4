import { useCallback, useEffect, useRef, useState } from 'react';
import type { FoundFigure } from '../../../shared/extract/found-figure';
import type { Language, Observation } from '../../../shared/model';
import type { Span } from '../../../shared/text/anchor';
import { errorText, useDataset } from '../state';
import { aliasOffer, type AcceptedSuggestion, type AliasOffer } from './alias-offer';

/**
 * Learning (issue 9): remembers the rows made from suggestions this session and, when one of them gets an entity
 * or indicator its clause's words did not suggest, offers those words as an alias: never silently, one offer at a
 * time, taken with `learn` (the l key) or dismissed.
 */
export function useAliasLearning(say: (announcement: string) => void, complain: (problem: string) => void) {
  const { doc, run, onChanges } = useDataset();
  const accepted = useRef(new Map<string, AcceptedSuggestion>());
  const [offer, setOffer] = useState<AliasOffer | null>(null);
  const docRef = useRef(doc);
  docRef.current = doc;

  useEffect(
    () =>
      onChanges((changes) => {
        const d = docRef.current;
        for (const c of changes) {
          if (c.collection !== 'observations' || !c.after || !c.before || !d) continue;
          const memo = accepted.current.get(c.id);
          if (!memo) continue;
          const after = c.after as Observation;
          const before = c.before as Observation;
          // When both change, the indicator's offer (the more useful alias) is the one shown.
          for (const field of ['entity', 'indicator'] as const) {
            if (after[field] === before[field]) continue;
            const next = aliasOffer(c.id, field, after[field], memo, d.indicators, d.entities);
            if (next) setOffer(next);
          }
        }
      }),
    [onChanges],
  );

  /** Notes what a new row's suggestion said: its clause (quote) and the catalogue names it gave. */
  const remember = useCallback((observationId: string, f: FoundFigure, text: string, clause: Span, lang: Language) => {
    accepted.current.set(observationId, {
      hint: f.indicatorHint,
      before: text.slice(clause.start, f.start),
      suggestedIndicator: f.indicator ?? '',
      suggestedEntity: f.entity ?? '',
      lang,
    });
    setOffer(null);
  }, []);

  const learn = useCallback(async () => {
    if (!offer) return;
    const r = await run('catalogue-add-alias', { collection: offer.collection, id: offer.recordId, alias: offer.phrase });
    if (!r.ok) return complain(`Alias not added: ${errorText(r.error)}`);
    say(`Remembered “${offer.phrase}” as an alias of ${offer.recordName}.`);
    setOffer(null);
  }, [offer, run, say, complain]);

  const offerElement = offer && (
    <div className="learn-offer" role="group" aria-label="Learn an alias">
      <span>
        The clause said “{offer.phrase}”. Remember it as an alias of {offer.recordName}? (l)
      </span>
      <button type="button" className="primary" onClick={() => void learn()}>
        Remember “{offer.phrase}” as an alias of {offer.recordName}
      </button>
      <button type="button" onClick={() => setOffer(null)} aria-label="Do not remember this alias">
        No thanks
      </button>
    </div>
  );
  return { remember, learn: offer ? learn : null, offerElement };
}
