// The repository's own files, copied into the deployment bundle as text. Loaded only with the bundle (dynamic import).
import hpa from '../../../public/deploy/k8s/hpa.yaml?raw';
import deployment from '../../../public/deploy/k8s/deployment.yaml?raw';
import service from '../../../public/deploy/k8s/service.yaml?raw';
import inferenceService from '../../../public/deploy/kserve/inferenceservice.yaml?raw';
import webAppPy from '../../../public/examples/web_app.py?raw';
import type { BundleTexts } from '../../core/onnx/deployment-bundle';

/** web_app.py and the manifests, as the repository ships them. */
export const BUNDLE_TEXTS: BundleTexts = { webAppPy, inferenceService, k8s: { deployment, service, hpa } };
