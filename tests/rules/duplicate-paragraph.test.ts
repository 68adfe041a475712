import { ruleSuite } from './helper.js';


ruleSuite('duplicate-paragraph');
