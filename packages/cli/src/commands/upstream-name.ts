import { basename } from 'node:path';

// How `agent-audit mcp-proxy <command> [args…]` names its upstream (and so its ledger stream,
// `mcp-proxy.<name>`): by the script, package or image the command runs, never by a value that
// only configures the launcher or the server (`--port 8080`, `-e GITHUB_TOKEN`, `--python 3.12`).

/** Commands that only run another command: skipped, with their options, and the rest named. */
const WRAPPERS: Record<string, { values: ReadonlySet<string>; firstPositionalIsValue?: boolean }> = {
  sudo: { values: new Set(['-u', '--user', '-g', '--group', '-C', '--close-from', '-D', '--chdir', '-h', '--host', '-p', '--prompt', '-r', '--role', '-t', '--type', '-U', '--other-user', '-T', '--command-timeout', '-R', '--chroot']) },
  doas: { values: new Set(['-u', '-C']) },
  env: { values: new Set(['-u', '--unset', '-C', '--chdir', '-S', '--split-string']) },
  nice: { values: new Set(['-n', '--adjustment']) },
  nohup: { values: new Set() },
  timeout: { values: new Set(['-s', '--signal', '-k', '--kill-after']), firstPositionalIsValue: true },
  exec: { values: new Set(['-a']) },
};

/** Commands that run a script, module, package or image named in their arguments. */
const LAUNCHERS = new Set(['node', 'npx', 'bunx', 'bun', 'deno', 'uvx', 'uv', 'python', 'python3', 'pipx', 'docker', 'podman', 'pnpm', 'yarn', 'npm', 'cmd', 'sh', 'bash']);

const NODE_VALUES = ['-r', '--require', '--import', '--loader', '--experimental-loader', '-C', '--conditions', '--env-file', '--max-old-space-size', '--max-semi-space-size', '--stack-size', '--inspect-port', '--title', '--input-type', '--disable-warning', '--redirect-warnings', '--unhandled-rejections', '--experimental-config-file'];
const NPX_VALUES = ['--registry', '--cache', '--prefix', '--userconfig', '--workspace', '-w', '--filter', '--dir', '-C'];
const DOCKER_VALUES = ['-e', '--env', '--env-file', '-p', '--publish', '-v', '--volume', '--mount', '--name', '--network', '--net', '-w', '--workdir', '-u', '--user', '--entrypoint', '--platform', '-l', '--label', '--add-host', '--cpus', '-m', '--memory', '--pull', '--restart', '--hostname', '-h', '--device', '--cap-add', '--cap-drop', '--security-opt', '--ulimit', '--dns', '--log-driver', '--log-opt', '--tmpfs', '--shm-size', '--runtime', '--gpus', '--ipc', '--pid', '--expose', '--link', '--group-add', '--cidfile', '--stop-signal', '--stop-timeout', '--userns', '--uts', '--volumes-from', '--label-file'];
const UV_VALUES = ['--python', '-p', '--from', '--with', '--with-editable', '--with-requirements', '--index', '--index-url', '--default-index', '--extra-index-url', '--directory', '--project', '--env-file', '--find-links', '-f', '--constraints', '-c', '--overrides', '--python-platform', '--cache-dir'];

/** Options of a launcher that take the next argument as their value (never a name). */
const VALUE_OPTIONS: Record<string, ReadonlySet<string>> = {
  node: new Set(NODE_VALUES),
  bun: new Set([...NODE_VALUES, '--config', '-c', '--cwd', '--env-file', '--preload']),
  deno: new Set(['--config', '-c', '--import-map', '--lock', '--cert', '--env-file', '--location', '--seed', '--v8-flags', '--inspect']),
  npx: new Set(NPX_VALUES),
  npm: new Set(NPX_VALUES),
  pnpm: new Set(NPX_VALUES),
  yarn: new Set(NPX_VALUES),
  bunx: new Set(NPX_VALUES),
  uv: new Set(UV_VALUES),
  uvx: new Set(UV_VALUES),
  pipx: new Set(['--python', '--index-url', '--pip-args', '--suffix']),
  python: new Set(['-X', '-W', '-Q']),
  python3: new Set(['-X', '-W', '-Q']),
  docker: new Set(DOCKER_VALUES),
  podman: new Set(DOCKER_VALUES),
};

/** Options whose value is the package or module itself (`npx -p @x/server`, `python -m server_x`, `pipx --spec pkg`). */
const NAME_OPTIONS: Record<string, ReadonlySet<string>> = {
  npx: new Set(['-p', '--package']),
  npm: new Set(['-p', '--package']),
  pnpm: new Set(['--package']),
  yarn: new Set(['-p', '--package']),
  python: new Set(['-m']),
  python3: new Set(['-m']),
  pipx: new Set(['--spec']),
};

