// Issue 11, the eleventh probe (2026-12-05d), rows L3, L4 and O2 (test/redaction/probe-2026-12-05d.cases.md):
// L3 cloud and host account names written given.surname (or an initial and a surname): AWS IAM `UserName`,
//    the user path of an IAM ARN, the session name of an STS assumed-role ARN, Terraform's `user`,
//    sshd's `Accepted … for` and sudo's `sudo: <user> :`;
// L4 the `result` of Terraform's random_password / random_string, in state JSON and in text;
// O2 the shell's working directory `PWD=` read as a password.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '../../packages/core/src/index.js';
import { detectAccountNames } from '../../packages/core/src/redaction/account-names.js';
import type { Detection } from '../../packages/core/src/redaction/types.js';
import { timeRatio } from './linear-time.js';
import { kept, leaks, storedResults } from './masked-text.js';


const { leaksIn, keptIn } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]), sessionMemory: false }));

describe('L3: cloud and host account names given.surname', () => {
  it('the probe rows: CloudTrail, IAM ListUsers, Terraform, JSON members', () => {
    expect(leaksIn({ Records: [{ userIdentity: { type: 'IAMUser', principalId: 'AIDAJ45Q7YFFAREXAMPLE', arn: 'arn:aws:iam::123456789012:user/marisol.quintanilla', userName: 'marisol.quintanilla' }, eventName: 'ConsoleLogin' }] }, ['marisol', 'quintanilla'])).toEqual([]);
    expect(leaksIn({ userIdentity: { type: 'AssumedRole', arn: 'arn:aws:sts::123456789012:assumed-role/AdminRole/marisol.quintanilla', sessionContext: { sessionIssuer: { userName: 'AdminRole' } } }, eventName: 'DeleteBucket' }, ['marisol', 'quintanilla'])).toEqual([]);
    expect(leaksIn({ Users: [{ UserName: 'marisol.quintanilla', UserId: 'AIDACKCEVSQ6C2EXAMPLE', Arn: 'arn:aws:iam::123456789012:user/marisol.quintanilla' }, { UserName: 'mquintanilla', Arn: 'arn:aws:iam::123456789012:user/engineering/mquintanilla' }] }, ['marisol', 'quintanilla'])).toEqual([]);
    expect(leaksIn({ UserName: 'hyacinth.oduya' }, ['hyacinth', 'oduya'])).toEqual([]);
    expect(leaksIn({ user: { name: 'hyacinth.oduya' } }, ['hyacinth', 'oduya'])).toEqual([]);
    expect(leaksIn({ type: 'aws_iam_user_login_profile', instances: [{ attributes: { user: 'marisol.quintanilla', password: 'Tk7$QuintanillaQw', password_length: 20 } }] }, ['marisol', 'quintanilla'])).toEqual([]);
  });
  it('the probe rows: sshd, sudo, ARNs in prose and model answers', () => {
    const ssh = 'Dec  3 18:04:12 bastion sshd[4121]: Accepted publickey for marisol.quintanilla from 73.158.22.190 port 50122 ssh2: RSA SHA256:abc\nDec  3 18:04:13 bastion sudo:  marisol.quintanilla : TTY=pts/0 ; PWD=/home/marisol.quintanilla ; USER=root ; COMMAND=/bin/cat /etc/shadow';
    expect(leaks(ssh, ['marisol', 'quintanilla', '73.158.22.190'])).toEqual([]);
    expect(leaks('Access denied for arn:aws:iam::123456789012:user/hyacinth.oduya on s3:GetObject.', ['hyacinth', 'oduya'])).toEqual([]);
    expect(leaks('The IAM user arn:aws:iam::123456789012:user/marisol.quintanilla failed ConsoleLogin.', ['marisol', 'quintanilla'])).toEqual([]);
    expect(leaks('Per CloudTrail, arn:aws:sts::123456789012:assumed-role/AdminRole/tobias.wexford deleted the bucket.', ['tobias', 'wexford'])).toEqual([]);
  });
  it('held back: other members, partitions, paths, logs of the kind', () => {
    expect(leaksIn({ eventName: 'AssumeRole', requestParameters: { roleArn: 'arn:aws:iam::123456789012:role/Dev', roleSessionName: 'desmond.achterberg' } }, ['desmond', 'achterberg'])).toEqual([]);
    expect(leaksIn({ user_name: 'ngozi.okonkwo', login: 'priyanka_venkataraman' }, ['ngozi', 'okonkwo', 'priyanka', 'venkataraman'])).toEqual([]);
    expect(leaksIn({ account: { name: 'tobias.wexford' } }, ['tobias', 'wexford'])).toEqual([]);
    expect(leaksIn({ owner: 'desmond.achterberg', user: 'ngozi_okonkwo' }, ['desmond', 'achterberg', 'ngozi', 'okonkwo'])).toEqual([]);
    expect(leaksIn({ Arn: 'arn:aws-us-gov:iam::123456789012:user/division/team/ngozi.okonkwo' }, ['ngozi', 'okonkwo'])).toEqual([]);
    expect(leaksIn({ arn: 'arn:aws-cn:sts::123456789012:assumed-role/ReadOnly/priyanka.venkataraman' }, ['priyanka', 'venkataraman'])).toEqual([]);
    expect(leaksIn({ principal: 'arn:aws:iam::123456789012:user/nokonkwo', Users: [{ UserName: 'pvenkataraman' }] }, ['nokonkwo', 'pvenkataraman'])).toEqual([]);
    expect(leaks('Dec  3 18:04:12 web1 sshd[77]: Accepted password for desmond.achterberg from 10.0.0.5 port 2201 ssh2', ['desmond', 'achterberg'])).toEqual([]);
    expect(leaks('Dec  3 18:04:12 web1 sshd[77]: Accepted keyboard-interactive/pam for ngozi_okonkwo from 10.0.0.5 port 2201 ssh2', ['ngozi', 'okonkwo'])).toEqual([]);
    expect(leaks('Dec  3 18:05:00 web1 sshd[77]: Disconnected from user tobias.wexford 10.0.0.5 port 2201', ['tobias', 'wexford'])).toEqual([]);
    expect(leaks('Dec  3 18:05:00 web1 sudo[881]: priyanka.venkataraman : 3 incorrect password attempts ; TTY=pts/1 ; PWD=/srv ; USER=root ; COMMAND=/bin/ls', ['priyanka', 'venkataraman'])).toEqual([]);
    expect(leaks('The session arn:aws:sts::123456789012:assumed-role/OrgAccess/ngozi.okonkwo ran DeleteObject; IAM user arn:aws:iam::123456789012:user/ops/tobias_wexford too.', ['ngozi', 'okonkwo', 'tobias', 'wexford'])).toEqual([]);
    expect(leaks('denied: arn:aws:iam::123456789012:user/pvenkataraman', ['pvenkataraman'])).toEqual([]);
    expect(leaks('Dec  3 18:04:12 web1 sshd[77]: Accepted publickey for nokonkwo from 10.0.0.5 port 2201 ssh2', ['nokonkwo'])).toEqual([]);
  });
  it('look-alikes stay readable', () => {
    expect(keptIn({ Users: [{ UserName: 'svc.backup', Arn: 'arn:aws:iam::123456789012:user/svc.backup' }, { UserName: 'ci-deployer', Arn: 'arn:aws:iam::123456789012:user/automation/ci-deployer' }] }, ['svc.backup', 'ci-deployer', 'automation'])).toEqual([]);
    expect(keptIn({ userIdentity: { arn: 'arn:aws:sts::123456789012:assumed-role/AWSServiceRoleForECS/i-0abc123def4567890', sessionContext: { sessionIssuer: { userName: 'AdminRole' } } } }, ['AWSServiceRoleForECS', 'i-0abc123def4567890', 'AdminRole'])).toEqual([]);
    expect(keptIn({ roleSessionName: 'botocore-session-1733412345', user: { name: 'app.worker' }, owner: 'platform.team', sender: 'no.reply' }, ['botocore-session-1733412345', 'app.worker', 'platform.team', 'no.reply'])).toEqual([]);
    expect(keptIn({ UserName: 'terraform', Arn: 'arn:aws:iam::123456789012:user/terraform', Path: '/' }, ['terraform'])).toEqual([]);
    expect(keptIn({ package: { name: 'lodash.merge' }, file: { name: 'config.yaml' } }, ['lodash.merge', 'config.yaml'])).toEqual([]);
    expect(kept('Dec  3 18:04:12 bastion sshd[4121]: Accepted publickey for ubuntu from 10.0.0.9 port 50122 ssh2', ['for ubuntu'])).toEqual([]);
    expect(kept('Dec  3 18:04:13 bastion sudo:  deploy : TTY=pts/0 ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/systemctl restart app', ['sudo:  deploy :'])).toEqual([]);
    expect(kept('Role arn:aws:iam::123456789012:role/service-role/lambda.exec and user arn:aws:iam::123456789012:user/admin', ['lambda.exec', 'user/admin'])).toEqual([]);
    expect(kept('arn:aws:sts::123456789012:assumed-role/EKSNodeRole/i-0abc123def4567890', ['i-0abc123def4567890'])).toEqual([]);
    // One word that is no initial and a listed surname: `docker` (d + ocker), `tester`, `jenkins`.
    expect(keptIn({ Users: [{ UserName: 'docker' }, { UserName: 'tester' }, { UserName: 'jenkins' }, { UserName: 'readonly' }] }, ['docker', 'tester', 'jenkins', 'readonly'])).toEqual([]);
    expect(kept('Accepted publickey for docker from 10.0.0.9; user/tester; sudo:  writer : TTY=pts/0', ['docker', 'tester', 'writer'])).toEqual([]);
  });
  it('stays linear on hostile input of its shapes', () => {
    const run = (text: string) => detectAccountNames(text, [] as Detection[]);
    expect(timeRatio(run, (n) => 'arn:aws:iam::123456789012:user/'.repeat(Math.ceil(n / 31)).slice(0, n))).toBeLessThan(3);
    expect(timeRatio(run, (n) => 'user/a/'.repeat(Math.ceil(n / 7)).slice(0, n))).toBeLessThan(3);
    expect(timeRatio(run, (n) => 'sudo: a.b '.repeat(Math.ceil(n / 10)).slice(0, n))).toBeLessThan(3);
    expect(timeRatio(run, (n) => 'Accepted x for '.repeat(Math.ceil(n / 15)).slice(0, n))).toBeLessThan(3);
  });
});

