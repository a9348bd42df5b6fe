// Screenshots the tests take so that a person can look at them. They go to screenshots/e2e/ in
// the project (ignored by git, beside those of `npm run screenshots`), never to /tmp: a test run
// leaves nothing behind outside the project.
import fs from 'node:fs';
import path from 'node:path';

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../screenshots/e2e');

export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, name);
}
