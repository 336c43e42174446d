import { Link } from 'react-router';
import { formatBytes } from '../../ui/exchange-summary';
import { OnnxSignatureTable } from '../../ui/onnx-signature-table';
import { usePortableModel } from './use-portable-model';

/** "Take your model elsewhere": why a portable format matters, the learner's model.onnx and the deployment bundle. */
export function PortableFormatSection() {
  const { loading, artifact, onnx, bundle } = usePortableModel();
  return (
    <section aria-labelledby="portable-title" className="bench-section">
      <h2 id="portable-title">Take your model elsewhere: ONNX</h2>
      <div className="measure">
        <p>
          Your model is saved in the TensorFlow.js format. Only TensorFlow.js code can run that file, so only our endpoint can serve it.
        </p>
        <p>
          A <dfn>portable format</dfn> is a model file that many engines can read. An <dfn>engine</dfn> (or runtime) is the program that runs a model. <dfn>ONNX</dfn> (Open
          Neural Network Exchange) is such a format: the file lists the network's operations and weights in an open, published schema.
        </p>
        <p>
          Why it matters: an engine you did not write can serve your model. The contract stays the same. A request still names the input tensor, its datatype and its
          shape, and the answer names the output. (A <dfn>tensor</dfn> is a block of numbers with a shape: [N, 4] means N rows of 4 numbers.) Those names come from
          the file.
        </p>
        <p>
          Who loads ONNX: ONNX Runtime runs it on servers, in Node and in the browser. NVIDIA Triton Inference Server has an ONNX Runtime backend. KServe serves an ONNX
          model (<code>modelFormat: onnx</code>) through Triton with the Open Inference Protocol V2, the same V2 request the inspector sends. OpenVINO Model Server also
          loads ONNX files. No KServe or Triton runs in this lab; the bundle below says what to change to use one: the host and the path prefix.
        </p>
        <p>
          Your file takes raw measurements: the scaler fitted on your training rows is written into it as two steps, subtract the mean, divide by the standard deviation.
          We checked the export with ONNX Runtime: on all 342 complete penguins it gives the same probabilities as TensorFlow.js, to within 0.00001.
        </p>
      </div>
      {loading && (
        <p role="status" className="loading">
          <span className="spinner" aria-hidden="true" /> Looking for your saved model…
        </p>
      )}
      {!loading && !artifact && (
        <p className="callout">
          <strong>No saved model yet.</strong> Save one on <Link to="/model/evaluate">Evaluate</Link> to see its ONNX inputs and outputs here and download it.
        </p>
      )}
      {onnx.status === 'loading' && (
        <p role="status" className="loading">
          <span className="spinner" aria-hidden="true" /> Writing your model.onnx…
        </p>
      )}
      {onnx.status === 'error' && (
        <p role="alert" className="callout error">
          Your model cannot be written as ONNX: {onnx.problems.join(' ')}
        </p>
      )}
      {onnx.status === 'ready' && (
        <>
          <OnnxSignatureTable signature={onnx.signature} caption={`Inputs and outputs of your model.onnx (ONNX operator set ${onnx.signature.opset}, version ${onnx.version})`} />
          <ul className="download-list">
            <li>
              <a href={onnx.url} download="model.onnx">
                Download as ONNX (<code>model.onnx</code>)
              </a>{' '}
              <span className="muted">({formatBytes(onnx.bytes.byteLength)}) — beside the TensorFlow.js files you can download on Evaluate</span>
            </li>
            <li>
              {bundle.status === 'ready' ? (
                <>
                  <a href={bundle.url} download={bundle.name}>
                    Download deployment bundle (<code>{bundle.name}</code>)
                  </a>{' '}
                  <span className="muted">
                    ({formatBytes(bundle.size)}) — model.onnx, the TensorFlow.js files, preprocessing.json, card.json, web_app.py, the Kubernetes and KServe manifests, and a
                    README with the exact commands
                  </span>
                </>
              ) : bundle.status === 'error' ? (
                <span role="alert">The bundle could not be made: {bundle.message}</span>
              ) : (
                <span className="muted">Packing the deployment bundle…</span>
              )}
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
