import { SHORTCUTS } from '../content/shortcuts';

const keysFor = (action: string) => SHORTCUTS.find((s) => s.action === action)?.keys;

/** The header's teaching tools: Keyboard shortcuts, Reveal answers (presenter mode only) and the Presenter mode toggle. */
export function PresenterControls({
  presenter,
  revealAnswers,
  shortcuts,
  onPresenterChange,
  onRevealChange,
  onHelp,
}: {
  presenter: boolean;
  revealAnswers: boolean;
  shortcuts: boolean;
  onPresenterChange: (on: boolean) => void;
  onRevealChange: (on: boolean) => void;
  onHelp: () => void;
}) {
  return (
    <div className="presenter-tools">
      {/* Always rendered (hidden by visibility, which keeps its space), so turning presenter mode on does not shift the header. */}
      <button type="button" className={presenter ? 'quiet toggle reveal-toggle' : 'quiet toggle reveal-toggle reserved'} aria-pressed={revealAnswers} onClick={() => onRevealChange(!revealAnswers)}>
        Reveal answers
      </button>
      <button type="button" className="quiet" aria-haspopup="dialog" aria-keyshortcuts={shortcuts ? keysFor('help') : undefined} onClick={onHelp}>
        Keyboard shortcuts
      </button>
      <button type="button" className="quiet toggle" aria-pressed={presenter} aria-keyshortcuts={shortcuts ? keysFor('toggle-presenter') : undefined} onClick={() => onPresenterChange(!presenter)}>
        Presenter mode
      </button>
    </div>
  );
}