describe('L4: the result of random_password and random_string', () => {
  it('the probe rows', () => {
    expect(leaksIn({ type: 'random_password', instances: [{ attributes: { result: 'q7#Lx!2mVp9Z@r4T', bcrypt_hash: '$2a$10$abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZ01234' } }] }, ['q7#Lx!2mVp9Z@r4T', 'abcdefghijklmnop'])).toEqual([]);
    expect(leaksIn({ resources: [{ type: 'random_password', name: 'db', instances: [{ attributes: { id: 'none', length: 20, result: 'VqMarisol!9x#Lm2Zp', special: true } }] }] }, ['VqMarisol!9x#Lm2Zp'])).toEqual([]);
    expect(leaksIn({ type: 'random_string', instances: [{ attributes: { result: 'h7Kq2Lm9Xv4Tz8Wp', length: 16 } }] }, ['h7Kq2Lm9Xv4Tz8Wp'])).toEqual([]);
    expect(leaks('# random_password.db:\nresource "random_password" "db" {\n    id     = "none"\n    result = (sensitive value)\n}\n\nrandom_password.db.result = "Gq8#nLm2Vx!7pRt4"', ['Gq8#nLm2Vx!7pRt4'])).toEqual([]);
  });
  it('held back: plan JSON, show JSON, module addresses, state show text, console', () => {
    expect(leaksIn({ resource_changes: [{ address: 'random_password.api', type: 'random_password', change: { actions: ['create'], before: null, after: { length: 24, result: 'Zt4!kQm9#Lp2Vx8w' } } }] }, ['Zt4!kQm9#Lp2Vx8w'])).toEqual([]);
    expect(leaksIn({ values: { root_module: { resources: [{ address: 'random_string.suffix', type: 'random_string', values: { result: 'p0q9r8s7t6u5', length: 12 } }] } } }, ['p0q9r8s7t6u5'])).toEqual([]);
    expect(leaks('module.db.random_password.master.result = "Wm3#xQ8!vL2pZk7R"', ['Wm3#xQ8!vL2pZk7R'])).toEqual([]);
    expect(leaks('# random_password.admin:\nresource "random_password" "admin" {\n    id          = "none"\n    length      = 16\n    result      = "Hn5&Rk2!Tq8zLw4M"\n    special     = true\n}', ['Hn5&Rk2!Tq8zLw4M'])).toEqual([]);
    expect(leaks('# random_string.token:\nresource "random_string" "token" {\n  result = "k2m4n6p8q0r2s4t6"\n}', ['k2m4n6p8q0r2s4t6'])).toEqual([]);
  });
  it('look-alikes stay readable', () => {
    expect(keptIn({ type: 'random_pet', instances: [{ attributes: { id: 'proud-fox', length: 2 } }] }, ['proud-fox'])).toEqual([]);
    expect(keptIn({ type: 'random_password', name: 'db', instances: [{ attributes: { id: 'none', length: 20, special: true, override_special: '!#$%' } }] }, ['"id":"none"', '"length":20', '"name":"db"', 'random_password'])).toEqual([]);
    expect(keptIn({ type: 'aws_lambda_invocation', instances: [{ attributes: { result: '{"statusCode":200}' } }] }, ['statusCode'])).toEqual([]);
    expect(keptIn({ checks: [{ name: 'lint', result: 'passed' }] }, ['passed'])).toEqual([]);
    expect(kept('random_password.db.result = (sensitive value)\nrandom_pet.name.id = "proud-fox"', ['(sensitive value)', 'proud-fox'])).toEqual([]);
    expect(kept('resource "random_password" "db" {\n  length  = 20\n  special = true\n}\nresource "null_resource" "x" {\n  result = "ok-build-42"\n}', ['ok-build-42', 'length  = 20'])).toEqual([]);
  });
  it('stays linear on hostile input of its shapes', () => {
    const run = (text: string) => detectSensitive(text);
    expect(timeRatio(run, (n) => 'resource "random_password" "a" {\n'.repeat(Math.ceil(n / 33)).slice(0, n))).toBeLessThan(3);
    expect(timeRatio(run, (n) => 'random_password.'.repeat(Math.ceil(n / 16)).slice(0, n))).toBeLessThan(3);
  });
});

