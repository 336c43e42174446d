import { useEffect, useState } from 'react';
import { artifactToFiles } from '../../core/modeling/artifact';
import type { DeployableArtifact } from '../../core/modeling/artifact';
import { useOnnxFile } from '../../ui/use-onnx-file';
import { formatBytes } from './evaluate-format';

interface FileLink {
  name: string;
  url: string;
  size: number;
}

const WHAT: Record<string, string> = {
  'model.json': 'the network’s layers and the list of its weights',
  'weights.bin': 'the learned weights, as raw float32 numbers',
  'preprocessing.json': 'feature order, units, the scaler fitted on your training rows, valid ranges, class names',
  'card.json': 'the model card: how it was made and how well it did',
};

/** The four files of an artifact as download links (object URLs, revoked when the artifact changes or the page goes). */
export function DownloadLinks({ artifact }: { artifact: DeployableArtifact }) {
  const [links, setLinks] = useState<FileLink[]>([]);
  const onnx = useOnnxFile(artifact);

  useEffect(() => {
    const made = artifactToFiles(artifact).map((f) => ({
      name: f.name,
      // A copy into a fresh ArrayBuffer: Blob wants ArrayBuffer-backed views.
      url: URL.createObjectURL(new Blob([new Uint8Array(f.bytes)], { type: f.type })),
      size: f.bytes.byteLength,
    }));
    setLinks(made);
    return () => {
      for (const l of made) URL.revokeObjectURL(l.url);
    };
  }, [artifact]);

  return (
    <div className="downloads">
      <h3>Download files</h3>
      <p className="measure">
        The same layout as the shipped reference model: keep the four files in one folder and TensorFlow.js loads <code>model.json</code>, which points to{' '}
        <code>weights.bin</code> next to it.
      </p>
      <ul className="download-list">
        {links.map((l) => (
          <li key={l.name}>
            <a href={l.url} download={l.name}>
              Download <code>{l.name}</code>
            </a>{' '}
            <span className="muted">
              ({formatBytes(l.size)}) — {WHAT[l.name]}
            </span>
          </li>
        ))}
        <li>
          {onnx.status === 'ready' ? (
            <>
              <a href={onnx.url} download="model.onnx">
                Download as ONNX (<code>model.onnx</code>)
              </a>{' '}
              <span className="muted">
                ({formatBytes(onnx.bytes.byteLength)}) — the same network in the ONNX format, scaler included, that ONNX Runtime, Triton and KServe load
              </span>
            </>
          ) : onnx.status === 'error' ? (
            <span role="alert">This model cannot be written as ONNX: {onnx.problems.join(' ')}</span>
          ) : (
            <span className="muted">Writing model.onnx…</span>
          )}
        </li>
      </ul>
    </div>
  );
}
