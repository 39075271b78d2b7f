import { pushField } from './internal/field-kinds.js';
import { gatedTest } from './internal/prefilter.js';
import { isGivenNameWord, isInitialAndSurname, isListedPersonName, isLoginNameWord, isPersonLogin, isRecordNameWord } from './names.js';
import type { Detection } from './types.js';

/**
 * Account names that spell their user's name, in Windows security events, Active Directory
 * exports, Kerberos and sshd logs (L6 of the tenth probe, 2026-12-05c). Directories name an
 * account `given.surname` (or `given_surname`), so the account is the person's name; the
 * name detectors read it as one word of two parts and let it through.
 *  - after an account label: `Account Name:`, `Target User Name:`, `User Name:`, `sAMAccountName:`,
 *    `user=`, `username:`, `login:`, `uid=`, sshd's `invalid user` and `password for`;
 *  - after a NetBIOS domain and a backslash, anywhere (`CORP\aisha.bello`, `CORP\\ngozi.eze`);
 *  the value `given.surname`, `given_surname` (each part two letters at least; `-` and `'` inside
 *  a part: `ana-maria.popescu`) is masked as a `PERSON`, unless a part is a service's or a
 *  role's word (`svc.backup`, `app.worker`, `sql_service`) or the last a file's or domain's
 *  ending (`config.yaml`, `corp.local`).
 *  - a computer named after its user: `LAPTOP-RAJESHK`, `DESKTOP-AMARAOKAFOR` (a device word,
 *    `-`, four letters or more, no digit): the part after `-` is a `PERSON`. Windows' own names
 *    (`DESKTOP-7F3KQ2M`, with a digit) and a department's (`LAPTOP-FINANCE`) stay.
 * Cloud and host accounts (L3 of the eleventh probe, 2026-12-05d), where the value may also be an
 * initial and a listed surname (`mquintanilla`; names.ts isInitialAndSurname):
 *  - the user of an IAM ARN, after its path (`arn:aws:iam::123456789012:user/ops/marisol.quintanilla`,
 *    any partition: `aws-cn`, `aws-us-gov`) and the session name of an STS assumed-role ARN
 *    (`arn:aws:sts::…:assumed-role/AdminRole/tobias.wexford`);
 *  - sshd's `Accepted publickey for`, `Failed keyboard-interactive/pam for`, sudo's `sudo: <user> :`
 *    (`sudo[881]:` too) and su's `(to root) <user> on`;
 *  - as a JSON member (redactor.ts, accountPersonValue): under `UserName`, `user_name`, `login`,
 *    `roleSessionName`, `samAccountName`, under a person's role (`user`, `owner`), and a `name`
 *    under `user` or `account`.
 * Kept: one-word accounts that are not an initial and a listed surname (`rkumar`, `jbaptiste`,
 * `twexford`: no name can be told from them), machine accounts (`DC01$`), `NT AUTHORITY\SYSTEM`,
 * `ANONYMOUS LOGON`, `krbtgt`, EC2 instance sessions (`i-0abc…`), SDK sessions
 * (`botocore-session-1733412345`); a UPN or an email as a session name is an email's.
 * Linear: the prefilter is a gated test; each pattern is one global search with bounded repetitions.
 */