describe('O2: the shell working directory PWD= is no password', () => {
  it('the probe rows', () => {
    expect(kept('Dec  3 18:04:13 bastion sudo:  marisol.quintanilla : TTY=pts/0 ; PWD=/home/marisol.quintanilla ; USER=root ; COMMAND=/bin/cat /etc/shadow', ['PWD=/home/', 'USER=root'])).toEqual([]);
    expect(kept('Dec  3 18:04:13 bastion sudo:  deploy : TTY=pts/0 ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/systemctl restart app', ['PWD=/srv/app'])).toEqual([]);
    expect(kept('PWD=/home/runner/work/app\nOLDPWD=/home/runner\nSHLVL=1', ['PWD=/home/runner/work/app', 'OLDPWD=/home/runner'])).toEqual([]);
  });
  it('held back: env dumps, JSON, Windows and home paths', () => {
    expect(kept('declare -x PWD="/var/lib/jenkins/workspace/app"\ndeclare -x SHLVL="1"', ['/var/lib/jenkins/workspace/app'])).toEqual([]);
    expect(kept('export PWD=~/projects/app', ['~/projects/app'])).toEqual([]);
    expect(keptIn({ env: { PWD: '/srv/app', OLDPWD: '/home', HOME: '/root' } }, ['/srv/app', '/home'])).toEqual([]);
    expect(kept('Environment: PWD=/opt/app, NODE_ENV=production', ['/opt/app'])).toEqual([]);
  });
  it('a password under PWD or pwd stays masked', () => {
    expect(leaks('PWD=Tr0ub4dor&3', ['Tr0ub4dor&3'])).toEqual([]);
    expect(leaks('db_pwd=/Xk9#vQ2mLp', ['/Xk9#vQ2mLp'])).toEqual([]);
    expect(leaks('pwd=/srv/app', ['/srv/app'])).toEqual([]);
    expect(leaksIn({ PWD: 'Zq8!vLm3xR' }, ['Zq8!vLm3xR'])).toEqual([]);
    expect(leaksIn({ pwd: '/Zq8!vLm3xR' }, ['Zq8!vLm3xR'])).toEqual([]);
  });
});
