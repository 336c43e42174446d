// Where a JSON text stops being valid, found by our own scan: runtimes word their SyntaxError
// differently (and newer V8 versions often give no position), and a 400 should read the same
// everywhere. Called only after JSON.parse has failed, so it never slows the happy path.

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** Deeper nesting than this is reported at the bracket that passes it, so the scan never overflows the stack. */
const MAX_DEPTH = 1000;

/** A scan failure: the index of the first character that cannot be part of valid JSON. */
class At {
  constructor(readonly index: number) {}
}

/** A recursive-descent check of RFC 8259 JSON that throws `At` where the text goes wrong. */
class Scanner {
  private i = 0;
  private depth = 0;
  constructor(private readonly text: string) {}

  document(): void {
    this.value();
    this.ws();
    if (this.i < this.text.length) throw new At(this.i);
  }

  private ws(): void {
    while (this.i < this.text.length && ' \t\n\r'.includes(this.text[this.i] as string)) this.i++;
  }

  private sticky(re: RegExp): void {
    re.lastIndex = this.i;
    if (!re.test(this.text)) throw new At(this.i);
    this.i = re.lastIndex;
  }

  private expect(ch: string): void {
    this.ws();
    if (this.text[this.i] !== ch) throw new At(this.i);
    this.i++;
  }

  private string(): void {
    if (this.text[this.i] !== '"') throw new At(this.i);
    this.i++;
    for (;;) {
      const c = this.text[this.i];
      if (c === undefined || c.charCodeAt(0) < 0x20) throw new At(this.i);
      if (c === '"') break;
      if (c === '\\') this.sticky(ESCAPE);
      else this.i++;
    }
    this.i++;
  }

  private list(close: string, item: () => void): void {
    this.depth++;
    if (this.depth > MAX_DEPTH) throw new At(this.i);
    this.i++;
    this.ws();
    if (this.text[this.i] !== close) {
      item();
      this.ws();
      while (this.text[this.i] !== close) {
        this.expect(',');
        item();
        this.ws();
      }
    }
    this.i++;
    this.depth--;
  }

  private member = (): void => {
    this.ws();
    this.string();
    this.expect(':');
    this.value();
  };

  private value = (): void => {
    this.ws();
    const c = this.text[this.i];
    if (c === '{') this.list('}', this.member);
    else if (c === '[') this.list(']', this.value);
    else if (c === '"') this.string();
    else {
      const word = ['true', 'false', 'null'].find((w) => this.text.startsWith(w, this.i));
      if (word) this.i += word.length;
      else this.sticky(NUMBER);
    }
  };
}

/** The index (UTF-16 units) of the first character at which `text` stops being valid JSON; -1 when it is valid. */
export function firstJsonErrorAt(text: string): number {
  try {
    new Scanner(text).document();
    return -1;
  } catch (e) {
    if (e instanceof At) return e.index;
    throw e;
  }
}

/**
 * Says where a JSON text that failed to parse goes wrong, for a 400 detail: "it breaks at
 * character 15 (line 1, column 16): "}" is not allowed there", or "the text ends too early".
 */
export function describeJsonError(text: string): string {
  if (text.trim() === '') return 'the body is empty';
  const at = firstJsonErrorAt(text);
  if (at < 0 || at >= text.length) return 'the text ends before the JSON value is complete (a missing bracket, brace or quote?)';
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return `it breaks at character ${at} (line ${line}, column ${column}): ${JSON.stringify(text[at])} is not allowed there`;
}
