import { ruleSuite } from './helper.js';


ruleSuite('unbalanced-quote');
