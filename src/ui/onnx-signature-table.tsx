import type { OnnxSignature } from '../core/onnx/read-onnx-signature';

const dims = (shape: number[]) => `[${shape.map((d) => (d < 0 ? 'N' : d)).join(', ')}]`;

/** The inputs and outputs a model.onnx declares (name, datatype, shape), with what the numbers mean. */
export function OnnxSignatureTable({ signature, caption }: { signature: OnnxSignature; caption: string }) {
  const parse = (key: string): string[] => {
    try {
      return JSON.parse(signature.metadata[key] ?? '[]') as string[];
    } catch {
      return [];
    }
  };
  const rows = [
    ...signature.inputs.map((t) => ({ role: 'input', t, meaning: `raw ${parse('features').join(', ')} (one row per penguin; N is any number of rows)` })),
    ...signature.outputs.map((t) => ({ role: 'output', t, meaning: `probability of ${parse('classes').join(', ')}, in that order` })),
  ];
  return (
    <table className="onnx-signature">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Role</th>
          <th scope="col">Tensor name</th>
          <th scope="col">Datatype</th>
          <th scope="col">Shape</th>
          <th scope="col">What it holds</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ role, t, meaning }) => (
          <tr key={`${role}-${t.name}`}>
            <td>{role}</td>
            <td>
              <code>{t.name}</code>
            </td>
            <td>
              <code>{t.datatype}</code>
            </td>
            <td>
              <code>{dims(t.shape)}</code>
            </td>
            <td>{meaning}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
