import type { HeaderPair, RequestSpec } from './exchange';

/** Quotes a string for a POSIX shell: single quotes, with each ' written as '\'' . */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Quotes a string as a JavaScript or Python 3 string literal (JSON's escapes are valid in both). */
export function codeString(s: string): string {
  return JSON.stringify(s);
}

function absolute(url: string, origin: string): string {
  try {
    return new URL(url, origin).href;
  } catch {
    // A URL the browser cannot resolve is shown as typed; the snippet is still valid shell or code.
    return url;
  }
}

function usedHeaders(spec: RequestSpec): HeaderPair[] {
  return spec.headers.filter(([n]) => n.trim() !== '').map(([n, v]) => [n.trim(), v] as const);
}

const hasBody = (spec: RequestSpec) => spec.body !== null && spec.body !== '';

/** The request as a curl command (one option a line). */
export function toCurl(spec: RequestSpec, origin: string): string {
  const lines = [`curl -X ${spec.method} ${shellQuote(absolute(spec.url, origin))}`];
  for (const [n, v] of usedHeaders(spec)) lines.push(`-H ${shellQuote(`${n}: ${v}`)}`);
  if (hasBody(spec)) lines.push(`--data-raw ${shellQuote(spec.body as string)}`);
  return lines.join(' \\\n  ');
}

/** The request as JavaScript `fetch` code that prints the status and the body. */
export function toFetch(spec: RequestSpec, origin: string): string {
  const headers = usedHeaders(spec);
  const opts = [`  method: ${codeString(spec.method)},`];
  if (headers.length > 0) opts.push(`  headers: [\n${headers.map(([n, v]) => `    [${codeString(n)}, ${codeString(v)}],`).join('\n')}\n  ],`);
  if (hasBody(spec)) opts.push(`  body: ${codeString(spec.body as string)},`);
  return `const response = await fetch(${codeString(absolute(spec.url, origin))}, {\n${opts.join('\n')}\n});\nconsole.log(response.status, await response.text());`;
}

/** The request as Python code using the `requests` library. */
export function toPythonRequests(spec: RequestSpec, origin: string): string {
  const headers = usedHeaders(spec);
  const args = [`    ${codeString(spec.method)},`, `    ${codeString(absolute(spec.url, origin))},`];
  if (headers.length > 0) args.push(`    headers={\n${headers.map(([n, v]) => `        ${codeString(n)}: ${codeString(v)},`).join('\n')}\n    },`);
  if (hasBody(spec)) args.push(`    data=${codeString(spec.body as string)}.encode("utf-8"),`);
  return `import requests\n\nresponse = requests.request(\n${args.join('\n')}\n)\nprint(response.status_code, response.reason)\nprint(response.text)`;
}

/** The request as an HTTPie command (the body is piped in unchanged). */
export function toHttpie(spec: RequestSpec, origin: string): string {
  const parts = [`http ${spec.method} ${shellQuote(absolute(spec.url, origin))}`];
  for (const [n, v] of usedHeaders(spec)) parts.push(shellQuote(`${n}:${v}`));
  const cmd = parts.join(' \\\n  ');
  return hasBody(spec) ? `printf '%s' ${shellQuote(spec.body as string)} | ${cmd}` : cmd;
}

/** Splits a POSIX shell command into words (single quotes, double quotes, backslash escapes, line continuations); for tests and checks. */
export function splitShellWords(cmd: string): string[] {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  for (let i = 0; i < cmd.length; i++) {
    const c = cmd[i] as string;
    if (c === "'") {
      const end = cmd.indexOf("'", i + 1);
      if (end < 0) throw new SyntaxError('unterminated single quote');
      cur += cmd.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (c === '"') {
      i++;
      while (i < cmd.length && cmd[i] !== '"') {
        if (cmd[i] === '\\' && i + 1 < cmd.length && '$`"\\\n'.includes(cmd[i + 1] as string)) i++;
        cur += cmd[i];
        i++;
      }
      if (i >= cmd.length) throw new SyntaxError('unterminated double quote');
      inWord = true;
    } else if (c === '\\') {
      const next = cmd[i + 1];
      if (next === undefined) throw new SyntaxError('trailing backslash');
      if (next !== '\n') {
        cur += next;
        inWord = true;
      }
      i++;
    } else if (c === ' ' || c === '\t' || c === '\n') {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (inWord) words.push(cur);
  return words;
}

/** Who the snippets' URL reaches: the in-tab API (no network, so a terminal cannot reach it) or a real server's origin. */
export type SnippetTarget = { kind: 'tab' } | { kind: 'server'; origin: string };

/**
 * The one honest sentence above the snippets: with a real server they run as written from a terminal; with the
 * in-tab API they cannot, and `startCommand` (e.g. "npm run serve") is how to get a server they can reach.
 */
export function snippetsCaveat(target: SnippetTarget, startCommand: string): string {
  if (target.kind === 'server') {
    return `These call the real server at ${target.origin}: paste one into a terminal and it runs as written (curl and HTTPie as they are; the Python version needs the requests package: pip install requests).`;
  }
  return `This endpoint lives inside this browser tab (a service worker answers it), so curl or Python in a terminal cannot reach it; the fetch version works in this tab's DevTools console. To run them all for real, start the real server in a terminal (${startCommand}) and choose "A real server" under API at the top of the page.`;
}
