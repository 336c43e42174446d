import { Link } from 'react-router';
import { BEFORE_CLASS, PLAN_MINUTES, SESSION_PLAN } from '../../content/instructor-guide';
import type { GuideBlock } from '../../content/instructor-guide';
import { ShortcutTable } from '../../ui/shortcut-table';
import { StagePage } from '../../ui/stage-page';
import './guide.css';

/** One block of the plan: time, goal, pages to open, what to show, questions to ask, keys. */
function PlanBlock({ block }: { block: GuideBlock }) {
  const headingId = `plan-${block.id}`;
  return (
    <li className="plan-block">
      <section aria-labelledby={headingId}>
        <h3 id={headingId}>
          <span className="plan-time">
            {block.start}–{block.end} min
          </span>{' '}
          {block.title}
        </h3>
        <p className="plan-goal">{block.goal}</p>
        <div className="plan-columns">
          <div>
            <h4>Open</h4>
            <ul>
              {block.open.map((link) => (
                <li key={link.to}>
                  <Link to={link.to}>{link.label}</Link>
                </li>
              ))}
            </ul>
            <h4>Show</h4>
            <ol>
              {block.show.map((step) => (
                <li key={step.text} className={step.optional ? 'plan-optional' : undefined}>
                  {step.optional && <strong>Optional, if time allows: </strong>}
                  {step.text}
                </li>
              ))}
            </ol>
          </div>
          <div>
            <h4>Ask the class</h4>
            <ul className="plan-questions">
              {block.ask.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
            <h4>Keys</h4>
            <p className="plan-keys">
              {block.keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && ' '}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </p>
          </div>
        </div>
      </section>
    </li>
  );
}

/** /instructor: the timed session plan through the app, with deep links, questions and shortcuts. */
export default function InstructorPage() {
  return (
    <StagePage path="/instructor">
      <section aria-labelledby="before-class" className="measure">
        <h2 id="before-class">Before class</h2>
        <ol>
          {BEFORE_CLASS.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="keys-title" className="measure">
        <h2 id="keys-title">Keys in class</h2>
        <p>These work on every page, except while you type in a field. Press ? at any time for the list.</p>
        <ShortcutTable />
      </section>
      <section aria-labelledby="plan-title">
        <h2 id="plan-title">The {PLAN_MINUTES}-minute plan</h2>
        <p className="measure">The minutes are for a class that talks back. Steps marked optional are not counted: do them only when you are ahead of the clock.</p>
        <ol className="plan">
          {SESSION_PLAN.map((block) => (
            <PlanBlock key={block.id} block={block} />
          ))}
        </ol>
      </section>
      <section aria-labelledby="after-title" className="measure">
        <h2 id="after-title">After class</h2>
        <p>
          Send the class the <Link to="/glossary">glossary</Link> and the <Link to="/quiz">quiz</Link>: scores stay in each learner’s browser. The links you copied during class open the
          same views again.
        </p>
      </section>
    </StagePage>
  );
}
