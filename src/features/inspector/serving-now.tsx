import { useServingVersions } from '../../api/use-serving-versions';

/** Which version(s) answer the inspector's requests right now, as the endpoint describes itself (kept current after PUTs). */
export function ServingNow() {
  const serving = useServingVersions();
  // Loading, or no answer: the response panel says why the API did not answer, once; nothing to claim here.
  if (serving.state !== 'ready') return null;
  return (
    <p className="measure serving-now" aria-live="polite">
      {serving.variants.length === 0 && (
        <>
          Endpoint <code>penguins</code> serves no version right now, so a prediction request gets a 503 until you give a version traffic.
        </>
      )}
      {serving.variants.length === 1 && (
        <>
          Right now endpoint <code>penguins</code> serves model <strong>{serving.phrase}</strong>: it answers every prediction request.
        </>
      )}
      {serving.variants.length > 1 && (
        <>
          Right now endpoint <code>penguins</code> splits its traffic: <strong>{serving.phrase}</strong>. Each prediction request goes to one of them; the answer's{' '}
          <code>X-Model-Version</code> header says which.
        </>
      )}
    </p>
  );
}
