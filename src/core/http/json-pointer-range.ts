/** Where a JSON Pointer's target sits in a JSON text: character offsets, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** Splits an RFC 6901 JSON Pointer ("/instances/0/bill_depth_mm") into its unescaped reference tokens; null if it is not one. */
export function pointerTokens(pointer: string): string[] | null {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return null;
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Finds the text the pointer names in `json`: for an object member its key and value ("bill_depth_mm": "deep"),
 * for an array element or the whole document the value. Null when the text is not JSON or the target is absent.
 */
export function jsonPointerRange(json: string, pointer: string): TextRange | null {
  const target = pointerTokens(pointer);
  if (target === null) return null;
  let found: TextRange | null = null;
  let i = 0;
  const ws = () => {
    while (i < json.length && ' \t\n\r'.includes(json[i] as string)) i++;
  };
  const matches = (path: readonly string[]) => path.length === target.length && path.every((t, k) => t === target[k]);
  const string = (): string => {
    const from = i;
    i++;
    while (i < json.length && json[i] !== '"') i += json[i] === '\\' ? 2 : 1;
    if (i >= json.length) throw new Error('unterminated string');
    i++;
    return JSON.parse(json.slice(from, i)) as string;
  };
  const value = (path: string[]): void => {
    ws();
    const c = json[i];
    if (c === '{') {
      i++;
      ws();
      if (json[i] === '}') return void i++;
      for (;;) {
        ws();
        const keyStart = i;
        if (json[i] !== '"') throw new Error('key expected');
        const key = string();
        ws();
        if (json[i++] !== ':') throw new Error('colon expected');
        value([...path, key]);
        if (matches([...path, key])) found = { start: keyStart, end: i };
        ws();
        if (json[i] === ',') i++;
        else if (json[i++] === '}') return;
        else throw new Error('comma expected');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (json[i] === ']') return void i++;
      for (let n = 0; ; n++) {
        ws();
        const start = i;
        value([...path, String(n)]);
        if (matches([...path, String(n)])) found = { start, end: i };
        ws();
        if (json[i] === ',') i++;
        else if (json[i++] === ']') return;
        else throw new Error('comma expected');
      }
    }
    if (c === '"') return void string();
    const m = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(json.slice(i, i + 64));
    if (!m) throw new Error('value expected');
    i += m[0].length;
  };
  try {
    ws();
    const start = i;
    value([]);
    if (target.length === 0) found = { start, end: i };
  } catch {
    return null;
  }
  return found;
}
