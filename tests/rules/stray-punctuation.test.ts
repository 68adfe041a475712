import { describe, expect, it } from 'vitest';
import { changesOf, clean, fixtureSuite, linearTimeSuite } from './_fixtures.js';

fixtureSuite('stray-punctuation');
linearTimeSuite('stray-punctuation');
