// Test infrastructure: small built-app and model folders on disk for the server's tests.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REFERENCE_MODEL_DIR } from '../ml/load-predictor-node';

/** A hashed asset name as Vite writes it. */
export const HASHED_ASSET = '/assets/index-AbC123xy.js';

/** A minimal "built app": index.html, one hashed asset, robots.txt and the reference model under models/penguins/v1. */
export function makeAppDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-lab-app-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Deploy Lab</title><div id="root"></div>');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, HASHED_ASSET), 'console.log("app");');
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\n');
  cpSync(REFERENCE_MODEL_DIR, join(dir, 'models', 'penguins', 'v1'), { recursive: true });
  return dir;
}

/** A copy of the reference artifact folder (the four files of Evaluate's download); `edit` may change one JSON file. */
export function makeModelFolder(edit?: { file: 'preprocessing.json' | 'card.json' | 'model.json'; change: (json: Record<string, unknown>) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-lab-model-'));
  cpSync(REFERENCE_MODEL_DIR, dir, { recursive: true });
  if (edit) {
    const path = join(dir, edit.file);
    const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    edit.change(json);
    writeFileSync(path, JSON.stringify(json));
  }
  return dir;
}
