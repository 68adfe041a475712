import { describe, expect, it } from 'vitest';
import { changesOf, clean, fixtureSuite, linearTimeSuite } from './_fixtures.js';

fixtureSuite('ad-marker');
linearTimeSuite('ad-marker');
