/** One Server-Timing metric: a name, a duration in milliseconds (if given) and a description. */
export interface TimingEntry {
  name: string;
  durationMs: number | null;
  description: string | null;
}

/** Parses a Server-Timing header ("validate;dur=0.4;desc=\"parse\", inference;dur=2.1") into entries; bad parts are skipped. */
export function parseServerTiming(header: string | null): TimingEntry[] {
  if (!header) return [];
  const out: TimingEntry[] = [];
  // Split on commas that are not inside a quoted desc.
  for (const metric of header.match(/(?:[^,"]|"(?:[^"\\]|\\.)*")+/g) ?? []) {
    const [name = '', ...params] = metric.split(';').map((s) => s.trim());
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) continue;
    let durationMs: number | null = null;
    let description: string | null = null;
    for (const p of params) {
      const eq = p.indexOf('=');
      if (eq < 0) continue;
      const key = p.slice(0, eq).trim().toLowerCase();
      const value = p.slice(eq + 1).trim();
      if (key === 'dur' && Number.isFinite(Number(value))) durationMs = Number(value);
      if (key === 'desc') description = value.startsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
    }
    out.push({ name, durationMs, description });
  }
  return out;
}
