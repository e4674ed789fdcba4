import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

export type View = 'observations' | 'review' | 'history';
export type DialogName = 'settings' | 'sources' | 'add-source' | 'export' | 'import-article' | 'import-observations' | 'catalogue' | null;

/** A request for the reader to scroll to and highlight a span; `nonce` makes repeated requests for one span count. */
export interface ShowInSourceRequest {
  sourceId: string;
  start: number;
  end: number;
  nonce: number;
}

export interface FocusRequest {
  observationId: string;
  /** False: show and select the row but leave the keyboard where it is (the reader accepting a suggestion). */
  takeFocus?: boolean;
  nonce: number;
}

export interface ReviewRequest {
  keyString: string;
  nonce: number;
}

export interface UiStore {
  view: View;
  setView: (v: View) => void;
  /** The grid's focused/selected observation (null when none). */
  selectedObservationId: string | null;
  selectObservation: (id: string | null) => void;
  /** The source the reader pane shows; set by selecting a row with a source, or explicitly. */
  readerSourceId: string | null;
  setReaderSourceId: (id: string | null) => void;
  /** The latest "show in source" request; the reader scrolls to it and highlights it. */
  showInSource: ShowInSourceRequest | null;
  requestShowInSource: (req: { sourceId: string; start: number; end: number }) => void;
  /** Which modal dialog is open (toolbar buttons and menu commands open them). */
  dialog: DialogName;
  openDialog: (d: DialogName) => void;
  /**
   * Ask the grid to focus a row (e.g. a new draft row). It stays pending until the grid takes it, so a grid that
   * mounts later (after a view switch) still lands on the row; the grid then calls consumeFocusRequest.
   */
  focusRequest: FocusRequest | null;
  requestFocusRow: (observationId: string, opts?: { takeFocus?: boolean }) => void;
  consumeFocusRequest: (nonce: number) => void;
  /**
   * Ask the Review view to show one group (by key string); switches to the Review view. Pending until the view
   * takes it (consumeReviewRequest), so it works whether or not the view is already mounted.
   */
  reviewRequest: ReviewRequest | null;
  requestReviewGroup: (keyString: string) => void;
  consumeReviewRequest: (nonce: number) => void;
  /** Rows the grid shows after its filters and quick search (null before the grid has reported). */
  shownCount: number | null;
  setShownCount: (n: number | null) => void;
}

const UiContext = createContext<UiStore | null>(null);

/** A request that waits until its consumer takes it: `make` sets it with a fresh nonce, `consume(nonce)` clears it. */
function usePendingRequest<T extends object>() {
  const [request, setRequest] = useState<(T & { nonce: number }) | null>(null);
  const nonce = useRef(0);
  const make = useCallback((value: T) => setRequest({ ...value, nonce: ++nonce.current }), []);
  const consume = useCallback((n: number) => setRequest((prev) => (prev?.nonce === n ? null : prev)), []);
  return [request, make, consume] as const;
}

export function UiProvider({ children }: { children: ReactNode }) {
  const [view, setView] = useState<View>('observations');
  const [selectedObservationId, selectObservation] = useState<string | null>(null);
  const [readerSourceId, setReaderSourceId] = useState<string | null>(null);
  const [showInSource, setShowInSource] = useState<ShowInSourceRequest | null>(null);
  const [dialog, openDialog] = useState<DialogName>(null);
  const [focusRequest, makeFocusRequest, consumeFocusRequest] = usePendingRequest<{ observationId: string; takeFocus?: boolean }>();
  const [reviewRequest, makeReviewRequest, consumeReviewRequest] = usePendingRequest<{ keyString: string }>();
  const [shownCount, setShownCount] = useState<number | null>(null);

  const requestShowInSource = useCallback((req: { sourceId: string; start: number; end: number }) => {
    setReaderSourceId(req.sourceId);
    setShowInSource((prev) => ({ ...req, nonce: (prev?.nonce ?? 0) + 1 }));
  }, []);
  const requestFocusRow = useCallback(
    (observationId: string, opts?: { takeFocus?: boolean }) => makeFocusRequest({ observationId, takeFocus: opts?.takeFocus }),
    [makeFocusRequest],
  );
  const requestReviewGroup = useCallback(
    (keyString: string) => {
      makeReviewRequest({ keyString });
      setView('review');
    },
    [makeReviewRequest],
  );

  // Every function here is stable (state setters, callbacks without changing inputs): the store changes with the state.
  const store = useMemo<UiStore>(
    () => ({
      view,
      setView,
      selectedObservationId,
      selectObservation,
      readerSourceId,
      setReaderSourceId,
      showInSource,
      requestShowInSource,
      dialog,
      openDialog,
      focusRequest,
      requestFocusRow,
      consumeFocusRequest,
      reviewRequest,
      requestReviewGroup,
      consumeReviewRequest,
      shownCount,
      setShownCount,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view, selectedObservationId, readerSourceId, showInSource, dialog, focusRequest, reviewRequest, shownCount],
  );
  return <UiContext.Provider value={store}>{children}</UiContext.Provider>;
}

/** Selection, current view, open dialog and "show in source" requests shared across panes. */
export function useUi(): UiStore {
  const s = useContext(UiContext);
  if (!s) throw new Error('useUi must be used inside <UiProvider>');
  return s;
}
