import { Link, useLocation } from 'react-router';

/** Shown for a URL that is not a page of the tutorial. */
export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <article className="lesson">
      <title>Page not found · Deploy Lab</title>
      <h1 tabIndex={-1}>Page not found</h1>
      <p>
        There is no page at <code>{pathname}</code>. It may have moved. Start again from the <Link to="/">overview</Link>.
      </p>
    </article>
  );
}
