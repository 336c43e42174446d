import { DismissibleNotice } from '../../ui/dismissible-notice';
import { useAnswerer } from '../../api/use-answerer';
import { DEFAULT_RETRY } from '../../core/http/retry';
import { StagePage } from '../../ui/stage-page';
import { AnatomyView } from './anatomy-view';
import { CodeExport } from './code-export';
import { ContractsTable } from './contracts-table';
import { FaultPanel } from './fault-panel';
import { HistoryList } from './history-list';
import { RequestForm } from './request-form';
import { ResponsePanel } from './response-panel';
import { ServingNow } from './serving-now';
import { ShareLink } from './share-link';
import { useInspector } from './use-inspector';
import './inspector.css';

/** The request inspector: build any request to the API, send it, read every part of the exchange. */
export default function InspectPage() {
  const ins = useInspector();
  const answerer = useAnswerer();
  // Snippets and the raw message name the host that answers: the real server's when one is chosen.
  const origin = answerer.kind === 'server' ? answerer.origin : window.location.origin;
  return (
    <StagePage path="/deploy/inspect">
      <ServingNow />
      {ins.notice && (
        <p role="status" className="callout">
          {ins.notice}
        </p>
      )}
      <DismissibleNotice notice={ins.linkNotice} onDismiss={ins.dismissLinkNotice} className="callout" />
      <div className="bench inspector-bench">
        <div>
          <RequestForm
            presetId={ins.presetId}
            onPreset={ins.choosePreset}
            spec={ins.spec}
            onChange={ins.setSpec}
            checks={ins.checks}
            blocked={ins.blocked}
            sending={ins.sending}
            onSend={() => void ins.send()}
          />
          {ins.preset && (
            <p className="preset-why">
              <strong>Why this request:</strong> {ins.preset.why}
            </p>
          )}
          <label className="check robust-toggle">
            <input type="checkbox" checked={ins.robust} onChange={(e) => ins.setRobust(e.target.checked)} /> Robust client: {DEFAULT_RETRY.timeoutMs / 1000} s timeout, up to{' '}
            {DEFAULT_RETRY.maxAttempts} tries with exponential backoff
          </label>
          <ShareLink link={ins.shareLink} />
        </div>
        <ResponsePanel exchange={ins.selected} sending={ins.sending} liveAttempts={ins.liveAttempts} sentCount={ins.sentCount} />
      </div>
      {ins.selected && (
        <section aria-labelledby="anatomy-title" className="bench-section">
          <h2 id="anatomy-title">Anatomy of this exchange</h2>
          <p className="measure">
            Each message two ways: on the left, its parts with what each one means; on the right, the exact text of HTTP/1.1. Point at or focus a part to see it in the raw text.
          </p>
          <AnatomyView exchange={ins.selected} host={new URL(ins.selected.answeredBy?.kind === 'server' ? ins.selected.answeredBy.origin : origin).host} />
        </section>
      )}
      <CodeExport spec={ins.spec} origin={origin} target={answerer.kind === 'server' ? { kind: 'server', origin } : { kind: 'tab' }} />
      {/* The standards and other vendors' conventions are for the curious: folded, so the lesson stays on one contract. */}
      <details className="advanced-details bench-section">
        <summary>Advanced: the same model on two other contracts, and the standards behind the errors</summary>
        <ContractsTable />
      </details>
      <FaultPanel />
      <HistoryList history={ins.history} selectedId={ins.selected?.id ?? null} onSelect={ins.select} onEdit={ins.editAndResend} />
      <section aria-labelledby="reset-title" className="bench-section">
        <h2 id="reset-title">Reset the API</h2>
        <p className="measure">
          Changes you make with PUT and DELETE are saved in this browser, like a real cloud service keeps them. To undo them all, restore the default: endpoint “penguins” serving
          model v1 to all traffic.
        </p>
        <button type="button" onClick={() => void ins.reset()}>
          Restore default endpoint
        </button>
      </section>
    </StagePage>
  );
}
