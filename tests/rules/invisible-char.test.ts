import { describe, expect, it } from 'vitest';
import { changesOf, clean, fixtureSuite, linearTimeSuite } from './_fixtures.js';

fixtureSuite('invisible-char');
linearTimeSuite('invisible-char');
