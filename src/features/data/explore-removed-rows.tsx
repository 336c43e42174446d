import type { RemovedRow } from '../../core/data/pipeline';

/** Every removed row with its reason, in a collapsible list (closed by default: it can be long). */
export function ExploreRemovedRows({ removed }: { removed: readonly RemovedRow[] }) {
  if (removed.length === 0) return <p className="muted">No rows are removed with these choices.</p>;
  return (
    <details className="removed-rows">
      <summary>
        Show the {removed.length} removed row{removed.length === 1 ? '' : 's'} and why
      </summary>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="twin-scroll" tabIndex={0} aria-label="Removed rows">
        <table>
          <caption>Removed rows, in the order the pipeline removed them</caption>
          <thead>
            <tr>
              <th scope="col">row</th>
              <th scope="col">species</th>
              <th scope="col">reason</th>
            </tr>
          </thead>
          <tbody>
            {removed.map((r) => (
              <tr key={r.row.id}>
                <th scope="row">{r.row.id}</th>
                <td>{r.row.species}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </details>
  );
}
