import type { HeaderPair } from '../core/http/exchange';

/** Headers as a two-column table (name, value) with a caption naming whose headers they are. */
export function HeadersTable({ headers, caption }: { headers: readonly HeaderPair[]; caption: string }) {
  if (headers.length === 0) return <p className="muted">{caption}: none.</p>;
  return (
    <table className="headers-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {headers.map(([name, value], i) => (
          // Headers may repeat, so the index keeps keys unique.
          // biome-ignore lint/suspicious/noArrayIndexKey: order is stable for one exchange
          <tr key={`${name}-${i}`}>
            <th scope="row" className="http-header-name">
              {name}
            </th>
            <td className="http-header-value">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