// Each pattern's words: `password for` and `failed … for` (sshd) and `macbook-` were missing until 2026-12-05 (mutation run);
// the devices named after their owner (`<Given>s-iPhone`, `<Given>s iPhone`: L3 of the probe of 2026-12-05e) after them.
const accountHint = gatedTest(/account|user|login|logon|uid|password for|\\|laptop|desktop|\bpc-|\bnb-|\bws-|\bwks-|\bmbp-|macbook-|workstation|assumed-role|accepted|failed|sudo|\(to |[a-z]-(?:iphone|ipad|ipod|imac|mac(?:book)?|mb[ap]|galaxy|pixel|android|surface|chromebook|kindle|thinkpad|xps|watch|apple-watch|airpods|homepod|phone|laptop|pc|tablet)(?![a-z])|s (?:iphone|ipad|ipod|imac|mac|airpods|apple watch|galaxy|pixel)/iu);
const ACCOUNT_VALUE = "([A-Za-z][A-Za-z'-]{1,30}[._][A-Za-z][A-Za-z'-]{1,30})(?![\\p{L}\\p{N}_@$]|\\.[\\p{L}\\p{N}])";
const LABELLED = new RegExp(
  `\\b(?:(?:target |subject |new |old )?(?:account|user)[ _]?name|samaccountname|user(?:name)?|login(?:[ _]?name)?|logon[ _]?name|uid|invalid user|password for(?: invalid user)?)[ \\t]*[:=]?[ \\t]*["']?${ACCOUNT_VALUE}`,
  'giu',
);
const DOMAIN_ACCOUNT = new RegExp(`(?<![\\p{L}\\p{N}])[A-Z][A-Z0-9-]{1,14}\\\\{1,2}${ACCOUNT_VALUE}`, 'gu');
/** An account of one word or two parts (group 1; a closing quote or dash after it is trimmed by detectAccountNames). */
const ANY_ACCOUNT = "([A-Za-z][A-Za-z'-]{0,30}(?:[._][A-Za-z][A-Za-z'-]{0,30})?)(?![\\p{L}\\p{N}_@$+=/]|[.-][\\p{L}\\p{N}])";
/** Places where a cloud or a host names an account: an IAM user ARN after its path, an STS session, sshd, sudo, su. */
const HOST_ACCOUNT = new RegExp(
  `(?:\\barn:aws(?:-[a-z]{2,8}){0,2}:(?:iam::\\d{12}:user/(?:[\\w+=,.@-]{1,64}/){0,8}|sts::\\d{12}:assumed-role/[\\w+=,.@-]{1,64}/)|\\b(?:accepted|failed) [a-z/-]{1,40} for (?:invalid user )?|\\bsudo(?:\\[\\d{1,10}\\])?:[ \\t]{1,4}|\\bsu(?:\\[\\d{1,10}\\])?: \\(to [\\w.-]{1,32}\\) )${ANY_ACCOUNT}`,
  'giu',
);
const DEVICE_NAME = /\b(?:LAPTOP|DESKTOP|PC|NB|WS|WKS|MBP|MACBOOK)-([A-Z]{4,20})(?![\p{L}\p{N}])/gu;
/**
 * A device named after its owner as phones and laptops name themselves (`Leonora's iPhone` becomes
 * the host name `Leonoras-iPhone`; `Thaddeuss-MacBook-Pro`, `Priyamvadas-MBP.local`,
 * `Wilhelminas-Galaxy-S24`): a word of three letters or more, `-`, then a model's word (L3 of the
 * twelfth probe, 2026-12-05e: stored raw in DHCP logs, UniFi's `hostname` and mDNS names). Group 1
 * is the owner's word; the model stays. Bounded repetitions, one global search.
 */
const OWNER_DEVICE = /(?<![\p{L}\p{N}_.-])(\p{L}[\p{Ll}\p{M}]{2,24})-(?:iphone|ipad|ipod|imac|mac(?:book)?|mb[ap]|galaxy|pixel|android|surface|chromebook|kindle|thinkpad|xps|apple-watch|watch|airpods|homepod|phone|laptop|pc|tablet)(?![\p{L}])/giu;
/**
 * The same, as the device names itself before a host name is made of it, with a blank: the
 * possessive (`Leonora's MacBook Pro`, `Hope's iPhone`) or its `s` alone after a listed name
 * (`Leonoras iPhone`; `Canvas iPad`, `Atlas Pixel`, `Texas iPhone` stay), then
 * a model's word as its maker writes it (L3 of the twelfth probe, 2026-12-05e, open part). Group 1
 * is the owner's word without its possessive, group 2 the possessive. Only the models that name
 * themselves so (Apple's, Samsung's Galaxy, Google's Pixel): `Toshiba Laptop` is a product.
 */
const OWNER_DEVICE_SPACED = /(?<![\p{L}\p{N}_.'’-])(\p{Lu}[\p{Ll}\p{M}]{1,24})(['’]s|s) (?:iPhone|iPad|iPod|iMac|MacBook|Mac|AirPods|Apple Watch|Galaxy|Pixel)(?![\p{L}])/gu;
/** Words before a device's model that name a maker, a shared device's users or a room (`Samsung-Galaxy`, `Kids-iPad`, `Office-iPad`). */
const DEVICE_MAKERS = new Set(['apple', 'samsung', 'google', 'huawei', 'xiaomi', 'oneplus', 'motorola', 'moto', 'nokia', 'sony', 'lenovo', 'dell', 'asus', 'acer', 'microsoft', 'amazon', 'oppo', 'vivo', 'realme', 'honor', 'redmi', 'poco', 'nothing', 'fairphone', 'verizon', 'tmobile', 'sprint', 'vodafone', 'android', 'iphone', 'ipad', 'galaxy', 'pixel', 'mac', 'macbook', 'surface', 'kindle', 'echo', 'fire', 'nest']);

/** Parts that name a service, a role or a system rather than a person. */
const SERVICE_PARTS = new Set([
  'svc', 'service', 'services', 'admin', 'administrator', 'adm', 'sql', 'backup', 'system', 'app', 'apps', 'web', 'api', 'test', 'tests', 'dev', 'prod', 'stage', 'staging', 'local', 'host', 'root', 'guest',
  'user', 'users', 'bot', 'srv', 'server', 'worker', 'job', 'jobs', 'task', 'sync', 'scan', 'scanner', 'mail', 'noreply', 'print', 'printer', 'iis', 'apppool', 'krbtgt', 'health', 'monitor', 'monitoring',
  'deploy', 'build', 'ci', 'jenkins', 'git', 'www', 'ftp', 'db', 'data', 'etl', 'report', 'reports', 'batch', 'cron', 'daemon', 'agent', 'default', 'public', 'shared', 'temp', 'tmp', 'training', 'demo',
  'sa', 'ops', 'it', 'helpdesk', 'support', 'info', 'sales', 'hr', 'finance', 'security', 'audit', 'vendor', 'ext', 'external', 'contractor', 'exchange', 'sharepoint', 'azure', 'aws', 'cloud', 'domain',
  'no', 'reply', 'team', 'platform', 'session', 'role', 'readonly', 'lambda', 'ec2', 'ecs', 'eks', 'terraform', 'github', 'gitlab', 'bitbucket', 'okta', 'sso', 'saml',
  'kiosk', 'lab', 'reception', 'scheduler', 'update', 'updates', 'install', 'setup', 'operator', 'readonly', 'ro', 'rw', 'master', 'replica', 'primary', 'secondary', 'node', 'cluster', 'proxy',
]);
/** Endings that make `a.b` a file, a module or a domain. */
const NOT_SURNAMES = new Set([
  'yaml', 'yml', 'json', 'txt', 'exe', 'dll', 'log', 'py', 'ts', 'js', 'sh', 'ps', 'xml', 'csv', 'md', 'conf', 'cfg', 'ini', 'com', 'net', 'org', 'local', 'corp', 'lan', 'internal', 'io', 'path', 'env',
  // A name field's own name (`spouse_name`, `first_name` after `user:` in a namespaced key, `mem:user:spouse_name`: L5 of probe 2026-12-05h).
  'name',
]);
/** Words after a device's `-` that name a department or a room. */
/** Rooms, places and things that the lists keep as given names or surnames (`Hall`, `Field`, `Art`, `Bar`, `Den`, `Deck`): a shared device's words before a model (`Halls-iPad`). */
const DEVICE_ROOMS = new Set(['hall', 'field', 'art', 'bar', 'den', 'deck', 'patio', 'pool', 'garden', 'kitchen', 'bed', 'bedroom', 'master', 'living', 'dining', 'basement', 'attic', 'garage', 'gym', 'shop', 'store', 'cafe', 'car', 'van', 'truck', 'boat', 'cabin', 'lake', 'beach', 'farm', 'barn', 'church', 'chapel', 'court', 'park', 'porch', 'work', 'school', 'class', 'team', 'band', 'choir', 'stage', 'front', 'back', 'side', 'north', 'south', 'east', 'west', 'upstairs', 'downstairs', 'guest', 'kid', 'baby', 'nanny', 'mom', 'dad', 'mum', 'papa', 'mama', 'grandma', 'grandpa', 'nana']);
const DEVICE_ROLES = new Set([
  'finance', 'reception', 'sales', 'admin', 'kiosk', 'frontdesk', 'test', 'build', 'lobby', 'server', 'print', 'printer', 'shared', 'training', 'support', 'marketing', 'legal', 'accounts', 'payroll',
  'warehouse', 'office', 'meeting', 'conf', 'boardroom', 'studio', 'prod', 'staging', 'main', 'home', 'guest', 'public', 'lab', 'class', 'classroom', 'library', 'nurse', 'ward', 'pharmacy', 'desk',
  'dev', 'spare', 'loaner', 'temp', 'demo', 'scan', 'scanner', 'pos', 'till', 'station', 'hr', 'it', 'ops', 'helpdesk', 'service', 'security', 'audit',
]);

/**
 * Whether a value under an account's name (a JSON member: redactor.ts) or at an account's place
 * names its person: `given.surname`, `given_surname` (personAccount) or an initial and a listed
 * surname (`mquintanilla`).
 */
export function accountPersonValue(value: string): boolean {
  if (value.length < 5 || value.length > 63) return false;
  if (/^[A-Za-z][A-Za-z'-]{1,30}[._][A-Za-z][A-Za-z'-]{1,30}$/.test(value)) return personAccount(value);
  return isInitialAndSurname(value);
}

/**
 * accountPersonValue for a member that names a person's role rather than an account (`user`,
 * `owner`, `assignee`, `first`/`last` beside each other: redactor.ts keyedValue's role decisions):
 * a part of `given.surname` must also be a listed given name or surname, so a cursor, a slug or a
 * job's name of that shape stays (`cursor_abc`, `nightly_build`); `siosaia.fifita`,
 * `marisol.quintanilla` are persons.
 */
export function listedAccountPersonValue(value: string): boolean {
  if (!accountPersonValue(value)) return false;
  const parts = value.split(/[._]/);
  return parts.length !== 2 || parts.some((part) => isListedPersonName(part));
}

function personAccount(value: string, three = false): boolean {
  const parts = value.toLowerCase().split(/[._]/);
  if (three && parts.length === 3) return parts.every((part) => !SERVICE_PARTS.has(part)) && !NOT_SURNAMES.has(parts[2] as string);
  if (parts.length !== 2) return false;
  const [given, surname] = parts as [string, string];
  return !SERVICE_PARTS.has(given) && !SERVICE_PARTS.has(surname) && !NOT_SURNAMES.has(surname);
}

/**
 * A login of two words joined by a dot or an underscore before `@` and a host that is no domain: an IPv4 address, an IPv6
 * address in brackets, or a bare host name of letters, digits and dashes (L8 of the README-only probe of 2026-12-06b:
 * `ssh-ed25519 AAAA… dilnoza.rashidova@laptop-dilnoza`, `scp f marisol.quintanilla@10.0.0.5:/tmp/`, `rsync … aroha.ngata@192.168.10.4:/srv/`,
 * `git push lwazi.mahlangu@build-01:repo.git` were stored with the login raw: the email detector needs a top-level domain,
 * and the IP beside it was masked). `ssh`, `scp`, `rsync`, `git` remotes and SSH keys' comments write a user so. Group 1 is
 * the login, group 2 a bare host name. A host word that is a part of the login (`laptop-dilnoza`) is its owner's name too.
 * One word or three joined so are read too (issue 11, L8's open part: `ana@10.0.0.5`, `maria.luisa.santos@build01`).
 */
const HOST_LOGIN = /(?<![\p{L}\p{N}_.@+%'’-])([A-Za-z][A-Za-z'’-]{0,24}(?:[._][A-Za-z][A-Za-z'’-]{0,24}){0,2})@(?:\d{1,3}(?:\.\d{1,3}){3}(?![\d.])|\[[\dA-Fa-f:.]{2,45}\]|([A-Za-z][A-Za-z\d-]{0,62})(?![\p{L}\p{N}_@-]|\.[\p{L}\p{N}]))/gu;
// A plain test, no prefilter gate: its caller asks only texts that hold `@`, and the mask's 62 bits
// are all taken (a 63rd gate would walk every short text itself).
const HOST_LOGIN_HINT = /[a-z]@[\w[]/i;
/**
 * One-word logins that are a system's, an image's or a service's default user, not a person's (`ubuntu@`, `ec2-user@`,
 * `kali@kali`, `travis@`, `postgres@`; SERVICE_PARTS too): a cloud image's, a distribution's, a CI's, a database's.
 */
const SYSTEM_LOGINS = new Set([
  'ubuntu', 'centos', 'fedora', 'debian', 'bitnami', 'azureuser', 'opc', 'core', 'vagrant', 'pi', 'kali', 'alpine', 'rocky', 'almalinux', 'alma', 'arch',
  'freebsd', 'openbsd', 'suse', 'opensuse', 'travis', 'circleci', 'buildkite', 'teamcity', 'bamboo', 'hudson', 'drone', 'runner', 'builder', 'ansible',
  'puppet', 'chef', 'salt', 'postgres', 'postgresql', 'mysql', 'mariadb', 'oracle', 'redis', 'mongo', 'mongodb', 'elastic', 'kafka', 'hadoop', 'spark',
  'hdfs', 'yarn', 'hive', 'zookeeper', 'cassandra', 'rabbitmq', 'docker', 'podman', 'kube', 'nagios', 'zabbix', 'grafana', 'prometheus', 'kibana',
  'jupyter', 'gitea', 'gogs', 'gerrit', 'odoo', 'plex', 'nextcloud', 'mastodon', 'discourse', 'sentry', 'apache', 'nginx', 'tomcat', 'minecraft', 'steam',
  'nobody', 'daemon', 'operator', 'student', 'developer', 'devops', 'sysadmin', 'ftpuser', 'sftpuser', 'sshd', 'syslog', 'systemd', 'messagebus',
  'pulse', 'avahi', 'gdm', 'lightdm', 'sddm', 'landscape', 'news', 'games', 'list', 'irc', 'gnats', 'proxy', 'lp', 'uucp', 'man', 'svn', 'hg', 'cvs',
  'airflow', 'superset', 'metabase', 'vault', 'consul', 'nomad', 'jira', 'confluence', 'bastion', 'jump', 'console', 'ops', 'oper',
  // Appliances' images (their user is often the host's name too: `pihole@pihole`), and a manual's placeholders.
  'pihole', 'octopi', 'volumio', 'dietpi', 'retropie', 'osmc', 'openhab', 'homeassistant', 'frappe', 'gitolite', 'ghost', 'sandbox', 'foo', 'bar', 'baz',
  'qux', 'username', 'yourname', 'myname', 'myuser', 'youruser', 'someone', 'somebody', 'login', 'remote', 'me', 'you',
]);
/** A host that is a package's tag or a ref, not a machine (`ava@latest`, `karma@next`, `jasmine@canary`). */
const TAG_HOSTS = new Set(['latest', 'next', 'canary', 'beta', 'alpha', 'rc', 'stable', 'main', 'master', 'head', 'dev', 'nightly', 'lts', 'edge', 'experimental', 'insiders', 'preview', 'sha256', 'sha512', 'sha1', 'legacy', 'release', 'snapshot', 'current', 'upstream', 'origin', 'local', 'localhost', 'workspace', 'npm', 'patch', 'file', 'link', 'portal', 'github', 'git']);
/**
 * Where a one-word login the lists lack may be a person's (isLoginNameWord): an SSH public key's comment, its owner's
 * login (`ssh-ed25519 AAAA… dilnoza@bastion`). In a command's line (`ssh dilnoza@bastion`) such a word is an
 * appliance's or a service's user as often (`octopi@`, `volumio@`, `gitolite@`): only the lists' names are read there.
 */
const KEY_COMMENT_BEFORE = /(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d{3}|sk-ssh-ed25519@openssh\.com)[ \t]+[A-Za-z0-9+/]{16,}={0,2}[ \t]+$/;
/** The login, one word (the lists' name, or a name's shape in a key's comment), or two or three (personAccount). */
function personLogin(text: string, start: number, login: string, host: string | undefined, keyed: boolean): boolean {
  if (/[._]/.test(login)) return personAccount(login, true) && isPersonLogin(login);
  const lower = login.toLowerCase();
  if (SERVICE_PARTS.has(lower) || SYSTEM_LOGINS.has(lower) || (host !== undefined && TAG_HOSTS.has(host.toLowerCase()))) return false;
  if (isPersonLogin(login)) return true;
  if (!keyed || !isLoginNameWord(login)) return false;
  return KEY_COMMENT_BEFORE.test(text.slice(Math.max(0, start - 800), start));
}

/**
 * The logins of HOST_LOGIN that spell a person (`given.surname`, `given_surname`): no service's, role's or machine's word
 * (personAccount: `svc.backup@`, `app.worker@`; `kali_linux@`), no file's ending (`config.yaml@HEAD`), and the home folder's test
 * of the shape (names.ts isPersonLogin: listed names, or words that read as a name's; `build.agent@`, `vue.draggable@next`
 * stay); a one-word login the lists hold as a name (`ana@10.0.0.5`), or in a key's comment one that reads as a name's
 * (`dilnoza@bastion`). Kept too: role, system and service accounts (`git@`, `root@`, `ubuntu@`, `deploy@`, `ec2-user@`,
 * `jenkins@`, `postgres@`: SERVICE_PARTS, SYSTEM_LOGINS), a package's tag (`ava@latest`), a mention in prose
 * (`@jakub.zielinski`: no login before the `@`), a package's version (`lodash.merge@4.17.21`: no host) and a host with a dot
 * and more after it (a domain: the email detector's).
 */
function hostLogins(text: string, out: Detection[]): void {
  // A key's comment is read only in a text that holds a key's type.
  const keyed = text.includes('ssh-') || text.includes('ecdsa-');
  for (const match of text.matchAll(HOST_LOGIN)) {
    const login = match[1] as string;
    const start = match.index as number;
    const host = match[2];
    if (!personLogin(text, start, login, host, keyed)) continue;
    pushField(out, text, start, start + login.length, 'name');
    if (host === undefined) continue;
    // The owner's name in the machine's (`laptop-dilnoza`, `dilnoza-pc`): a word of the host that is a word of the login.
    const parts = login.toLowerCase().split(/[._]/);
    let at = start + login.length + 1;
    for (const word of host.split('-')) {
      if (word.length >= 3 && parts.includes(word.toLowerCase())) pushField(out, text, at, at + word.length, 'name');
      at += word.length + 1;
    }
  }
}

/** Where HOST_ACCOUNT may match without a colon: sshd's words (arn:, sudo: and su: hold a colon). Case folded by Unicode as HOST_ACCOUNT is. */
const SSHD_WORDS = gatedTest(/accepted |failed /iu);
/** Where OWNER_DEVICE_SPACED may match: `s`, a blank and the start of a model's word as its maker writes it. */
const SPACED_DEVICE = gatedTest(/s (?:iP|iMac|Mac|AirPods|Apple Watch|Galaxy|Pixel)/u);

/**
 * Its caller's only gate is this function's own (detectors.ts calls it on every text when persons
 * are on: a one-word account at sudo's place holds no dot, L6b of 2026-12-05c). Each pattern runs
 * only where the characters it needs are, checked before accountHint (which walks most prose):
 * ACCOUNT_VALUE's `.` or `_` (LABELLED, DOMAIN_ACCOUNT), a device's `-` (OWNER_DEVICE,
 * DEVICE_NAME), a colon or sshd's words (HOST_ACCOUNT), `s` and a model's word (OWNER_DEVICE_SPACED).
 */
export function detectAccountNames(text: string, out: Detection[]): void {
  const dotted = text.indexOf('.') !== -1 || text.indexOf('_') !== -1;
  // A login before `@` and a host needs no account's word (its own gate: `@` after a letter).
  if (text.indexOf('@') !== -1 && HOST_LOGIN_HINT.test(text)) hostLogins(text, out);
  const dashed = text.indexOf('-') !== -1;
  const host = text.indexOf(':') !== -1 || SSHD_WORDS(text);
  const spaced = SPACED_DEVICE(text);
  if (!dotted && !dashed && !host && !spaced) return;
  if (!accountHint(text)) return;
  if (dotted) for (const pattern of [LABELLED, DOMAIN_ACCOUNT]) {
    for (const match of text.matchAll(pattern)) {
      // A closing quote or a dash after the value is not the account (`login='given.surname'`).
      const found = match[1] as string;
      const value = found.replace(/['-]+$/, '');
      if (!personAccount(value)) continue;
      const end = (match.index as number) + match[0].length - (found.length - value.length);
      pushField(out, text, end - value.length, end, 'name');
    }
  }
  if (host) for (const match of text.matchAll(HOST_ACCOUNT)) {
    const found = match[1] as string;
    const value = found.replace(/['-]+$/, '');
    // sudo's user is followed by ` :`; su's by ` on`.
    const end = (match.index as number) + match[0].length - (found.length - value.length);
    if (/^sudo/i.test(match[0]) && !/^[ \t]{1,4}:/.test(text.slice(end, end + 5))) continue;
    if (!accountPersonValue(value)) continue;
    pushField(out, text, end - value.length, end, 'name');
  }
  if (dashed) for (const match of text.matchAll(OWNER_DEVICE)) {
    const owner = match[1] as string;
    if (!deviceOwner(owner)) continue;
    const start = match.index as number;
    pushField(out, text, start, start + owner.length, 'name');
  }
  if (spaced) for (const match of text.matchAll(OWNER_DEVICE_SPACED)) {
    const stem = match[1] as string;
    const possessive = match[2] as string;
    if (!deviceOwnerStem(stem)) continue;
    // A bare `s` before a blank ends many words (`Canvas iPad`, `Atlas Pixel`, `Texas iPhone`): there the stem must be a listed name.
    if (possessive === 's' && !isListedPersonName(stem) && !isGivenNameWord(stem)) continue;
    const start = match.index as number;
    pushField(out, text, start, start + stem.length + (possessive === 's' ? 1 : 0), 'name');
  }
  if (dashed) for (const match of text.matchAll(DEVICE_NAME)) {
    const owner = match[1] as string;
    if (DEVICE_ROLES.has(owner.toLowerCase())) continue;
    const end = (match.index as number) + match[0].length;
    pushField(out, text, end - owner.length, end, 'name');
  }
}

/**
 * A person's handle after the words that say it is one (L17 of probe-2026-12-05g: `my DNA match
 * pwainwright83 turned out to be Barnaby Colquhoun`, where the name was masked and the username
 * beside it, built from a person's name, linked the two): after a genealogy site's match (`DNA
 * match`, `Ancestry match`, `23andMe match`, `MyHeritage match`, plural too), after a possessive
 * and a handle's word (`my handle is`, `her username:`, `their gamertag`, `his screen name`, `my IGN`,
 * `my nick`), after `gamertag`/`gamer tag` alone, and after `aka`/`a.k.a.`. The handle: 3-32 of
 * letters, digits, `_` and `.`, with three letters or more, an `@` before it allowed; letters and
 * digits, `_` or `.` (`pwainwright83`, `chidi_eo79`), or lower-case letters alone that are no
 * English word (`leovdh`; names.ts isRecordNameWord) or an initial and a listed surname. Masked as
 * a `PERSON`, as an account named after its user is. Not read: a handle after `username:` or
 * `user` with no possessive (the account labels above take `given.surname`; a one-word account
 * there, `rkumar`, stays, as it always did), a handle in capitals (names.ts reads a capitalized
 * word), a handle with no cue. Linear: one gated test, one global search with bounded repetitions.
 */
const HANDLE_CUE = /(?<![\p{L}\p{N}])(?:(?:dna|ancestry|23andme|myheritage|ftdna|gedmatch)[ \t]match(?:es)?(?:[ \t](?:is|was))?|(?:my|his|her|their|your|our)[ \t](?:handle|username|user[ \t]name|gamer[ \t]?tag|screen[ \t]?name|ign|nick(?:name)?)(?:[ \t](?:is|was))?|gamer[ \t]?tag|a\.?k\.?a\.?)[ \t]*[:=]?[ \t]{1,2}@?([A-Za-z0-9][A-Za-z0-9_.]{2,31})(?![\p{L}\p{N}_@]|\.[\p{L}\p{N}])/giu;
const handleHint = gatedTest(/match|handle|user ?name|gamer ?tag|screen ?name|ign|nick|aka|a\.k\.a/i);

/** Whether a word after HANDLE_CUE is a person's handle (see there). */
function personHandle(handle: string): boolean {
  const letters = handle.replace(/[^A-Za-z]/g, '').length;
  if (letters < 3) return false;
  if (/[0-9_.]/.test(handle)) return !/^v?\d+(?:\.\d+)*$/i.test(handle) && !SERVICE_PARTS.has(handle.toLowerCase().replace(/[0-9_.]+$/, ''));
  if (handle !== handle.toLowerCase()) return false;
  return isRecordNameWord(handle.charAt(0).toUpperCase() + handle.slice(1)) || isInitialAndSurname(handle);
}

/** Handles after HANDLE_CUE's words (see there), pushed as persons. */
export function detectHandles(text: string, out: Detection[]): void {
  if (!handleHint(text)) return;
  for (const match of text.matchAll(HANDLE_CUE)) {
    const handle = (match[1] as string).replace(/\.+$/, '');
    if (!personHandle(handle)) continue;
    const start = (match.index as number) + match[0].length - (match[1] as string).length;
    pushField(out, text, start, start + handle.length, 'name');
  }
}

/**
 * Whether the word before a device's model names its owner (OWNER_DEVICE): no maker's or shared
 * device's word; without its possessive `s` (`Leonoras`, `Thaddeuss`, `Hyacinths`) a listed name
 * (names.ts isListedPersonName) or a name word of a record (isRecordNameWord: an unknown word that
 * is no frequent English word), as written (`Thaddeus-iPhone`) a name word of a record only:
 * `Kids`, `Users`, `Guests`, `Office`, `Sales`, `Kitchen` stay.
 */
function deviceOwner(owner: string): boolean {
  const lower = owner.toLowerCase();
  if (DEVICE_MAKERS.has(lower) || DEVICE_ROLES.has(lower) || SERVICE_PARTS.has(lower)) return false;
  const word = lower.charAt(0).toUpperCase() + lower.slice(1);
  if (!lower.endsWith('s')) return isRecordNameWord(word);
  return deviceOwnerStem(word.slice(0, -1));
}
/**
 * Whether a possessive's stem before a device's model names its owner: no maker's, role's or
 * room's word; a listed name, a name word of a record, or a given name the lists keep as a common
 * word (`Graces-iPhone`, `Hyacinths-iPad`, `Hope's iPhone`: names.ts isGivenNameWord; the device's
 * possessive makes them owners; L3 of the twelfth probe, open part).
 */
function deviceOwnerStem(stem: string): boolean {
  const stemLower = stem.toLowerCase();
  if (DEVICE_MAKERS.has(stemLower) || DEVICE_ROLES.has(stemLower) || SERVICE_PARTS.has(stemLower) || DEVICE_ROOMS.has(stemLower)) return false;
  const word = stemLower.charAt(0).toUpperCase() + stemLower.slice(1);
  return word.length >= 3 && (isRecordNameWord(word) || isListedPersonName(word) || isGivenNameWord(word));
}
