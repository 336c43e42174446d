import { Link } from 'react-router';
import { CHARACTERISTICS, CLOUD_SECTIONS, PLATFORMS } from '../../content/cloud';
import type { CloudSection } from '../../content/cloud';
import { StagePage } from '../../ui/stage-page';
import './cloud.css';

function Section({ section }: { section: CloudSection }) {
  return (
    <section className="cloud-section" aria-labelledby={`cloud-${section.id}`}>
      <h2 id={`cloud-${section.id}`}>{section.title}</h2>
      {section.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {section.points && (
        <dl className="cloud-points">
          {section.points.map((p) => (
            <div key={p.term}>
              <dt>{p.term}</dt>
              <dd>{p.text}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

/** Cloud computing: what it is, why models are deployed there, what deployed code must be like, and the platforms. */
export default function CloudPage() {
  return (
    <StagePage path="/cloud">
      {CLOUD_SECTIONS.map((s) => (
        <Section key={s.id} section={s} />
      ))}

      <section className="cloud-section" aria-labelledby="cloud-characteristics">
        <h2 id="cloud-characteristics">What deployed model code is like</h2>
        <p>Code that serves a model to other programs needs more care than code in a notebook. Each point links to where you saw it in this app.</p>
        <ul className="cloud-traits">
          {CHARACTERISTICS.map((c) => (
            <li key={c.id}>
              <h3>{c.name}</h3>
              <p>{c.text}</p>
              <p className="cloud-see">
                See it:{' '}
                {c.seeIt.to.startsWith('#') ? <a href={c.seeIt.to}>{c.seeIt.label}</a> : <Link to={c.seeIt.to}>{c.seeIt.label}</Link>}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section className="cloud-section" aria-labelledby="platforms">
        <h2 id="platforms" tabIndex={-1}>
          Platforms that deploy models
        </h2>
        <p>
          Three large cloud providers host model endpoints for you. Open-source tools do the same on machines you run. Most often an application calls the model with an HTTP POST,
          like the requests in this app. Some servers, such as KServe and Triton, also offer gRPC, a binary protocol for calls between programs.
        </p>
        {/* Wide screens get the table; narrow ones a list of cards with the same facts (only one is displayed). */}
        <div className="cloud-table-wrap">
          <table className="cloud-table">
            <caption>How each platform deploys a model and how an application calls it</caption>
            <thead>
              <tr>
                <th scope="col">Platform</th>
                <th scope="col">How a model is deployed</th>
                <th scope="col">How it is called</th>
              </tr>
            </thead>
            <tbody>
              {PLATFORMS.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {p.name}
                    <span className="cloud-kind">{p.kind}</span>
                  </th>
                  <td>{p.deploy}</td>
                  <td>{p.call}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ul className="cloud-cards">
          {PLATFORMS.map((p) => (
            <li key={p.id}>
              <h3>{p.name}</h3>
              <p className="cloud-kind">{p.kind}</p>
              <dl>
                <dt>How a model is deployed</dt>
                <dd>{p.deploy}</dd>
                <dt>How it is called</dt>
                <dd>{p.call}</dd>
              </dl>
            </li>
          ))}
        </ul>
        <p className="muted">Details change between versions of each platform; check its own documentation before you build on it.</p>
      </section>
    </StagePage>
  );
}