const GENERIC = new Set(['index', 'main', 'server', 'cli', 'dist', 'build', 'lib', 'src', 'bin', 'run', 'stdio']);
/** Launcher verbs that come before the script or package (`uv run`, `npm exec`, `pnpm dlx`, `uv tool run`, `docker run`). */
const SUBCOMMANDS = new Set(['run', 'exec', 'dlx', 'x', 'tool', 'start']);

// Options after which a launcher runs code given inline (`node -e`, `python -c`, `sh -c`): no
// script follows whose name could say what the server is. (`docker -e` sets a variable: not one.)
const JS_INLINE = /^(-e|-p|--eval|--print)(=|$)/;
const INLINE_CODE: Record<string, RegExp> = { node: JS_INLINE, bun: JS_INLINE, deno: JS_INLINE, python: /^-c$/, python3: /^-c$/, sh: /^-c$/, bash: /^-c$/, cmd: /^\/[cCkK]$/, npx: /^(-c|--call)$/, npm: /^(-c|--call)$/ };
// An argument that can name a script or a package: a path or a package spec, not code or `KEY=value`.
const NAME_LIKE = /^[A-Za-z0-9@._~+:\\/-]+$/;
const SCRIPT_EXTENSION = /\.(m?js|cjs|ts|mts|py)$/;

const clean = (text: string): string => text.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[^A-Za-z0-9]+/, '').replace(/__+/g, '_').slice(0, 64);

/** The name a script, package spec or image gives: its last meaningful path part, without version, tag or extension. */
function nameOf(arg: string, image: boolean): string {
  let text = arg.replace(/@[^/@]*$/, '');
  if (image) text = text.replace(/@sha256:[0-9a-f]+$/i, '').replace(/:[^/:]*$/, '');
  const parts = text.split(/[\\/]/).map((p) => p.replace(SCRIPT_EXTENSION, '')).filter((p) => p !== '' && !GENERIC.has(p) && !p.startsWith('@'));
  return parts.length > 0 ? clean(parts[parts.length - 1] as string) : '';
}

/**
 * A readable upstream name: `npx -y @scope/server-x` -> `server-x`, `node .../server-x/dist/index.js`
 * -> `server-x`, `docker run -i --rm -e TOKEN mcp/github` -> `github`, `sudo -u svc npx -y pkg` ->
 * `pkg`, `node -e "…"` -> `node`, `node server.mjs --port 8080` -> `node` (generic script names
 * say nothing; the server's own arguments never name it).
 */
export function upstreamName(command: string, args: readonly string[]): string {
  const base = basename(command.replace(/\\/g, '/')).replace(/\.(exe|cmd|bat)$/i, '');
  const wrapper = WRAPPERS[base];
  if (wrapper) {
    let valueFirst = wrapper.firstPositionalIsValue === true;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      if (arg === '--') continue;
      if (arg.startsWith('-')) {
        if (wrapper.values.has(arg)) i++;
        continue;
      }
      if (base === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(arg)) continue;
      if (valueFirst) {
        valueFirst = false;
        continue;
      }
      return upstreamName(arg, args.slice(i + 1));
    }
    return clean(base) || 'server';
  }
  const own = clean(base.replace(SCRIPT_EXTENSION, '')) || 'server';
  if (!LAUNCHERS.has(base)) return own;
  const values = VALUE_OPTIONS[base];
  const names = NAME_OPTIONS[base];
  const image = base === 'docker' || base === 'podman';
  let subcommand = true;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (INLINE_CODE[base]?.test(arg)) break;
    if (arg.startsWith('-')) {
      if (names?.has(arg)) return nameOf(args[i + 1] ?? '', image) || own;
      // `--python 3.12`, `-e GITHUB_TOKEN`, `--max-old-space-size 4096`: a value, not a name.
      if (values?.has(arg)) i++;
      continue;
    }
    if (!NAME_LIKE.test(arg)) continue;
    // `uv run x`, `npm exec x`, `pnpm dlx x`, `uv tool run x`: the launcher's own verbs come first.
    if (subcommand && SUBCOMMANDS.has(arg)) continue;
    // Only the script, package or image (the first such argument) names the server; what follows
    // it is the server's own arguments (`node server.mjs --port 8080` is `node`, not `8080`).
    return nameOf(arg, image) || own;
  }
  return own;
}
