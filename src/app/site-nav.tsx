import { NavLink } from 'react-router';
import { PHASES, STAGES } from '../content/stages';

/** The navigation landmark: the steps grouped under the workflow's three phases, then the extra pages. */
export function SiteNav({ open }: { open: boolean }) {
  const more = STAGES.filter((s) => s.phase === 'more');
  return (
    <nav id="site-nav" aria-label="Tutorial steps" className={open ? 'site-nav open' : 'site-nav'}>
      <ul className="nav-more">
        {more.slice(0, 1).map((s) => (
          <li key={s.id}>
            <NavLink to={s.path} end>
              {s.short}
            </NavLink>
          </li>
        ))}
      </ul>
      {PHASES.map((phase, p) => (
        <section key={phase.id} aria-labelledby={`nav-${phase.id}`} className="nav-phase">
          <h2 id={`nav-${phase.id}`}>
            <span aria-hidden="true" className="phase-number">
              {p + 1}
            </span>
            {phase.title}
          </h2>
          <ol>
            {STAGES.filter((s) => s.phase === phase.id).map((s) => (
              <li key={s.id}>
                <NavLink to={s.path}>{s.short}</NavLink>
              </li>
            ))}
          </ol>
        </section>
      ))}
      <ul className="nav-more">
        {more.slice(1).map((s) => (
          <li key={s.id}>
            <NavLink to={s.path}>{s.short}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
