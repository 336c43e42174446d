/**
 * Says in our own words where a JSON text stops being valid, for a 400 detail: "it breaks at
 * character 11 (line 1, column 12)" or "it ends before the value is complete". Runtimes word
 * their SyntaxError differently; only the position they report is kept.
 */
export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  if (!position) {
    return text.trim() === '' ? 'the body is empty' : 'it ends before the JSON value is complete (a missing bracket, brace or quote?)';
  }
  const at = Number(position[1]);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  const found = text[at];
  const what = found === undefined ? 'the text ends' : `${JSON.stringify(found)} is not allowed there`;
  return `it breaks at character ${at} (line ${line}, column ${column}): ${what}`;
}
