import { StagePage } from '../../ui/stage-page';
import { DeployForRealSection } from './deploy-for-real-section';
import { DeployModelSection } from './deploy-model-section';
import { PortableFormatSection } from './portable-format-section';
import { PythonAnalogy } from './python-analogy';
import { SchematicSection } from './schematic-section';
import './deploy.css';

/** Step 7: put the learner's model behind the endpoint, see production as a picture, and compare a call with a request. */
export default function DeployPage() {
  return (
    <StagePage path="/deploy/endpoint">
      <DeployModelSection />
      <SchematicSection />
      <PythonAnalogy />
      <PortableFormatSection />
      <DeployForRealSection />
    </StagePage>
  );
}
