import { useEffect, useState } from 'react';
import type { SavedArtifact } from '../../store/artifact-store';
import { loadSavedArtifacts } from '../../store/artifact-store';

/** The learner's latest saved model (read once, as the deploy section does); `loading` until the store answered. */
export function useSavedModel(): { loading: boolean; latest: SavedArtifact | null } {
  const [saved, setSaved] = useState<{ loading: boolean; latest: SavedArtifact | null }>({ loading: true, latest: null });
  useEffect(() => {
    let live = true;
    void loadSavedArtifacts().then((r) => live && setSaved({ loading: false, latest: r.latest }));
    return () => {
      live = false;
    };
  }, []);
  return saved;
}
