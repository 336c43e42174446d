import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { FaultBanner } from './fault-banner';
import { SiteNav } from './site-nav';

/** The page frame: skip link, header, navigation, main content; moves focus to the new page's heading after navigation. */
export function Layout() {
  const { pathname } = useLocation();
  const navigation = useNavigation();
  const [menuOpen, setMenuOpen] = useState(false);
  const first = useRef(true);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose after every navigation
  useEffect(() => {
    setMenuOpen(false);
    // Keep the first load as the browser leaves it (Tab reaches "Skip to content" first);
    // after a client-side navigation, tell screen-reader users where they are by focusing the h1.
    if (first.current) {
      first.current = false;
      return;
    }
    const h1 = document.querySelector<HTMLElement>('main h1');
    h1?.focus();
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          <span aria-hidden="true" className="brand-mark">
            D
          </span>
          Deploy Lab
        </Link>
        <p className="tagline">From raw data to a deployed, monitored model</p>
        <button type="button" className="menu-button" aria-expanded={menuOpen} aria-controls="site-nav" onClick={() => setMenuOpen((o) => !o)}>
          {menuOpen ? 'Close menu' : 'Menu'}
        </button>
      </header>
      <FaultBanner />
      <div className="frame">
        <SiteNav open={menuOpen} />
        <main id="content" tabIndex={-1}>
          {navigation.state === 'loading' && (
            <div className="route-progress" role="progressbar" aria-label="Loading page">
              <span />
            </div>
          )}
          <Suspense fallback={<p role="status">Loading page…</p>}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      <ScrollRestoration />
    </>
  );
}
