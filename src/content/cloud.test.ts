import { describe, expect, it } from 'vitest';
import { CHARACTERISTICS, CLOUD_SECTIONS, PLATFORMS } from './cloud';
import { STAGES } from './stages';

describe('cloud lesson content', () => {
  it('covers the nine characteristics of deployed code, each linking to a page of this app or to the platform table', () => {
    expect(CHARACTERISTICS.map((c) => c.id)).toEqual(['versioned', 'reproducible', 'validated', 'preprocessing', 'monitored', 'tested', 'contract', 'stateless', 'secure']);
    const paths = new Set(STAGES.map((s) => s.path));
    for (const c of CHARACTERISTICS) expect(paths.has(c.seeIt.to) || c.seeIt.to === '#platforms', c.id).toBe(true);
  });

  it('compares the three cloud platforms and three open-source servers, each with how to deploy and how to call', () => {
    expect(PLATFORMS.map((p) => p.name)).toEqual(['Amazon SageMaker AI', 'Google Cloud Vertex AI', 'Azure Machine Learning', 'KServe', 'MLflow', 'BentoML']);
    for (const p of PLATFORMS) {
      expect(p.deploy.length).toBeGreaterThan(20);
      expect(p.call).toMatch(/POST/);
    }
  });

  it('has unique section ids', () => {
    expect(new Set(CLOUD_SECTIONS.map((s) => s.id)).size).toBe(CLOUD_SECTIONS.length);
  });
});
