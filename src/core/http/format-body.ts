/** Tidies a request body for reading: JSON is re-indented; CSV gets LF line ends, no trailing spaces, one final newline. Returns null when it cannot (invalid JSON). */
export function formatBody(body: string, contentType: string | null): string | null {
  const type = contentType?.toLowerCase() ?? '';
  if (type.includes('csv')) {
    const lines = body.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/[ \t]+$/, '').replace(/[ \t]*,[ \t]*/g, ','));
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return `${lines.join('\n')}\n`;
  }
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return null;
  }
}
