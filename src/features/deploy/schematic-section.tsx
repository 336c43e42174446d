import { useState } from 'react';
import { PRODUCTION_PARTS, REQUEST_STEPS } from '../../content/production';
import type { ProductionPart } from '../../content/production';
import { PredictionSummary } from '../../ui/prediction-summary';
import { StatusBadge } from '../../ui/status-badge';
import { ProductionSchematic } from './production-schematic';
import { ScalingTable } from './scaling-table';
import { useRequestWalkthrough } from './use-request-walkthrough';

/** The production environment: the schematic, what each part does, and one real request walked through it. */
export function SchematicSection() {
  const [selected, setSelected] = useState<ProductionPart | null>('endpoint');
  const walk = useRequestWalkthrough();
  const current = walk.step !== null ? (REQUEST_STEPS[walk.step]?.part ?? null) : null;
  const info = selected ? PRODUCTION_PARTS[selected] : null;
  const res = walk.exchange?.response;
  // The scaler table appears with the step where the endpoint standardizes the numbers.
  const scaledAt = REQUEST_STEPS.findIndex((s) => s.part === 'endpoint');
  return (
    <section aria-labelledby="schematic-title" className="bench-section">
      <h2 id="schematic-title">The production environment</h2>
      <p className="measure">
        Users never touch the model. They use an application; the application sends their data to the endpoint; the endpoint passes it to the model and sends the predictions back.
        Select a box to read what it does.
      </p>
      <div className="schematic-wrap">
        <ProductionSchematic selected={selected} current={current} onSelect={setSelected} />
      </div>
      {info && (
        <div className="part-explainer" aria-live="polite">
          <h3>{info.title}</h3>
          <p>{info.text}</p>
        </div>
      )}
      <h3>Follow one request</h3>
      <button type="button" onClick={() => void walk.start()} disabled={walk.running}>
        {walk.running ? 'Following the request…' : 'Send a request through production'}
      </button>
      {walk.step !== null && (
        <ol className="walk-steps">
          {REQUEST_STEPS.slice(0, walk.step + 1).map((s, i) => (
            <li key={s.text} aria-current={i === walk.step ? 'step' : undefined}>
              <strong>{PRODUCTION_PARTS[s.part].title}:</strong> {s.text}
            </li>
          ))}
        </ol>
      )}
      {walk.scaling && walk.step !== null && walk.step >= scaledAt && <ScalingTable scaling={walk.scaling} />}
      {walk.exchange && walk.step === REQUEST_STEPS.length - 1 && (
        <p role="status">
          The real request: <code>POST /api/endpoints/penguins/invocations</code> →{' '}
          {res ? <StatusBadge status={res.status} reason={res.statusText} /> : <span className="error-text">{walk.exchange.error}</span>} in {walk.exchange.durationMs.toFixed(1)} ms
          {res?.status === 200 && <>: a {(JSON.parse(res.body) as { predictions: { species: string }[] }).predictions[0]?.species} penguin</>}.
        </p>
      )}
      {res?.status === 200 && walk.step === REQUEST_STEPS.length - 1 && <PredictionSummary body={res.body} />}
    </section>
  );
}
