import { useEffect, useState } from 'react';
import { loadSavedArtifacts } from '../../store/artifact-store';
import type { SavedArtifact } from '../../store/artifact-store';
import { useOnnxFile } from '../../ui/use-onnx-file';
import { useDeploymentBundle } from './use-deployment-bundle';

/** The learner's saved model as portable files: its model.onnx (with declared inputs/outputs) and the deployment bundle. */
export function usePortableModel() {
  const [saved, setSaved] = useState<{ loading: boolean; latest: SavedArtifact | null }>({ loading: true, latest: null });
  useEffect(() => {
    let live = true;
    void loadSavedArtifacts().then((r) => live && setSaved({ loading: false, latest: r.latest }));
    return () => {
      live = false;
    };
  }, []);
  const artifact = saved.latest?.artifact ?? null;
  const onnx = useOnnxFile(artifact);
  const bundle = useDeploymentBundle(artifact, onnx);
  return { loading: saved.loading, artifact, onnx, bundle };
}
