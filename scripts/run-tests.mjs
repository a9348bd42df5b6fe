// npm test's last step: the unit and the e2e project side by side, as two vitest processes.
// In one vitest process a project with fileParallelism: false (e2e, one Chromium at a time) waits
// until every other file has run, so the two would take their sum; side by side they take the
// longer of the two. Arguments are passed to both; a JSON report (--outputFile.json=FILE) is
// written per project and then merged into FILE, so CI reads one report as before.
// Both run with TMPDIR pointing into one folder of this run, removed at the end: what a test or
// a program it starts (a server process killed on purpose, Chromium, LibreOffice) leaves in its
// temporary folder does not stay behind on the machine.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PROJECTS = ['unit', 'e2e'];
const args = process.argv.slice(2);
const jsonArg = args.find((a) => a.startsWith('--outputFile.json='));
const jsonFile = jsonArg?.slice('--outputFile.json='.length);

const runTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'arbejdsbogen-test-'));
// Open to all as /tmp is (sticky): a test runs a program as another user (nobody) to prove a file it may not read is refused.
fs.chmodSync(runTemp, 0o1777);

function runProject(project) {
  const projectArgs = args.map((a) => (a === jsonArg ? `--outputFile.json=${jsonFile}.${project}` : a));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', project, ...projectArgs], { stdio: 'inherit', env: { ...process.env, TMPDIR: runTemp } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function mergeReports() {
  const parts = PROJECTS.map((p) => `${jsonFile}.${p}`).filter((f) => fs.existsSync(f));
  const reports = parts.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
  const sum = (key) => reports.reduce((n, r) => n + (r[key] ?? 0), 0);
  const merged = {
    numTotalTestSuites: sum('numTotalTestSuites'),
    numPassedTestSuites: sum('numPassedTestSuites'),
    numFailedTestSuites: sum('numFailedTestSuites'),
    numPendingTestSuites: sum('numPendingTestSuites'),
    numTotalTests: sum('numTotalTests'),
    numPassedTests: sum('numPassedTests'),
    numFailedTests: sum('numFailedTests'),
    numPendingTests: sum('numPendingTests'),
    numTodoTests: sum('numTodoTests'),
    // A project whose report is missing crashed before it could write one: count it as a failure.
    numRuntimeErrors: sum('numRuntimeErrors') + (PROJECTS.length - reports.length),
    startTime: Math.min(...reports.map((r) => r.startTime ?? Date.now())),
    success: reports.length === PROJECTS.length && reports.every((r) => r.success),
    testResults: reports.flatMap((r) => r.testResults ?? []),
  };
  fs.writeFileSync(jsonFile, JSON.stringify(merged));
  for (const f of parts) fs.rmSync(f);
}

const codes = await Promise.all(PROJECTS.map(runProject));
if (jsonFile) mergeReports();
const left = fs.readdirSync(runTemp);
if (left.length > 0) console.log(`Efterladt i testenes midlertidige mappe (fjernes nu): ${left.length} – ${left.slice(0, 10).join(', ')}`);
fs.rmSync(runTemp, { recursive: true, force: true });
process.exitCode = codes.some((c) => c !== 0) ? 1 : 0;
