import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, Outlet, ScrollRestoration, useLocation, useNavigate, useNavigation } from 'react-router';
import { neighbours } from '../content/stages';
import { ApiSetting } from './api-setting';
import { FaultBanner } from './fault-banner';
import { HelpDialog, openHelpDialog } from './help-dialog';
import { PresenterControls } from './presenter-controls';
import { usePresenterMode } from './presenter-mode';
import { usePresenterShortcuts } from './presenter-shortcuts';
import { useSidebarCollapsed } from './sidebar-state';
import { SiteNav } from './site-nav';
import { TrafficIndicator } from './traffic-indicator';

/** The element a hash such as #drift points at, if it is on the page. */
export function hashTarget(hash: string): HTMLElement | null {
  if (hash.length < 2) return null;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}

/** The page frame: skip link, header with the teaching tools, navigation, main content; moves focus to the new page's heading after navigation. */
export function Layout() {
  const { pathname, hash } = useLocation();
  const navigation = useNavigation();
  const navigate = useNavigate();
  const [menuOpen, setMenuOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const first = useRef(true);
  const lastPath = useRef(pathname);
  const helpRef = useRef<HTMLDialogElement>(null);
  const mode = usePresenterMode();
  const [navCollapsed, setNavCollapsed] = useSidebarCollapsed(mode.presenter);

  // Runs after every navigation (pathname or hash).
  useEffect(() => {
    setMenuOpen(false);
    // Keep the first load as the browser leaves it (Tab reaches "Skip to content" first);
    // after a client-side navigation, tell screen-reader users where they are by focusing the h1,
    // or the element a link's #hash names (a glossary term), which the router has scrolled to.
    if (first.current) {
      first.current = false;
      return;
    }
    // Same page, hash gone: a control rewrote the search params (and dropped "#content" from the skip link).
    // That is no navigation; moving focus to the h1 would throw the learner off the control they are using.
    const samePage = lastPath.current === pathname;
    lastPath.current = pathname;
    if (samePage && hash.length < 2) return;
    const target = hashTarget(hash) ?? document.querySelector<HTMLElement>('main h1');
    target?.focus();
  }, [pathname, hash]);

  const setPresenter = (on: boolean) => {
    mode.setPresenter(on);
    setAnnouncement(on ? 'Presenter mode on: larger text, quiz answers hidden until revealed.' : 'Presenter mode off.');
  };
  const goTo = (direction: 'previous' | 'next') => {
    const stage = neighbours(pathname.replace(/\/$/, '') || '/')[direction];
    if (stage) navigate(stage.path);
    else setAnnouncement(direction === 'next' ? 'This is the last step.' : 'This is the first step.');
  };

  usePresenterShortcuts(mode.shortcuts, {
    help: () => openHelpDialog(helpRef.current),
    'toggle-presenter': () => setPresenter(!mode.presenter),
    'next-step': () => goTo('next'),
    'previous-step': () => goTo('previous'),
  });

  return (
    <>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="site-header">
        {/* Folds the step list away on wide screens (phones use the Menu button); remembered per mode. */}
        <button type="button" className="quiet nav-toggle" aria-expanded={!navCollapsed} aria-controls="site-nav" onClick={() => setNavCollapsed(!navCollapsed)}>
          <span aria-hidden="true" className="nav-toggle-icon">
            ☰
          </span>
          Steps
        </button>
        <Link to="/" className="brand">
          <span aria-hidden="true" className="brand-mark">
            D
          </span>
          Deploy Lab
        </Link>
        <p className="tagline">From raw data to a deployed, monitored model</p>
        <PresenterControls
          presenter={mode.presenter}
          revealAnswers={mode.revealAnswers}
          shortcuts={mode.shortcuts}
          onPresenterChange={setPresenter}
          onRevealChange={(on) => {
            mode.setRevealAnswers(on);
            setAnnouncement(on ? 'Answers revealed.' : 'Answers hidden.');
          }}
          onHelp={() => openHelpDialog(helpRef.current)}
        />
        <TrafficIndicator />
        <ApiSetting />
        <button type="button" className="menu-button" aria-expanded={menuOpen} aria-controls="site-nav" onClick={() => setMenuOpen((o) => !o)}>
          {menuOpen ? 'Close menu' : 'Menu'}
        </button>
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </header>
      <FaultBanner />
      <div className={navCollapsed ? 'frame nav-collapsed' : 'frame'}>
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
      <HelpDialog dialogRef={helpRef} shortcuts={mode.shortcuts} onShortcutsChange={mode.setShortcuts} />
      <ScrollRestoration />
    </>
  );
}
