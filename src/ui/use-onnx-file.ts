import { useEffect, useState } from 'react';
import type { DeployableArtifact } from '../core/modeling/artifact';
import type { OnnxSignature } from '../core/onnx/read-onnx-signature';

/** The learner's model.onnx as the page sees it: being made, ready (bytes, link, declared inputs/outputs) or refused. */
export type OnnxFileState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; bytes: Uint8Array; url: string; signature: OnnxSignature; version: string }
  | { status: 'error'; problems: string[] };

/** The version label written into model.onnx: the run id of a learner's card, else the card's name. */
export function onnxVersionLabel(artifact: DeployableArtifact): string {
  const runId = (artifact.card as { run_id?: unknown }).run_id;
  return typeof runId === 'string' && runId.length > 0 ? runId : artifact.card.name;
}

/**
 * Exports an artifact to model.onnx in the page and offers it as an object URL (revoked when the
 * artifact changes or the page goes). The encoder (onnx-proto) loads on first use, not with the page.
 */
export function useOnnxFile(artifact: DeployableArtifact | null): OnnxFileState {
  const [state, setState] = useState<OnnxFileState>({ status: 'idle' });
  useEffect(() => {
    if (!artifact) {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    let url: string | null = null;
    setState({ status: 'loading' });
    Promise.all([import('../core/onnx/artifact-to-onnx'), import('../core/onnx/read-onnx-signature')])
      .then(([{ artifactToOnnx }, { readOnnxSignature }]) => {
        if (!live) return;
        const version = onnxVersionLabel(artifact);
        const out = artifactToOnnx(artifact, version);
        if (!out.ok) {
          setState({ status: 'error', problems: out.problems });
          return;
        }
        // A copy into a fresh ArrayBuffer: Blob wants ArrayBuffer-backed views.
        url = URL.createObjectURL(new Blob([new Uint8Array(out.bytes)], { type: 'application/octet-stream' }));
        setState({ status: 'ready', bytes: out.bytes, url, signature: readOnnxSignature(out.bytes), version });
      })
      .catch((e: unknown) => {
        if (live) setState({ status: 'error', problems: [`The ONNX encoder could not load: ${e instanceof Error ? e.message : String(e)}`] });
      });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [artifact]);
  return state;
}
