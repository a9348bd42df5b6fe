// Setup file of both test projects: after each test file, its temporary folders go (temp-dirs.ts).
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dirs';

afterAll(removeTempDirs);
