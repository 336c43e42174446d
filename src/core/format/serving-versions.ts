/** One variant of an endpoint as GET /api/endpoints/{name} describes it: a version and its share of traffic (percent). */
export interface ServedVariant {
  version: string;
  weight: number;
}

/** The variants that get traffic, largest share first (ties by name), so the version most requests meet comes first. */
export function servingVariants(variants: readonly ServedVariant[]): ServedVariant[] {
  return variants.filter((v) => v.weight > 0).sort((a, b) => b.weight - a.weight || a.version.localeCompare(b.version));
}

/** Words joined as people list them: "a", "a and b", "a, b and c". */
function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The versions serving traffic in words: "v1" alone, "v2 (90 %) and v1 (10 %)" for a split; "" when none serves.
 * A lone version's 100 % goes unsaid: it answers every request.
 */
export function servingPhrase(variants: readonly ServedVariant[]): string {
  const live = servingVariants(variants);
  if (live.length === 1) return live[0]?.version ?? '';
  return listInWords(live.map((v) => `${v.version} (${v.weight} %)`));
}
