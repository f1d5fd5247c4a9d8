// Puts a classifier behind a p-limit so a worker's concurrent jobs keep at most CLASSIFY_CONCURRENCY
// calls in flight to the backend (DESIGN §7).
import pLimit from 'p-limit';
import type { Classifier } from '../classify/classifier.js';

export function limitClassifier(inner: Classifier, concurrency: number): Classifier {
  const limit = pLimit(concurrency);
  const limited: Classifier = {
    name: inner.name,
    classify: (text, signal) => limit(() => inner.classify(text, signal)),
  };
  if (inner.close) limited.close = () => inner.close!();
  return limited;
}
