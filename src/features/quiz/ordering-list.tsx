import { useRef } from 'react';
import { moveItem } from '../../core/quiz/initial-answer';
import type { OrderingQuestion } from '../../core/quiz/question';

/** The items in the learner's order, each with "move up" and "move down" buttons (no dragging needed). */
export function OrderingList({
  question,
  order,
  disabled,
  onChange,
}: {
  question: OrderingQuestion;
  order: readonly string[];
  disabled: boolean;
  onChange: (order: string[]) => void;
}) {
  const list = useRef<HTMLOListElement>(null);
  const text = (id: string) => question.items.find((i) => i.id === id)?.text ?? id;

  const move = (from: number, step: -1 | 1) => {
    onChange(moveItem(order, from, step));
    // Keep focus on the same button of the moved item, so repeated presses keep moving it.
    const to = from + step;
    const which = step === -1 ? 'up' : 'down';
    requestAnimationFrame(() => {
      const target = list.current?.querySelector<HTMLButtonElement>(`[data-pos="${to}"][data-dir="${which}"]:not(:disabled)`)
        ?? list.current?.querySelector<HTMLButtonElement>(`[data-pos="${to}"]:not(:disabled)`);
      target?.focus();
    });
  };

  return (
    <ol className="quiz-ordering" ref={list}>
      {order.map((id, i) => (
        <li key={id}>
          <span className="quiz-ordering-pos" aria-hidden="true">
            {i + 1}.
          </span>
          <span className="quiz-ordering-text">{text(id)}</span>
          <span className="quiz-ordering-moves">
            <button type="button" className="quiet" data-pos={i} data-dir="up" disabled={disabled || i === 0} onClick={() => move(i, -1)}>
              Move up<span className="visually-hidden">: {text(id)}</span>
            </button>
            <button type="button" className="quiet" data-pos={i} data-dir="down" disabled={disabled || i === order.length - 1} onClick={() => move(i, 1)}>
              Move down<span className="visually-hidden">: {text(id)}</span>
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
