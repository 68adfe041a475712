import { ruleSuite } from './helper.js';


ruleSuite('repeated-phrase');
