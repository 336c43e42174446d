import { Link } from 'react-router';
import { stageByPath } from '../../content/stages';
import { StagePage } from '../../ui/stage-page';
import { useRecap } from './use-recap';
import './recap.css';

/** /recap: what the learner built, in their own stored numbers, their review answers, and where to go next. */
export default function RecapPage() {
  const { facts, answers, stepsLeft } = useRecap();
  return (
    <StagePage path="/recap">
      {/* A list, not one sentence: this arrives after the lesson, and one long block would become the largest paint (LCP). */}
      {stepsLeft.length > 0 && (
        <div className="callout steps-left">
          <p>Not every step is done yet. The recap shows what you have so far; the rest says “not done yet”.</p>
          <ul aria-label="Steps not done yet">
            {stepsLeft.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
      )}
      <section aria-labelledby="recap-built" className="measure">
        <h2 id="recap-built">What you built</h2>
        {facts === null ? (
          <p role="status">Reading your saved work…</p>
        ) : (
          <dl className="recap-facts">
            {facts.map((f) => (
              <div key={f.id}>
                <dt>{f.label}</dt>
                <dd>
                  {f.value ?? (
                    <>
                      Not done yet. <Link to={f.to}>Go to {stageByPath(f.to)?.short ?? 'that step'}</Link>
                    </>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        )}
        <p className="muted">
          Not kept yet, so not shown: the confusion matrix and the endpoint’s latency and drift. They live only while their page is open; the Evaluate and Monitor pages show them.
        </p>
      </section>
      <section aria-labelledby="recap-review" className="measure">
        <h2 id="recap-review">Your answers to the eight review questions</h2>
        <table className="recap-review">
          <caption className="visually-hidden">Quiz questions answered and right, per review question (your latest attempts)</caption>
          <thead>
            <tr>
              <th scope="col">Review question</th>
              <th scope="col">Answered</th>
              <th scope="col">Right</th>
            </tr>
          </thead>
          <tbody>
            {answers.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.title}</th>
                <td>{a.answered === 0 ? 'Not done yet' : `${a.answered} of ${a.total}`}</td>
                <td>{a.answered === 0 ? '—' : `${a.correct} of ${a.answered}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <Link to="/quiz">Answer or revisit them in the quiz</Link>
        </p>
      </section>
      <section aria-labelledby="recap-next" className="measure">
        <h2 id="recap-next">Next: deploy for real</h2>
        <p>
          Your endpoint ran inside this tab. The same code also runs as a real server that any program can call. Start with the deploy page: it shows your model behind the endpoint and
          the Python program that calls it.
        </p>
        <p>
          <Link className="button-link" to="/deploy/endpoint">
            Next: deploy for real
          </Link>
        </p>
      </section>
    </StagePage>
  );
}
