// Puts a bare (mock) classifier behind a p-limit, as createClassifier's resilience layer does for real
// backends, so the benchmark's classifier concurrency is C however many jobs the worker holds.
import pLimit from 'p-limit';
import type { Classifier } from '../src/classify/classifier.js';

export function limitClassifier(inner: Classifier, concurrency: number): Classifier {
  const limit = pLimit(concurrency);
  const limited: Classifier = {
    name: inner.name,
    classify: (text, signal) => limit(() => inner.classify(text, signal)),
  };
  if (inner.close) limited.close = () => inner.close!();
  return limited;
}
