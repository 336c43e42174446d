import type { TrainConfig } from '../../core/modeling/train-config';
import { TRAIN_PRESETS } from './train-presets';
import type { TrainPreset } from './train-presets';
import { hasTrainParams, linkProblemNotice, trainSettingsFromQuery, trainSettingsToQuery } from './train-settings-url';

/** What a Train link asks for: the settings, the "Try this" preset it had applied, and a notice if part was unusable. */
export interface TrainLink {
  config: TrainConfig;
  preset: TrainPreset | null;
  notice: string | null;
}

/**
 * Reads a Train page link. Without settings in it, the settings of this visit (`memory`) stay, or the preset's when the
 * link names one. An unknown preset is ignored and named in the notice. Pure; never throws.
 */
export function trainLinkFromQuery(query: string, memory: TrainConfig): TrainLink {
  const raw = new URLSearchParams(query).get('preset');
  const preset = raw === null ? null : (TRAIN_PRESETS.find((p) => p.id === raw) ?? null);
  const fallback = preset && !hasTrainParams(query) ? preset.config : memory;
  const { config, problems } = trainSettingsFromQuery(query, fallback);
  if (raw !== null && !preset) problems.unshift(`preset=${raw.slice(0, 20)} is not one of the "Try this" presets`);
  return { config, preset, notice: linkProblemNotice(problems, 'the settings') };
}

/** Writes the Train page's view (settings, and the preset if one was applied) into a copy of `query`. */
export function trainLinkToQuery(query: string, config: TrainConfig, preset: TrainPreset['id'] | null): URLSearchParams {
  const p = trainSettingsToQuery(query, config);
  if (preset) p.set('preset', preset);
  else p.delete('preset');
  return p;
}
