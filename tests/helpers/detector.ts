/** A detection stage as the pipeline builds it: levels from a `rules` configuration, resolved by the registry. */
import { createDetector } from '../../src/detect/index.js';
import { levelOf } from '../../src/pipeline/registry.js';
import type { RuleLevel } from '../../src/types.js';

export function detectorWith(levels: Readonly<Record<string, RuleLevel>> = {}): ReturnType<typeof createDetector> {
  return createDetector((id) => levelOf(id, levels));
}
