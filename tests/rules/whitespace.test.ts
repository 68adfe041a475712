import { describe, expect, it } from 'vitest';
import { changesOf, clean, fixtureSuite, linearTimeSuite } from './_fixtures.js';

fixtureSuite('whitespace');
linearTimeSuite('whitespace');
