// A user and a password passed by position to a call whose signature takes them (call-credentials.ts;
// the third probe of 2026-12-04, H5: `s.login('qxaro.v','…')`, `HTTPBasicAuth('qv','…')`,
// `DriverManager.getConnection(url,"sa","…")`, `auth=("qvlintuk", "…")` stored raw). The inputs
// here are other calls and spellings of the kind than the probe's.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import type { RedactionResult } from '../spec/redactor.js';
import type { UnsealedEvent } from '../spec/event.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
/** `text` as stored: redacted as a tool's result, pseudonyms shortened to their type. */
const stored = (text: string): string =>
  ((redactor.redact({ v: 1, id: '01JTESTCALLCRED00000000000', ts: '2026-12-04T16:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, tool: { name: 'run', result: text } } as unknown as UnsealedEvent, { capture: {} }) as RedactionResult).event.tool?.result as string).replace(/:psn_[A-Za-z0-9_]+\]/g, ']');
const secrets = (text: string) => detectSensitive(text).filter((d) => d.class === 'secret').map((d) => `${d.type}:${text.slice(d.start, d.end)}`);

describe('a password passed by position to a call known to take one', () => {
  it.each([
    // [call as written, its password, its user]
    ['imap = imaplib.IMAP4_SSL(host); imap.login("mreyes", "Vq8!nT4pLz")', 'Vq8!nT4pLz', 'mreyes'],
    ["ftp = FTP('files.example.org'); ftp.login('upload', 'Ds2!Hk6Vp', '')", 'Ds2!Hk6Vp', 'upload'],
    ["r = requests.get(u, auth=requests.auth.HTTPDigestAuth('svc', 'Rb3$kW9mQx'))", 'Rb3$kW9mQx', 'svc'],
    ['client = httpx.Client(auth=httpx.BasicAuth("ops", "Hy7#cP2vNs"))', 'Hy7#cP2vNs', 'ops'],
    ['async with aiohttp.ClientSession(auth=aiohttp.BasicAuth("etl", "Zw4!Qc7Rm")) as s:', 'Zw4!Qc7Rm', 'etl'],
    ['creds.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials("jdoe", "Wm5!tR8qLz"));', 'Wm5!tR8qLz', 'jdoe'],
    ['.header("Authorization", Credentials.basic("api", "Qz3$Lp8Vn"))', 'Qz3$Lp8Vn', 'api'],
    ['return new PasswordAuthentication("proxyuser", "Lm7$Rt2Qp".toCharArray());', 'Lm7$Rt2Qp', 'proxyuser'],
    ['auth.authenticate(new UsernamePasswordAuthenticationToken("auditor", "Tf8!Lq2Xs"));', 'Tf8!Lq2Xs', 'auditor'],
    ['var cred = new System.Net.NetworkCredential("svc_backup", "Pq9#Vz3Wd", "CORP");', 'Pq9#Vz3Wd', 'svc_backup'],
    ['Connection c = dataSource.getConnection("report", "Pv6#Kw2Ys");', 'Pv6#Kw2Ys', 'report'],
    ['Connection c = DriverManager.getConnection("jdbc:postgresql://db/app", "etl_loader", "Gk2!Vm8Qw");', 'Gk2!Vm8Qw', 'etl_loader'],
    ['$db = new mysqli("localhost", "shop", "Xc4!Gt7Bn", "orders");', 'Xc4!Gt7Bn', 'shop'],
    ["$link = mysqli_connect('127.0.0.1', 'crm', 'Yb6#Nw2Hs', 'sales');", 'Yb6#Nw2Hs', 'crm'],
    ["$dbh = new PDO('pgsql:host=db;dbname=ops', 'ops_rw', 'Hn3$Tk8Lc');", 'Hn3$Tk8Lc', 'ops_rw'],
    ["ftp_login($ftp, 'mirror', 'Ds2!Hk6Vq');", 'Ds2!Hk6Vq', 'mirror'],
    ['db = MySQLdb.connect("db.internal", "etl", "Nt5$Qr8Wz", "warehouse")', 'Nt5$Qr8Wz', 'etl'],
    ['l.simple_bind_s("cn=admin,dc=example,dc=org", "Gh4$Pm9Vr")', 'Gh4$Pm9Vr', 'cn=admin,dc=example,dc=org'],
    ['a := smtp.PlainAuth("", "alerts", "Kd7#Ws3Zq", "smtp.example.org")', 'Kd7#Ws3Zq', 'alerts'],
    ['with smtplib.SMTP_SSL("mail.example.org", 465) as s:\n    s.login("notify", "Wd8!Xp3Lk")', 'Wd8!Xp3Lk', 'notify'],
    // 2-tuples given to auth or credentials.
    ['session.auth = ("svc-etl", "Mb9#Zx4Tq")', 'Mb9#Zx4Tq', 'svc-etl'],
    ["es = Elasticsearch(['https://es:9200'], http_auth=('elastic', 'Jr3$Wn7Kc'))", 'Jr3$Wn7Kc', 'elastic'],
    ["requests.post(url, json=body, auth=('reporter', 'Sx5!Fv9Lm'), timeout=10)", 'Sx5!Fv9Lm', 'reporter'],
    ["config = {'credentials': ('loader', 'Cq2#Bm7Wx')}", 'Cq2#Bm7Wx', 'loader'],
  ])('%s', (text, password, user) => {
    const out = stored(text);
    expect(out).not.toContain(password);
    expect(out).toContain('[PASSWORD]');
    // The user beside it is masked with it, as a URL's userinfo is (`postgres://user:pass@…`).
    expect(out).not.toContain(`"${user}"`);
    expect(out).not.toContain(`'${user}'`);
    // Found by the detectors themselves (detectSensitive, evaluations).
    expect(secrets(text)).toContain(`PASSWORD:${password}`);
  });

  it('masks an email given as the user as an email', () => {
    expect(stored('s.login("alerts@example.org", "Wd8!Xp3Lk")')).toBe('s.login("[EMAIL]", "[PASSWORD]")');
  });

  it('masks the password when the user is a variable, and keeps the other arguments', () => {
    expect(stored('conn = pymysql.connect(host, user, "Tq6!Xm9Lv", "billing")')).toBe('conn = pymysql.connect(host, user, "[PASSWORD]", "billing")');
    expect(stored('DriverManager.getConnection(JDBC_URL, "sa", "Kp4!Zw9Rt")')).toBe('DriverManager.getConnection(JDBC_URL, "[USERNAME]", "[PASSWORD]")');
  });

  it.each([
    // Variables hold no value here.
    's.login(user, password)',
    'smtp.login(cfg.user, os.environ["SMTP_PASSWORD"])',
    'auth=(user, token)',
    'HTTPBasicAuth(username, getpass.getpass())',
    'pymysql.connect(host, user, pw, db)',
    // Too few arguments for the signature, or no signature at all.
    "connect('db','billing')",
    "db.connect('db', 'billing', 'Tq5!Xm8Lv', 'prod')",
    'getConnection(url, props)',
    "assertEquals('expected', 'Wq7!Lz3Kp')",
    'print(("left", "right"))',
    // A bare login(…) is no method of a client, placeholders and empty passwords are none.
    "login('admin', 'Tq5!Xm8Lv')",
    "s.login('admin', 'password')",
    's.login("guest", "")',
    's.login("svc", "${SMTP_PASSWORD}")',
    // Names that contain a known one.
    "blogin('a', 'Tq5!Xm8Lv')",
    "author = ('Qxaro', 'Tq5!Xm8Lv')",
  ])('leaves %s alone', (text) => {
    expect(stored(text)).toBe(text);
  });

  it('finishes on 200 000-character runs of each cue (the test timeout bounds the work)', () => {
    for (const unit of ['s.login("a", "b', 's.login(', 'auth=(', 'auth=("a", ', 'getConnection((((', 'PDO("a", "b", "', 'x.login(\'', 'auth=("a","b"),']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      expect(Array.isArray(detectSensitive(text)), unit).toBe(true);
    }
  });
});
