import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

export type View = 'observations' | 'review' | 'history';
export type DialogName = 'sources' | 'add-source' | 'export' | 'import-article' | 'import-observations' | null;

/** A request for the reader to scroll to and highlight a span; `nonce` makes repeated requests for one span count. */
export interface ShowInSourceRequest {
  sourceId: string;
  start: number;
  end: number;
  nonce: number;
}

export interface FocusRequest {
  observationId: string;
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
  requestFocusRow: (observationId: string) => void;
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

export function UiProvider({ children }: { children: ReactNode }) {
  const [view, setView] = useState<View>('observations');
  const [selectedObservationId, selectObservation] = useState<string | null>(null);
  const [readerSourceId, setReaderSourceId] = useState<string | null>(null);
  const [showInSource, setShowInSource] = useState<ShowInSourceRequest | null>(null);
  const [dialog, openDialog] = useState<DialogName>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [reviewRequest, setReviewRequest] = useState<ReviewRequest | null>(null);
  // Requests are cleared once taken, so their nonces come from a counter rather than the previous request.
  const nonce = useRef(0);
  const [shownCount, setShownCount] = useState<number | null>(null);

  const requestShowInSource = useCallback((req: { sourceId: string; start: number; end: number }) => {
    setReaderSourceId(req.sourceId);
    setShowInSource((prev) => ({ ...req, nonce: (prev?.nonce ?? 0) + 1 }));
  }, []);
  const requestFocusRow = useCallback((observationId: string) => {
    setFocusRequest({ observationId, nonce: ++nonce.current });
  }, []);
  const consumeFocusRequest = useCallback((n: number) => {
    setFocusRequest((prev) => (prev?.nonce === n ? null : prev));
  }, []);
  const requestReviewGroup = useCallback((keyString: string) => {
    setReviewRequest({ keyString, nonce: ++nonce.current });
    setView('review');
  }, []);
  const consumeReviewRequest = useCallback((n: number) => {
    setReviewRequest((prev) => (prev?.nonce === n ? null : prev));
  }, []);

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
    [
      view,
      selectedObservationId,
      readerSourceId,
      showInSource,
      requestShowInSource,
      dialog,
      focusRequest,
      requestFocusRow,
      consumeFocusRequest,
      reviewRequest,
      requestReviewGroup,
      consumeReviewRequest,
      shownCount,
    ],
  );
  return <UiContext.Provider value={store}>{children}</UiContext.Provider>;
}

/** Selection, current view, open dialog and "show in source" requests shared across panes. */
export function useUi(): UiStore {
  const s = useContext(UiContext);
  if (!s) throw new Error('useUi must be used inside <UiProvider>');
  return s;
}
