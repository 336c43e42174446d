// Pure: which question set the quiz page shows, kept in its address as `?set=review`, `?set=all` or `?set=<stage id>`.

/** The search-param name of the question set. */
export const QUIZ_SET_PARAM = 'set';

/** A link's question set: always one of `valid`, plus a sentence when the link asked for one that does not exist. */
export interface ParsedQuizSet {
  set: string;
  notice: string | null;
}

/** Reads the question set from a query; a missing one is `fallback`, an unknown one is `fallback` with a notice. Never throws. */
export function quizSetFromQuery(query: string, valid: readonly string[], fallback: string): ParsedQuizSet {
  const raw = new URLSearchParams(query).get(QUIZ_SET_PARAM);
  if (raw === null) return { set: fallback, notice: null };
  if (valid.includes(raw)) return { set: raw, notice: null };
  const shown = raw.length > 20 ? `${raw.slice(0, 20)}…` : raw;
  return { set: fallback, notice: `This link asks for a question set that does not exist ("${shown}"), so the default set is shown.` };
}

/** Writes the question set into a copy of `query` (other keys stay as they are). */
export function quizSetToQuery(query: string, set: string): URLSearchParams {
  const p = new URLSearchParams(query);
  p.set(QUIZ_SET_PARAM, set);
  return p;
}
