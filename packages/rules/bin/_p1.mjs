import { require as tsxRequire } from 'tsx/cjs/api';
