import type { ReactNode } from 'react';
import { SHORTCUTS } from '../content/shortcuts';

/** The keyboard shortcuts as a table of key and effect (the help dialog and the instructor guide list the same keys). */
export function ShortcutTable({
  caption,
  extraRows,
}: {
  /** A caption for screen readers only (where no heading names the table). */
  caption?: string;
  /** Rows that hold only where the table is shown, such as Esc closing the dialog. */
  extraRows?: ReactNode;
}) {
  return (
    <table className="shortcut-table">
      {caption && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">What it does</th>
        </tr>
      </thead>
      <tbody>
        {SHORTCUTS.map((s) => (
          <tr key={s.action}>
            <td>
              <kbd>{s.label}</kbd>
            </td>
            <td>{s.what}</td>
          </tr>
        ))}
        {extraRows}
      </tbody>
    </table>
  );
}
