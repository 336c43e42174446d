import { useEffect, useState } from 'react';
import type { DeployableArtifact } from '../../core/modeling/artifact';
import type { OnnxFileState } from '../../ui/use-onnx-file';

/** The bundle zip as a download: its file name, object URL and size, or why it could not be made. */
export type BundleState = { status: 'idle' | 'loading' } | { status: 'ready'; name: string; url: string; size: number } | { status: 'error'; message: string };

/** Builds the deployment bundle (zip) once model.onnx is ready; fflate and the copied texts load only then. */
export function useDeploymentBundle(artifact: DeployableArtifact | null, onnx: OnnxFileState): BundleState {
  const [state, setState] = useState<BundleState>({ status: 'idle' });
  useEffect(() => {
    if (!artifact || onnx.status !== 'ready') {
      setState({ status: onnx.status === 'loading' ? 'loading' : 'idle' });
      return;
    }
    let live = true;
    let url: string | null = null;
    setState({ status: 'loading' });
    Promise.all([import('../../core/onnx/deployment-bundle'), import('./bundle-texts')])
      .then(([{ buildDeploymentBundle, bundleFolder }, { BUNDLE_TEXTS }]) => {
        if (!live) return;
        const zip = buildDeploymentBundle({ artifact, onnx: onnx.bytes, version: onnx.version, texts: BUNDLE_TEXTS });
        url = URL.createObjectURL(new Blob([new Uint8Array(zip)], { type: 'application/zip' }));
        setState({ status: 'ready', name: `${bundleFolder(onnx.version)}.zip`, url, size: zip.byteLength });
      })
      .catch((e: unknown) => {
        if (live) setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
      });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [artifact, onnx]);
  return state;
}
