import { DEFAULT_TRAIN_CONFIG } from '../../core/modeling/train-config';
import type { TrainConfig } from '../../core/modeling/train-config';

let current: TrainConfig = DEFAULT_TRAIN_CONFIG;

/** The last valid settings of the Train page during this visit (the Tune page builds its grid around them). */
export function getTrainSettings(): TrainConfig {
  return current;
}

/** Remembers the Train page's settings, so they survive a trip to another step. */
export function setTrainSettings(config: TrainConfig): void {
  current = config;
}
