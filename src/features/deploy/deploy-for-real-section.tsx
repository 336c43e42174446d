import { Link } from 'react-router';
import WEB_APP_PY from '../../../public/examples/web_app.py?raw';
import { useAnswerer } from '../../api/use-answerer';
import { DEFAULT_SERVER_URL, useApiTarget } from '../../store/api-target-store';
import { CodeBlock } from '../../ui/code-block';
import { realDeployCommands } from './real-deploy-commands';
import { useSavedModel } from './use-saved-model';

const ALL_FEATURES = ['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g'];

/** "Deploy for real": the learner's model on a real server on their machine, called from a terminal with curl and Python. */
export function DeployForRealSection() {
  const saved = useSavedModel();
  const target = useApiTarget();
  const answerer = useAnswerer();
  const serverUrl = answerer.kind === 'server' ? answerer.origin : target.kind === 'server' ? target.url : DEFAULT_SERVER_URL;
  const artifact = saved.latest?.artifact ?? null;
  const c = realDeployCommands({
    runId: saved.latest?.runId ?? null,
    features: artifact?.preprocessing.features.map((f) => f.name) ?? ALL_FEATURES,
    serverUrl,
    pageOrigin: location.origin,
  });
  const webApp = `${import.meta.env.BASE_URL}examples/web_app.py`;
  return (
    <section aria-labelledby="for-real-title" className="bench-section">
      <h2 id="for-real-title">Deploy for real</h2>
      <p className="measure">
        So far the endpoint lived in this tab. A <dfn>real server</dfn> is a program that listens on a network port and answers HTTP requests. This project has one: <code>npm run serve</code> runs
        the same endpoint code on port 8787 of your machine. Four steps take your model there.
      </p>
      {saved.loading ? (
        <p role="status">Reading your saved model…</p>
      ) : (
        <ol>
          <li>
            <p>
              <strong>Download your model.</strong>{' '}
              {c.folder === null ? (
                <>
                  You have no saved model yet: save one on <Link to="/model/evaluate">Evaluate</Link>. Until then the server serves the shipped model v1.
                </>
              ) : (
                <>
                  On <Link to="/model/evaluate">Evaluate</Link>, download the four files of run {saved.latest?.runId} (model.json, weights.bin, preprocessing.json, card.json) into one folder,{' '}
                  <code>{c.folder}</code>, in the project's folder.
                </>
              )}
            </p>
          </li>
          <li>
            <p>
              <strong>Start the server</strong> in a terminal, in the project's folder. It checks your files like <code>POST /api/models</code> does, registers them as{' '}
              <strong>{c.version}</strong> and sends all traffic of endpoint “penguins” to it.
            </p>
            <CodeBlock label="Command that starts the real server">{c.serve}</CodeBlock>
          </li>
          <li>
            <p>
              <strong>Call it with curl</strong> from a second terminal. The <code>-i</code> option prints the response headers too: a real network adds <code>Date</code>,{' '}
              <code>Content-Length</code>, <code>Connection</code> and <code>Keep-Alive</code>.
            </p>
            <CodeBlock label="curl command that calls your model">{c.curl}</CodeBlock>
          </li>
          <li>
            <p>
              <strong>Run the application.</strong> <a href={webApp}>web_app.py</a> is the lesson's Python program, made real: its <code>main()</code> gets the penguin's measurements and calls{' '}
              <code>predictions = ml_model(user_data)</code>, and <code>ml_model</code> sends the POST. It needs only Python 3, nothing to install. It prints the species and the version
              that answered ({c.version}).
            </p>
            <CodeBlock label="Command that runs web_app.py">{c.python}</CodeBlock>
            <details>
              <summary>The whole program: public/examples/web_app.py</summary>
              <CodeBlock label="web_app.py">{WEB_APP_PY}</CodeBlock>
            </details>
          </li>
        </ol>
      )}
      <p className="measure muted">
        To send this lab's own requests there too, choose “A real server” under API at the top of the page. Stop the server with Ctrl+C: it finishes the requests in flight, then exits.
      </p>
    </section>
  );
}
