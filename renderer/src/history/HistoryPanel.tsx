// Placeholder: replaced by issue 4 work (history list of changes).
export function HistoryPanel() {
  return (
    <section className="placeholder-view" aria-label="History">
      <h2>History</h2>
    </section>
  );
}
