import { ruleSuite } from './helper.js';


ruleSuite('pleonastic-pronoun');
