// One formatter per precision, made once: `toLocaleString` builds a new Intl.NumberFormat on every call, and a
// table of a few hundred numbers would build a few hundred.
const formatters = new Map<number, Intl.NumberFormat>();

function formatter(maxDigits: number): Intl.NumberFormat {
  let f = formatters.get(maxDigits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxDigits });
    formatters.set(maxDigits, f);
  }
  return f;
}

/** A count for people, with grouped thousands ("1,234"); the same text as `n.toLocaleString('en-US')`. */
export function formatCount(n: number): string {
  return formatter(3).format(n);
}

/** A number for people with grouped thousands and at most `maxDigits` decimals; NaN and ±∞ as "NaN", "∞", "-∞". */
export function formatDecimal(value: number, maxDigits: number): string {
  return formatter(maxDigits).format(value);
}
