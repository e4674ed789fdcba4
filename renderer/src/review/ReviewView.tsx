// Placeholder: replaced by issue 4 work (review queue of groups).
export function ReviewView() {
  return (
    <section className="placeholder-view" aria-label="Review">
      <h2>Review</h2>
    </section>
  );
}
