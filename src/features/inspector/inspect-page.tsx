import { StagePage } from '../../ui/stage-page';
import { HistoryList } from './history-list';
import { RequestForm } from './request-form';
import { ResponsePanel } from './response-panel';
import { useInspector } from './use-inspector';

/** The request inspector: build any request to the API, send it, read the response. */
export default function InspectPage() {
  const ins = useInspector();
  return (
    <StagePage path="/deploy/inspect" wide>
      {ins.notice && (
        <p role="status" className="callout">
          {ins.notice}
        </p>
      )}
      <div className="bench">
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
        </div>
        <ResponsePanel exchange={ins.selected} sending={ins.sending} />
      </div>
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
