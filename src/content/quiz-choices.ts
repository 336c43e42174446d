/** One option of a choice question, with the explanation shown after an attempt. */
export type Choice = { id: string; text: string; correct: boolean; explanation: string };
/** A right option. */
export const yes = (id: string, text: string, explanation: string): Choice => ({ id, text, correct: true, explanation });
/** A wrong option. */
export const no = (id: string, text: string, explanation: string): Choice => ({ id, text, correct: false, explanation });

