// Issue 11, the thirteenth probe (2026-12-05f), row L5 (test/redaction/probe-2026-12-05f.cases.md): a home
// folder named `given.surname` or `given_surname` whose parts the lists lack (`/Users/obiageli.nwachukwu/`,
// `/home/obiageli_nwachukwu/`, `C:\Users\chiamaka.eze\`) was stored raw in stack traces, npm logs and crash reports.
import { describe, expect, it } from 'vitest';
import { timeRatio } from './linear-time.js';
import { check, masked } from './masked-text.js';

describe('L5: home folders of a given name and a surname joined by a dot or an underscore', () => {
  it('the probe rows', () => {
    check([
      ["Error: ENOENT: no such file or directory, open '/Users/obiageli.nwachukwu/projects/shipping/.env'", ['obiageli.nwachukwu'], ['/projects/shipping/.env', '/Users/']],
      ['npm error path /home/obiageli_nwachukwu/.npm/_cacache', ['obiageli_nwachukwu'], ['npm error path /home/', '/.npm/_cacache']],
    ]);
  });
  it('more of the kind: macOS, Linux and Windows profiles, other unlisted names', () => {
    check([
      ['    at Object.<anonymous> (/Users/tochukwu.anyanwu/dev/api/server.js:14:7)', ['tochukwu.anyanwu'], ['/dev/api/server.js:14:7']],
      ['source /home/ifeoluwa_adebanjo/.zshrc: line 3: command not found', ['ifeoluwa_adebanjo'], ['/.zshrc: line 3']],
      ['at load (C:\\Users\\oyinkansola.bamgbose\\AppData\\Roaming\\npm\\node_modules\\x.js:3:9)', ['oyinkansola.bamgbose'], ['\\AppData\\Roaming\\npm']],
      ['Crashed Thread: 0  Path: /Users/zanele.mokoena/Applications/Tracker.app', ['zanele.mokoena'], ['/Applications/Tracker.app']],
    ]);
  });
  it('keeps service, shared and machine folders', () => {
    check([
      ['/home/app_user/.cache', [], ['app_user']],
      ['/home/www_data/site', [], ['www_data']],
      ['/home/build_agent/work', [], ['build_agent']],
      ['/home/gitlab_runner/builds', [], ['gitlab_runner']],
      ['/Users/shared.folder/docs', [], ['shared.folder']],
      ['/home/dev_env/bin', [], ['dev_env']],
      ['/Users/mac_mini/Desktop', [], ['mac_mini']],
      ['/home/kali_linux/tools', [], ['kali_linux']],
      ['/home/ec2-user/app', [], ['ec2-user']],
    ]);
  });
  it('reads in linear time', () => {
    const line = "open '/Users/obiageli.nwachukwu/projects/x' /home/app_user/y C:\\Users\\chiamaka.eze\\z\n";
    expect(timeRatio((text) => masked(text), (n) => line.repeat(Math.ceil(n / line.length)), 12_500, 25_000)).toBeLessThanOrEqual(3);
  });
});
