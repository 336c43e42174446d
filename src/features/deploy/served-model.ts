import { sendRequest } from '../../api/client';
import type { InlineModel, ModelVersion } from '../../core/serving/model-artifact';
import { modelCardSchema, preprocessingSchema } from '../../core/serving/model-artifact';
import { parseRegistryState } from '../../core/serving/registry-state';
import { REGISTRY_KEY } from '../../mocks/registry-storage';
import { loadSavedArtifacts } from '../../store/artifact-store';

/** A served version rebuilt in the page, or why it cannot be. */
export type ServedModel = { ok: true; version: ModelVersion } | { ok: false; message: string };

/** Where the weights of a registered version can be found in this browser (tests pass their own). */
export interface WeightSources {
  /** The in-tab API's stored registry (what its endpoint loads registered models from). */
  storage: Storage | undefined;
  /** The learner's saved models (what the deploy button registers). */
  savedModels: () => Promise<{ model: InlineModel; card: unknown; preprocessing: unknown }[]>;
}

const browserSources = (): WeightSources => ({
  storage: typeof localStorage === 'undefined' ? undefined : localStorage,
  savedModels: async () => (await loadSavedArtifacts()).versions.map((s) => s.artifact),
});

interface VersionView {
  version: string;
  registered_at: string;
  card: unknown;
  preprocessing: unknown;
  artifact: { model_url?: string; inline?: true };
}

/** The inline model the in-tab registry stored for this version and registration time (the endpoint's own copy). */
function fromRegistry(storage: Storage | undefined, version: string, registeredAt: string): InlineModel | null {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(REGISTRY_KEY) ?? null;
  } catch {
    return null;
  }
  if (raw === null) return null;
  let state: ReturnType<typeof parseRegistryState> = null;
  try {
    state = parseRegistryState(JSON.parse(raw));
  } catch {
    return null;
  }
  const found = state?.versions.find((v) => v.version === version && v.registeredAt === registeredAt);
  return found?.source.kind === 'inline' ? found.source.model : null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Rebuilds the version the endpoint serves as the endpoint holds it: card and preprocessing from GET /api/models/{v},
 * the weights from where the endpoint took them: the shipped model.json for a shipped model; for a registered one, the
 * copy the in-tab registry stored, or (a real server keeps its copy) the learner's saved model with the same card.
 */
export async function loadServedModel(name: string, sources: WeightSources = browserSources()): Promise<ServedModel> {
  const meta = await sendRequest({ method: 'GET', url: `/api/models/${encodeURIComponent(name)}`, headers: [['Accept', 'application/json']], body: null });
  if (meta.response?.status !== 200) return { ok: false, message: `Could not read model ${name} (GET /api/models/${name} answered ${meta.response?.status ?? meta.error}).` };
  const view = JSON.parse(meta.response.body) as VersionView;
  const pre = preprocessingSchema.safeParse(view.preprocessing);
  const card = modelCardSchema.safeParse(view.card);
  if (!pre.success || !card.success) return { ok: false, message: `Model ${name}'s card or preprocessing.json could not be read.` };
  const base = { version: view.version, registeredAt: view.registered_at, card: card.data, preprocessing: pre.data };
  if (view.artifact.model_url) return { ok: true, version: { ...base, source: { kind: 'url', modelUrl: view.artifact.model_url } } };
  const stored = fromRegistry(sources.storage, view.version, view.registered_at);
  if (stored) return { ok: true, version: { ...base, source: { kind: 'inline', model: stored } } };
  const saved = (await sources.savedModels()).find((a) => same(a.card, view.card) && same(a.preprocessing, view.preprocessing));
  if (saved) return { ok: true, version: { ...base, source: { kind: 'inline', model: saved.model } } };
  return {
    ok: false,
    message: `Model ${name}'s weights stay with the server that holds it (the API sends everything but the weights), and this browser has no saved copy of them, so the direct call cannot run it here.`,
  };
}
