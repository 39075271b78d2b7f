// A command as an array of strings (issue 11, a fresh probe of 2026-12-03, row 59): spawn and exec
// arguments, an MCP server's `command` and `args`, a Dockerfile's exec form. `["mysql", "-u",
// "root", "-phunter2"]` was stored raw: each item alone holds no flag beside its value. The
// command-line rules (secrets.ts: `mysql -p…`, `--password=…`, `docker login -p …`, `sshpass -p …`,
// `redis-cli -a …`, `zip -P …`, `openssl -k …`, `keytool -storepass …`; detectors.ts: `curl -u
// user:pass`, URL credentials) read the items joined by blanks, as the shell line they stand for,
// and each span found is mapped back onto the items it covers.
import type { Detection } from './types.js';

/**
 * Commands whose arrays are read as command lines: the tools the command-line rules know, the
 * shells and runners that take a tool and its flags after them (`sudo`, `env`, `npx`, `uvx`,
 * `docker run`), and the interpreters of MCP servers (`node`, `python`). An array is a command
 * when one of its items (its path and `.exe` aside) is one of these.
 */
const COMMANDS: ReadonlySet<string> = new Set([
  'mysql', 'mysqldump', 'mysqladmin', 'mysqlimport', 'mysqlsh', 'mysqlcheck', 'mariadb', 'mariadb-dump', 'mariadb-admin',
  'psql', 'pg_dump', 'pg_dumpall', 'pg_restore', 'pgbench', 'sqlcmd', 'bcp', 'mongo', 'mongosh', 'mongodump', 'mongorestore', 'mongoexport', 'mongoimport',
  'sqlplus', 'sqlldr', 'rman', 'expdp', 'impdp', 'dgmgrl', 'redis-cli', 'redis-server', 'keydb-cli', 'valkey-cli', 'valkey-server',
  'curl', 'wget', 'http', 'sshpass', 'ssh', 'scp', 'sftp', 'rsync', 'lftp', 'ftp', 'smbclient', 'htpasswd', 'net',
  'docker', 'podman', 'buildah', 'skopeo', 'nerdctl', 'helm', 'oras', 'crane', 'az', 'oc', 'cf', 'kubectl', 'vault', 'gh', 'git', 'npm',
  'ldapsearch', 'ldapmodify', 'ldapadd', 'ldapdelete', 'ldapwhoami', 'ldappasswd', 'ldapcompare', 'ldapmodrdn',
  'zip', 'unzip', '7z', '7za', '7zr', 'rar', 'unrar', 'openssl', 'keytool', 'jarsigner',
  'sudo', 'env', 'npx', 'uvx', 'pnpx', 'bunx', 'node', 'python', 'python3', 'java', 'dotnet', 'bash', 'sh', 'zsh', 'pwsh', 'powershell', 'cmd',
]);

/** Whether an item names a known command (`/usr/bin/mysql`, `C:\\tools\\7z.exe`, `mysql`). */
export function isArgvCommand(item: string): boolean {
  if (item.length === 0 || item.length > 260) return false;
  const base = item.slice(Math.max(item.lastIndexOf('/'), item.lastIndexOf('\\')) + 1).replace(/\.exe$/i, '');
  return COMMANDS.has(base.toLowerCase());
}

/** Items an array may have to be read as a command line, and characters per item. */
const MAX_ITEMS = 256;
const MAX_ITEM = 4096;

/** A span inside one item: [start, end) of the item's text and the detection's type. */
export type ArgvSpan = [start: number, end: number, type: string];

/**
 * The secret spans of a command given as an array of strings, per item (an empty list for an
 * item with none), or undefined when the array is no command (an item that is no string, or no
 * item a known command) or nothing was found. `detect` is the secret detection of one text.
 * A span that stops at a blank inside an item is taken to the item's end: in an array the item is
 * the value (`["--password", "Tr1cky Pass9"]`).
 */
export function argvSecretSpans(items: readonly unknown[], detect: (text: string) => readonly Detection[]): ArgvSpan[][] | undefined {
  if (items.length < 2 || items.length > MAX_ITEMS) return undefined;
  let command = false;
  for (const item of items) {
    if (typeof item !== 'string' || item.length > MAX_ITEM) return undefined;
    if (!command && isArgvCommand(item)) command = true;
  }
  if (!command) return undefined;
  const strings = items as readonly string[];
  const offsets: number[] = [];
  let line = '';
  for (const item of strings) {
    if (line !== '') line += ' ';
    offsets.push(line.length);
    line += item;
  }
  const found = detect(line).filter((detection) => detection.class === 'secret');
  if (found.length === 0) return undefined;
  const spans: ArgvSpan[][] = strings.map(() => []);
  for (const detection of found) {
    for (let index = 0; index < strings.length; index++) {
      const from = offsets[index] as number;
      const to = from + (strings[index] as string).length;
      if (detection.end <= from || detection.start >= to) continue;
      const start = Math.max(detection.start, from) - from;
      let end = Math.min(detection.end, to) - from;
      if (end < to - from && /\s/.test(line[from + end] as string)) end = to - from;
      (spans[index] as ArgvSpan[]).push([start, end, detection.type]);
    }
  }
  return spans;
}

/**
 * Lists of quoted strings in text (`["mysql", "-u", "root", "-phunter2"]`, Python's `['sshpass',
 * '-p', '…', 'ssh', 'host']`): each list's items with their offsets in the text. Items with a
 * backslash escape are taken as written (their offsets then hold the escaped text). At most 256
 * items of 4,096 characters, so a match attempt is bounded.
 */
const quotedList = /\[[ \t\r\n]{0,8}(?:"(?:[^"\\\r\n]|\\.){0,4096}"|'(?:[^'\\\r\n]|\\.){0,4096}')(?:[ \t\r\n]{0,8},[ \t\r\n]{0,8}(?:"(?:[^"\\\r\n]|\\.){0,4096}"|'(?:[^'\\\r\n]|\\.){0,4096}')){1,255}[ \t\r\n]{0,8},?[ \t\r\n]{0,8}\]/g;
const quotedItem = /"((?:[^"\\\r\n]|\\.){0,4096})"|'((?:[^'\\\r\n]|\\.){0,4096})'/g;

/** The secret spans of command arrays written in text, as detections on the text. */
export function detectArgvInText(text: string, out: Detection[], detect: (text: string) => readonly Detection[]): void {
  for (const list of text.matchAll(quotedList)) {
    const items: string[] = [];
    const starts: number[] = [];
    for (const item of list[0].matchAll(quotedItem)) {
      const value = item[1] ?? item[2] ?? '';
      items.push(value);
      starts.push(list.index + item.index + 1);
    }
    const spans = argvSecretSpans(items, detect);
    if (spans === undefined) continue;
    spans.forEach((itemSpans, index) => {
      for (const [start, end, type] of itemSpans) out.push({ start: (starts[index] as number) + start, end: (starts[index] as number) + end, type, class: 'secret' });
    });
  }
}
