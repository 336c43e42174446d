/** Shown while the first page's code loads (the router's hydrate fallback): the product name and a status line. */
export function LoadingShell() {
  return (
    <div className="loading-shell">
      <p className="brand">Deploy Lab</p>
      <p role="status" className="loading">
        <span className="spinner" aria-hidden="true" /> Loading the lesson…
      </p>
    </div>
  );
}
