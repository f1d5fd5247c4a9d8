// Builds the configured backend. Remote backends arrive with issue #4.
import type { Config } from '../config.js';
import { ConfigError } from '../errors/index.js';
import type { Classifier } from './classifier.js';
import { createLocalClassifier } from './local/index.js';

export function createClassifier(config: Pick<Config, 'classifier'>): Classifier {
  switch (config.classifier) {
    case 'local':
      return createLocalClassifier();
    default:
      throw new ConfigError('CLASSIFIER', `backend "${config.classifier}" is not available in this build`);
  }
}
