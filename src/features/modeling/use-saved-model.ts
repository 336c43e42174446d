import { useCallback, useEffect, useState } from 'react';
import type { DeployableArtifact } from '../../core/modeling/artifact';
import { loadSavedArtifacts, saveArtifact } from '../../store/artifact-store';
import type { LoadedArtifacts, SaveResult } from '../../store/artifact-store';

/** The saved model (from IndexedDB, so it survives a reload), the outcome of the last save, and a way to save. */
export function useSavedModel() {
  const [saved, setSaved] = useState<LoadedArtifacts | null>(null);
  const [saving, setSaving] = useState(false);
  const [lastSave, setLastSave] = useState<SaveResult | null>(null);

  useEffect(() => {
    let live = true;
    void loadSavedArtifacts().then((loaded) => live && setSaved(loaded));
    return () => {
      live = false;
    };
  }, []);

  const save = useCallback(async (artifact: DeployableArtifact, runId: string) => {
    setSaving(true);
    const result = await saveArtifact(artifact, runId);
    setLastSave(result);
    if (result.ok) {
      setSaved((prev) => ({ latest: result.saved, versions: [result.saved, ...(prev?.versions ?? [])], notice: prev?.notice ?? null }));
    }
    setSaving(false);
  }, []);

  return { saved, saving, lastSave, save };
}
