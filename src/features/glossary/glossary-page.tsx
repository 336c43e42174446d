import { useId, useState } from 'react';
import { Link } from 'react-router';
import { GLOSSARY } from '../../content/glossary';
import { StagePage } from '../../ui/stage-page';
import { filterTerms, groupByLetter, sortTerms } from './filter-terms';
import './glossary.css';

const SORTED = sortTerms(GLOSSARY);

/** /glossary: every term A–Z with a one-sentence definition, a filter, and an anchor per term (/glossary#drift). */
export default function GlossaryPage() {
  const id = useId();
  const [query, setQuery] = useState('');
  const shown = filterTerms(SORTED, query);
  const groups = groupByLetter(shown);

  return (
    <StagePage path="/glossary">
      <search className="glossary-filter">
        <div className="field">
          <label htmlFor={`${id}-filter`}>Filter terms</label>
          <input id={`${id}-filter`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} aria-describedby={`${id}-count`} autoComplete="off" spellCheck={false} />
        </div>
        <p id={`${id}-count`} role="status" className="muted">
          {shown.length === SORTED.length ? `${SORTED.length} terms.` : `${shown.length} of ${SORTED.length} terms match.`}
        </p>
      </search>
      {shown.length === 0 ? (
        <div className="callout">
          <p>No term contains “{query.trim()}”. Try a shorter word, or clear the filter to see every term.</p>
          <button type="button" className="quiet" onClick={() => setQuery('')}>
            Clear the filter
          </button>
        </div>
      ) : (
        groups.map((group) => (
          <section key={group.letter} aria-labelledby={`${id}-${group.letter}`} className="glossary-group">
            <h2 id={`${id}-${group.letter}`}>{group.letter}</h2>
            <dl className="glossary-list">
              {group.terms.map((t) => (
                <div key={t.id} id={t.id} tabIndex={-1} className="glossary-entry">
                  <dt>{t.term}</dt>
                  <dd>
                    {t.definition}
                    {t.seeIt && (
                      <>
                        {' '}
                        <Link to={t.seeIt.to} className="glossary-see">
                          See it: {t.seeIt.label}
                        </Link>
                      </>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))
      )}
    </StagePage>
  );
}
