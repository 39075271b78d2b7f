// The agent-audit web view (served by `agent-audit ui`, bundled by esbuild into dist/ui/app.js).
// Preact + htm render every value from the ledger as text: no innerHTML, no
// dangerouslySetInnerHTML, no URL built from ledger data. Routes live in the hash.
import { h, render, options } from 'preact';
import { useEffect, useState, useRef } from 'preact/hooks';
import htm from 'htm';
import uPlot from 'uplot';

const html = htm.bind(h);

// Every character of ledger text that acts instead of showing is shown as its escape, as the
// reports and the CLI show it (core's `showControls`, whose `CONTROL_CHARACTERS` this equals:
// packages/cli/src/invisible-2026-12-07.test.ts compares them at every code point): C0 controls
// (`\n`, `\r`, `\t`, `\x1b`, `\x07`), DEL and C1 (`\x9b`), the line and paragraph separators
// (`\u2028`), the bidirectional controls (`\u202e`: "\u202Egnp.exe" would read as "exe.png") and
// the invisible characters, Unicode's Default_Ignorable_Code_Point (`\u200b`, `\u2060`, `\ufeff`,
// the tag characters `\u{e0049}` that hide a prompt injection from the reader). ZWNJ, ZWJ and the
// emoji selectors U+FE0E/U+FE0F stay right after a non-ASCII visible character they shape
// (Persian, Indic scripts, emoji), and ZWJ after U+FE0F; elsewhere they are shown. A backslash
// is shown as `\\`, so an escape on the page is always a real control: typed text `\x1b` shows
// as `\\x1b`. Every text node the app renders goes through `visible` (the lines of a JSON <pre>
// are split by <br> elements, not by newline text).
const CONTROLS = /\\|[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|(?![\u200c\u200d\ufe0e\ufe0f])\p{Default_Ignorable_Code_Point}|(?<![^\x00-\x7f\p{Default_Ignorable_Code_Point}])[\u200c\ufe0e\ufe0f]|(?<![^\x00-\x7f\p{Default_Ignorable_Code_Point}]|\ufe0f)\u200d/gu;
function visible(text) {
  return text.replace(CONTROLS, (c) => {
    if (c === '\\') return '\\\\';
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.codePointAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : code <= 0xffff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\u{${code.toString(16)}}`;
  });
}
const previousVnode = options.vnode;
options.vnode = (vnode) => {
  // A text node: no type, its text as props.
  if (vnode.type == null && typeof vnode.props === 'string') vnode.props = visible(vnode.props);
  if (previousVnode) previousVnode(vnode);
};

// The access token. The printed URL carries it in its fragment (`#token=…`, never sent to a
// server; `?token=` is taken too). It is kept in this tab's sessionStorage (per origin: this
// port only, kept across a reload of the tab) and sent as `Authorization: Bearer` on every API
// call. Never a cookie: a browser sends cookies to every port of 127.0.0.1 (RFC 6265 §8.5).
// It is dropped from the address bar so it is not left in history or screenshots.
const TOKEN_KEY = 'agent-audit-ui-token';
{
  const fromHash = /^#token=([A-Za-z0-9_-]+)/.exec(location.hash);
  const fromQuery = new URLSearchParams(location.search).get('token');
  const given = (fromHash && fromHash[1]) || fromQuery;
  if (given) sessionStorage.setItem(TOKEN_KEY, given);
  if (fromHash || fromQuery !== null) history.replaceState(null, '', `${location.pathname}${fromHash ? '#/' : location.hash}`);
}
const authorization = () => ({ authorization: `Bearer ${sessionStorage.getItem(TOKEN_KEY) || ''}` });

async function failed(response) {
  if (response.status === 401) return new Error('no access: open the URL agent-audit ui printed (its token is kept in this tab only)');
  const body = await response.json().catch(() => ({}));
  return new Error(body.error || `HTTP ${response.status}`);
}

async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  const response = await fetch(`/api/${path}${query.size ? `?${query}` : ''}`, { credentials: 'omit', headers: { accept: 'application/json', ...authorization() } });
  if (!response.ok) throw await failed(response);
  return response.json();
}

// A POST with a JSON body: the report API (a subject's raw value) and the lists' text search,
// so what is typed never lands in a URL (address bar, history, proxy and access logs).
async function apiPost(path, params = {}) {
  const body = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') body[k] = String(v);
  const response = await fetch(`/api/${path}`, { method: 'POST', credentials: 'omit', headers: { accept: 'application/json', 'content-type': 'application/json', ...authorization() }, body: JSON.stringify(body) });
  return response;
}

async function apiPostJson(path, params = {}) {
  const response = await apiPost(path, params);
  if (!response.ok) throw await failed(response);
  return response.json();
}

// `keep`: leave the last answer on screen while asking again (a refresh, not a new page).
function useApi(path, params, deps, keep = false, post = false) {
  const [state, setState] = useState({ loading: true });
  useEffect(() => {
    let live = true;
    setState((last) => (keep && last.data ? { data: last.data, loading: true } : { loading: true }));
    (post ? apiPostJson : api)(path, params).then(
      (data) => live && setState({ data, loading: false }),
      (error) => live && setState({ error: error.message, loading: false }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
}

function useRoute() {
  const [hash, setHash] = useState(location.hash || '#/');
  useEffect(() => {
    const on = () => setHash(location.hash || '#/');
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  const [path, query = ''] = hash.slice(1).split('?');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), query: Object.fromEntries(new URLSearchParams(query)) };
}

const go = (path, query = {}) => {
  const q = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== ''));
  location.hash = `#${path}${q.size ? `?${q}` : ''}`;
};

// Pseudonyms ([EMAIL:psn_…]) are shown as tokens: a chip holding the type, the full token as its title.
const PSEUDONYM = /\[([A-Z][A-Z0-9_]*):(psn_[a-z0-9]+_[a-z0-9]+)\]/g;
function Redacted({ text }) {
  const out = [];
  let last = 0;
  for (const m of String(text).matchAll(PSEUDONYM)) {
    if (m.index > last) out.push(String(text).slice(last, m.index));
    out.push(html`<span class="pseudonym" title=${m[0]}>${m[1]}<small>${m[2].slice(-6)}</small></span>`);
    last = m.index + m[0].length;
  }
  if (last < String(text).length) out.push(String(text).slice(last));
  return html`${out}`;
}

// A JSON value laid out as JSON (two-space indent, one member a line), its strings shown through
// `visible` like every other text (`\x1b`, `\r`, `\\`), not as JSON's own escapes, so the page
// shows a control the way the reports do. The lines are split by <br> elements.
function jsonLines(value, indent, out, prefix, suffix) {
  const pad = '  '.repeat(indent);
  const line = (...parts) => out.push([pad, ...parts]);
  if (Array.isArray(value) || (value && typeof value === 'object')) {
    const entries = Array.isArray(value) ? value.map((v) => [undefined, v]) : Object.entries(value);
    const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
    if (entries.length === 0) return line(...prefix, `${open}${close}${suffix}`);
    line(...prefix, open);
    entries.forEach(([key, v], i) => jsonLines(v, indent + 1, out, key === undefined ? [] : [html`<span class="json-key">"<${Redacted} text=${key} />"</span>`, ': '], i < entries.length - 1 ? ',' : ''));
    return line(`${close}${suffix}`);
  }
  if (typeof value === 'string') return line(...prefix, html`<span class="json-string">"<${Redacted} text=${value} />"</span>`, suffix);
  return line(...prefix, `${JSON.stringify(value) ?? 'null'}${suffix}`);
}

function Value({ value }) {
  if (value === undefined) return null;
  if (typeof value === 'string') return html`<pre class="value"><${Redacted} text=${value} /></pre>`;
  const out = [];
  jsonLines(value, 0, out, [], '');
  return html`<pre class="value">${out.map((parts, i) => html`${i > 0 ? html`<br />` : null}${parts}`)}</pre>`;
}

// The verification of every stream, asked again every 30 s (the server re-runs it when its
// answer is older than that), as soon as the index holds a different number of events (checked
// every 5 s), and on "re-verify". The answer stays on screen while the next is asked.
function useVerification() {
  const [state, setState] = useState({ loading: true });
  const [ask, setAsk] = useState({ n: 0, refresh: false });
  useEffect(() => {
    let live = true;
    setState((last) => ({ ...last, loading: true }));
    api('verify', ask.refresh ? { refresh: 1 } : {}).then(
      (data) => live && setState({ data, loading: false }),
      (error) => live && setState((last) => ({ data: last.data, error: error.message, loading: false })),
    );
    return () => {
      live = false;
    };
  }, [ask.n]);
  useEffect(() => {
    let live = true;
    let events;
    const again = () => setAsk((a) => ({ n: a.n + 1, refresh: false }));
    const slow = setInterval(again, 30_000);
    const watch = setInterval(() => {
      api('index').then(
        (now) => {
          if (!live || now.building) return;
          if (events !== undefined && now.events !== events) again();
          events = now.events;
        },
        () => undefined,
      );
    }, 5_000);
    return () => {
      live = false;
      clearInterval(slow);
      clearInterval(watch);
    };
  }, []);
  return { ...state, reverify: () => setAsk((a) => ({ n: a.n + 1, refresh: true })) };
}

// The first failure the latest verification names in the event's stream, if it is this event.
function failureOf(verification, event) {
  const streams = (verification && verification.data && verification.data.streams) || [];
  const s = streams.find((x) => x.stream === event.stream && x.failure && (x.failure.seq === event.seq || (x.failure.id && x.failure.id === event.id)));
  return s ? s.failure : undefined;
}

function VerificationBar({ verification }) {
  const { data, error, loading, reverify } = verification;
  if (error && !data) return html`<div class="verify bad" role="status">verification failed to run: ${error}</div>`;
  if (!data) return html`<div class="verify pending" role="status" data-testid="verification">verifying…</div>`;
  // valid, invalid, or unchecked: a stream with no key for its signatures (a PostgreSQL store read
  // without --key) is not "does NOT verify": its chain was checked, its signatures were not.
  const status = data.status || (data.ok ? 'valid' : 'invalid');
  const headline = { valid: 'ledger verifies', invalid: 'ledger does NOT verify', unchecked: 'chains verify; signatures not checked for some streams (no --key)' }[status];
  // A failure no stream line shows (ledger-wide: a file planted in streams/, a symbolic link as a
  // stream folder, HEAD): named here, with its reason, so "does NOT verify" never stands alone.
  const first = data.firstFailure;
  const ledgerFailure = status === 'invalid' && first && !(data.streams || []).some((s) => s.stream === first.stream && s.failure) ? first : undefined;
  const keys = data.pinned ? 'pinned (--key)' : { ledger: "each folder's own verifier.key (pin one with --key)", none: 'none for some streams (pass --key)', pinned: 'pinned (--key)' }[data.keySource] || data.keySource;
  return html`<div class=${`verify ${status === 'valid' ? 'ok' : status === 'unchecked' ? 'warn' : 'bad'}`} role="status" data-testid="verification" data-status=${status}>
    <strong>${headline}</strong>
    <span class="muted"> ${data.events} events, keys: ${keys}${data.at ? `, checked ${new Date(data.at).toISOString().slice(11, 19)} UTC` : ''}</span>
    ${error && html`<span class="error"> (the last re-check failed: ${error})</span>`}
    ${ledgerFailure && html`<div class="failure" data-testid="ledger-failure">${ledgerFailure.stream ? `stream ${ledgerFailure.stream}, seq ${ledgerFailure.seq}` : 'ledger'}: ${ledgerFailure.reason}${ledgerFailure.file ? ` (file ${ledgerFailure.file})` : ''}</div>`}
    <ul class="streams">
      ${data.streams.map((s) => {
        const st = s.status || (s.ok ? 'valid' : 'invalid');
        return html`<li class=${st === 'valid' ? 'ok' : st === 'unchecked' ? 'warn' : 'bad'} data-stream=${s.stream}>
          <span class="stream-name">${s.stream}</span> ${st === 'valid' ? 'valid' : st === 'unchecked' ? 'chain valid, signatures not checked (no --key)' : 'INVALID'}
          ${st === 'invalid' && s.failure ? html` at seq ${s.failure.seq}${s.failure.id ? ` (${s.failure.id})` : ''}: ${s.failure.reason}` : st === 'unchecked' ? ` (${s.events} events)` : ` (${s.events} events, ${s.checkpointedSize} signed)`}
        </li>`;
      })}
    </ul>
    <button type="button" disabled=${loading} onClick=${reverify}>re-verify</button>
  </div>`;
}

const FILTERS = [
  ['q', 'search redacted content'],
  ['agent', 'agent id'],
  ['region', 'region (eu)'],
  ['actor', 'actor id'],
  ['type', 'type (tool.*)'],
  ['dataClass', 'data class (pii.*)'],
  ['outcome', 'outcome'],
  ['from', 'from (ISO time)'],
  ['to', 'to (ISO time)'],
];

// Uncontrolled fields (defaultValue), remounted when the query changes: a list refreshing itself
// every few seconds must not wipe what is being typed. The text search (`q`) is kept in the
// page's state and sent in a POST body: never in the address (hash), the history or a request URL.
function Filters({ query, path, search }) {
  const onSubmit = (e) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const { q, ...rest } = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v).trim()]));
    search.set(q || '');
    go(path, rest);
  };
  const clear = () => {
    search.set('');
    go(path);
  };
  return html`<form class="filters" key=${JSON.stringify([query, search.value])} onSubmit=${onSubmit} role="search">
    ${FILTERS.map(([name, label]) =>
      name === 'outcome'
        ? html`<label>${label}<select name="outcome">
            ${['', 'success', 'failure', 'denied', 'pending'].map((o) => html`<option value=${o} selected=${(query.outcome || '') === o}>${o || 'any'}</option>`)}
          </select></label>`
        : html`<label>${label}<input name=${name} autocomplete="off" defaultValue=${name === 'q' ? search.value : query[name] || ''} /></label>`,
    )}
    <button type="submit">apply</button>
    <button type="button" onClick=${clear}>clear</button>
  </form>`;
}

// A raw value handed from a search to the subject report's form (page state only, taken once).
let handedValue = '';
const takeHandedValue = () => {
  const value = handedValue;
  handedValue = '';
  return value;
};

// Shown when the search text holds personal data (the server says so: the redactor finds it).
function SearchHint({ hint, search }) {
  if (!hint) return null;
  const toSubject = (e) => {
    e.preventDefault();
    handedValue = search.value;
    go('/reports', { kind: 'subject' });
  };
  return html`<p class="hint" role="status" data-testid="search-hint">${hint.message} <a href="#/reports?kind=subject" onClick=${toSubject}>Open the data subject report with this value</a> (it stays out of the address).</p>`;
}

// The route's query without `q` (an old address may hold one: it is moved to the page's state).
function withoutSearch(query) {
  const { q: _q, ...rest } = query;
  return rest;
}

function Pager({ page, pageSize, total, onPage }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return html`<div class="pager">
    <button type="button" disabled=${page <= 1} onClick=${() => onPage(page - 1)}>previous</button>
    <span>page ${page} of ${pages} (${total})</span>
    <button type="button" disabled=${page >= pages} onClick=${() => onPage(page + 1)}>next</button>
  </div>`;
}

// A count that goes up when a list should be asked again: every second while the server is still
// indexing (the answer says `index.building`), then whenever `/api/index` (asked every 3 s) holds
// more events than the list was made from. New events show within a few seconds, without a reload.
function useFreshness(data) {
  const [refresh, setRefresh] = useState(0);
  const [checks, setChecks] = useState(0);
  const index = data && data.index;
  useEffect(() => {
    if (!index) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      if (index.building) return setRefresh((n) => n + 1);
      api('index').then(
        (now) => live && (now.events !== index.events ? setRefresh((n) => n + 1) : setChecks((n) => n + 1)),
        () => live && setChecks((n) => n + 1),
      );
    }, index.building ? 1000 : 3000);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [index && index.events, index && index.building, refresh, checks]);
  return refresh;
}

function TracesPage({ query: route, search }) {
  const query = withoutSearch(route);
  const page = Number(query.page || 1);
  const [tick, setTick] = useState(0);
  const { data, error, loading } = useApi('traces', { ...query, q: search.value }, [JSON.stringify(query), search.value, tick], tick > 0, true);
  const fresh = useFreshness(data);
  useEffect(() => {
    if (fresh) setTick(fresh);
  }, [fresh]);
  return html`<section>
    <h1>Sessions and traces</h1>
    <${Filters} query=${query} path="/" search=${search} />
    <${SearchHint} hint=${data && data.searchHint} search=${search} />
    ${error && html`<p class="error">${error}</p>`}
    ${loading && !data && html`<p class="muted">loading…</p>`}
    ${data && data.index && data.index.error && html`<p class="error" role="status">the index could not read the source: ${data.index.error}; the list may be incomplete (it tries again every 2 s)</p>`}
    ${data && data.index && data.index.skipped > 0 && html`<p class="muted" role="status" data-testid="index-skipped">${data.index.skipped} stored line(s) or file(s) not listed or searched: not an event, longer than 16 MiB, a symbolic link or another file that is not a regular one (the verification bar says whether the ledger verifies).${data.index.leftOut ? ` Left out: ${data.index.leftOut.join('; ')}.` : ''}</p>`}
    ${data && data.index && data.index.building && html`<p class="indexing" role="status">indexing the ledger: ${data.index.events} events read so far; this list fills in as it goes.</p>`}
    ${data &&
    html`<table class="traces" data-testid="traces">
        <thead><tr><th>last event</th><th>session</th><th>trace</th><th>agents</th><th>regions</th><th>actors</th><th>events</th><th>errors</th><th>types</th><th>data classes</th></tr></thead>
        <tbody>
          ${data.rows.map(
            (r) => html`<tr>
              <td>${r.last.replace('T', ' ').slice(0, 19)}</td>
              <td>${r.session || ''}</td>
              <td><a href=${`#/trace/${r.trace}`} class="trace-link">${r.trace.slice(0, 12)}…</a></td>
              <td>${r.agents.join(', ')}</td>
              <td data-testid="trace-regions">${(r.regions || []).join(', ')}</td>
              <td><${Redacted} text=${r.actors.join(', ')} /></td>
              <td class="num">${r.events}</td>
              <td class="num">${r.errors || ''}</td>
              <td class="types">${r.types.join(' ')}</td>
              <td>${r.dataClasses.map((c) => html`<span class="badge">${c}</span>`)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${data.rows.length === 0 && html`<p class="muted">no trace matches</p>`}
      <${Pager} page=${page} pageSize=${data.pageSize} total=${data.total} onPage=${(p) => go('/', { ...query, page: p })} />`}
  </section>`;
}

function Proof({ event }) {
  const [state, setState] = useState(undefined);
  const fetchProof = () => {
    setState({ loading: true });
    api('proof', { id: event.id, stream: event.stream }).then(
      (proof) => setState({ proof }),
      (error) => setState({ error: error.message }),
    );
  };
  return html`<div class="proof">
    <button type="button" onClick=${fetchProof} disabled=${state && state.loading}>inclusion proof</button>
    ${state && state.error && html`<span class=${state.error.startsWith('NOT proven') ? 'error not-proven' : 'error'} data-testid=${state.error.startsWith('NOT proven') ? 'proof-failure' : undefined}> ${state.error}</span>`}
    ${state &&
    state.proof &&
    html`<div class="proof-body" data-testid="proof">
      <div>leaf ${state.proof.leafIndex} of ${state.proof.treeSize}, root ${state.proof.checkpoint.root}, ${state.proof.proof.length} hashes</div>
      <details><summary>proof bundle (JSON, checks offline with agent-audit verify-proof)</summary><${Value} value=${state.proof} /></details>
    </div>`}
  </div>`;
}

function EventNode({ node, verification }) {
  const e = node.event;
  const failure = failureOf(verification, e);
  const [open, setOpen] = useState(false);
  const classes = (e.data && e.data.classes) || [];
  return html`<li class=${`event outcome-${e.outcome || 'none'}`} data-type=${e.type}>
    <div class="event-head" onClick=${() => setOpen(!open)}>
      <span class="ts">${e.ts.slice(11, 23)}</span>
      <span class="type">${e.type}</span>
      ${e.tool && html`<span class="tool">${e.tool.name}</span>`}
      ${e.outcome && html`<span class=${`badge outcome ${e.outcome}`}>${e.outcome}</span>`}
      ${classes.map((c) => html`<span class="badge class">${c}</span>`)}
      ${e.data && e.data.sensitivity && html`<span class="badge sensitivity">${e.data.sensitivity}</span>`}
      ${e.agent.region && html`<span class="badge region" data-testid="event-region" title="agent.region: where this agent's data is kept">region ${e.agent.region}</span>`}
      ${failure && html`<span class="badge invalid" data-testid="event-invalid" title="the latest verification names this event">INVALID: ${failure.reason}</span>`}
      <span class="muted agent">${e.agent.id}${e.actor ? ' / ' : ''}${e.actor ? html`<${Redacted} text=${e.actor.id} />` : ''}</span>
    </div>
    ${e.tool && e.tool.arguments !== undefined && html`<div class="args"><span class="label">arguments</span><${Value} value=${e.tool.arguments} /></div>`}
    ${e.tool && e.tool.result !== undefined && html`<div class="args"><span class="label">result</span><${Value} value=${e.tool.result} /></div>`}
    ${e.content && e.content.input !== undefined && html`<div class="args"><span class="label">input</span><${Value} value=${e.content.input} /></div>`}
    ${e.content && e.content.output !== undefined && html`<div class="args"><span class="label">output</span><${Value} value=${e.content.output} /></div>`}
    ${e.decision && html`<div class="args"><span class="label">decision</span><${Value} value=${e.decision} /></div>`}
    ${e.error && html`<div class="args error"><span class="label">error</span><${Value} value=${e.error} /></div>`}
    ${open &&
    html`<div class="detail">
      <div class="muted">${e.stream} #${e.seq} · ${e.id} · span ${e.trace.spanId}${e.trace.parentSpanId ? ` ← ${e.trace.parentSpanId}` : ''}</div>
      <${Value} value=${e} />
    </div>`}
    <${Proof} event=${e} />
    ${node.children.length > 0 && html`<ul class="timeline">${node.children.map((c) => html`<${EventNode} key=${c.event.id} node=${c} verification=${verification} />`)}</ul>`}
  </li>`;
}

// Nests events by span: an event whose parentSpanId is another event's span goes under the first event of that span.
function nest(events) {
  const firstOfSpan = new Map();
  const nodes = events.map((event) => ({ event, children: [] }));
  const roots = [];
  for (const node of nodes) {
    const parent = node.event.trace.parentSpanId && firstOfSpan.get(node.event.trace.parentSpanId);
    if (parent && parent !== node) parent.children.push(node);
    else {
      const sibling = firstOfSpan.get(node.event.trace.spanId);
      if (sibling && sibling !== node) sibling.children.push(node);
      else roots.push(node);
    }
    if (!firstOfSpan.has(node.event.trace.spanId)) firstOfSpan.set(node.event.trace.spanId, node);
  }
  return roots;
}

function TracePage({ trace, query, verification }) {
  const page = Number(query.page || 1);
  const { data, error, loading } = useApi('trace', { trace, page }, [trace, page]);
  return html`<section>
    <h1>Trace <code>${trace}</code></h1>
    <p><a href="#/">← all traces</a> · <a href=${`#/reports?kind=decision&trace=${trace}`} data-testid="decision-link">decision report of this trace</a></p>
    ${error && html`<p class="error">${error}</p>`}
    ${loading && html`<p class="muted">loading…</p>`}
    ${data &&
    html`<p class="muted">${data.total} events${data.events[0] && data.events[0].session ? ` · session ${data.events[0].session}` : ''}</p>
      <ul class="timeline root" data-testid="timeline">${nest(data.events).map((n) => html`<${EventNode} key=${n.event.id} node=${n} verification=${verification} />`)}</ul>
      <${Pager} page=${page} pageSize=${data.pageSize} total=${data.total} onPage=${(p) => go(`/trace/${trace}`, { page: p })} />`}
  </section>`;
}

const PALETTE = ['#2563eb', '#dc2626', '#16a34a', '#d97706', '#7c3aed', '#0891b2', '#db2777', '#65a30d', '#6b7280'];

function Chart({ title, opts, data, testid }) {
  const ref = useRef(null);
  useEffect(() => {
    if (!ref.current) return undefined;
    const plot = new uPlot({ width: Math.max(300, ref.current.clientWidth - 20 || 900), height: 260, ...opts }, data, ref.current);
    return () => plot.destroy();
  }, [JSON.stringify(data)]);
  return html`<figure class="chart" data-testid=${testid}><figcaption>${title}</figcaption><div ref=${ref}></div></figure>`;
}

function Bars({ title, rows, testid }) {
  const max = Math.max(1, ...rows.map(([, n]) => n));
  return html`<figure class="chart" data-testid=${testid}><figcaption>${title}</figcaption>
    ${rows.length === 0 && html`<p class="muted">none</p>`}
    <table class="bars">${rows.map(
      ([label, n]) => html`<tr><td class="bar-label">${label}</td><td class="bar-cell"><span class="bar" style=${{ width: `${(100 * n) / max}%` }}></span></td><td class="num">${n}</td></tr>`,
    )}</table>
  </figure>`;
}

function ChartsPage({ query: route, search }) {
  const query = withoutSearch(route);
  const [tick, setTick] = useState(0);
  const { data, error, loading } = useApi('charts', { ...query, q: search.value }, [JSON.stringify(query), search.value, tick], tick > 0, true);
  const fresh = useFreshness(data);
  useEffect(() => {
    if (fresh) setTick(fresh);
  }, [fresh]);
  return html`<section>
    <h1>Charts</h1>
    <${Filters} query=${query} path="/charts" search=${search} />
    <${SearchHint} hint=${data && data.searchHint} search=${search} />
    ${error && html`<p class="error">${error}</p>`}
    ${loading && !data && html`<p class="muted">loading…</p>`}
    ${data &&
    html`<${Chart}
        testid="chart-types"
        title="Events per hour by type"
        data=${[data.hours, ...data.perType]}
        opts=${{ series: [{}, ...data.types.map((t, i) => ({ label: t, stroke: PALETTE[i % PALETTE.length], width: 2, points: { size: 7 } }))], axes: [{}, { label: 'events' }] }}
      />
      <${Chart}
        testid="chart-errors"
        title="Error rate per hour"
        data=${[data.hours, data.errorRate.map((r) => r * 100)]}
        opts=${{ series: [{}, { label: 'errors %', stroke: '#dc2626', fill: 'rgba(220,38,38,0.1)', width: 2, points: { size: 7 } }], axes: [{}, { label: '%' }] }}
      />
      <div class="two">
        <${Bars} testid="chart-classes" title="Data access by class" rows=${data.dataClasses} />
        <${Bars} testid="chart-tools" title="Tool calls per agent" rows=${data.toolCalls} />
      </div>`}
  </section>`;
}

const REPORTS = [
  ['activity', 'Activity', 'SOC 2 CC6/CC7, PCI DSS 10.2'],
  ['subject', 'Data subject', 'GDPR Art. 15'],
  ['decision', 'Decision trail', 'GDPR Art. 22, incident review'],
  ['ai-act', 'EU AI Act', 'Art. 12 record'],
  ['coverage', 'Log coverage', 'SOC 2 CC7.2, PCI DSS 10.7'],
];

// What each kind asks for besides the period: exactly one of a pair. The subject's raw value is
// kept in this page's state only: never put in the address bar, in a link, or in history.
const SELECTORS = {
  subject: [['value', 'raw value (email, phone, card, IBAN…; never shown)'], ['actor', 'or an actor id']],
  decision: [['trace', 'trace id (32 hex)'], ['session', 'or a session']],
};

function reportParams(kind, inputs) {
  const params = { kind, from: inputs.from, to: inputs.to };
  for (const [name] of SELECTORS[kind] || []) params[name] = inputs[name];
  return params;
}

// A report document (docs/REPORTS.md) as elements: every string is a text node.
function ReportBlock({ block }) {
  switch (block.kind) {
    case 'heading':
      return html`<h2>${block.text}</h2>`;
    case 'paragraph':
      return html`<p class=${`tone-${block.tone || 'plain'}`}><${Redacted} text=${block.text} /></p>`;
    case 'facts':
      return html`<table class="facts">${block.rows.map(([k, v]) => html`<tr><th>${k}</th><td><${Redacted} text=${v} /></td></tr>`)}</table>`;
    case 'table':
      return html`<div class="report-table">
        ${block.rows.length === 0
          ? html`<p class="muted">none</p>`
          : html`<table class="traces"><thead><tr>${block.columns.map((c) => html`<th>${c}</th>`)}</tr></thead>
            <tbody>${block.rows.map((row) => html`<tr>${row.map((cell) => html`<td><${Redacted} text=${cell} /></td>`)}</tr>`)}</tbody></table>`}
        ${block.note && html`<p class="muted note">${block.note}</p>`}
      </div>`;
    case 'tree':
      return html`<${ReportTree} items=${block.items} />`;
    default:
      return null;
  }
}

function ReportTree({ items }) {
  return html`<ul class="report-tree">${items.map(
    (item) => html`<li><div><${Redacted} text=${item.text} /></div>
      ${(item.details || []).map((d) => html`<div class="muted detail-line"><${Redacted} text=${d} /></div>`)}
      ${item.children && item.children.length > 0 && html`<${ReportTree} items=${item.children} />`}</li>`,
  )}</ul>`;
}

async function download(params, format) {
  const response = await apiPost('report', { ...params, format });
  if (!response.ok) throw await failed(response);
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = `${params.kind}.${format}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** The part of a reports address that starts a new form: the kind and the selectors taken from it. */
function reportsKey(query) {
  return JSON.stringify([query.kind || '', query.trace || '', query.session || '', query.actor || '', query.from || '', query.to || '']);
}

function ReportsPage({ query }) {
  const kind = REPORTS.some(([k]) => k === query.kind) ? query.kind : 'activity';
  const selectors = SELECTORS[kind] || [];
  // Inputs start from the address (trace, session, actor, period; never the raw value).
  const initial = () => ({ from: query.from || '', to: query.to || '', trace: query.trace || '', session: query.session || '', actor: query.actor || '', value: kind === 'subject' ? takeHandedValue() : '' });
  const [inputs, setInputs] = useState(initial);
  const [asked, setAsked] = useState(() => (selectors.length === 0 || selectors.some(([n]) => n !== 'value' && query[n]) ? reportParams(kind, initial()) : undefined));
  const [state, setState] = useState({});
  const [downloadError, setDownloadError] = useState(undefined);
  // A new kind or selector in the address mounts a new page (App keys it), so the inputs start
  // fresh in the same render: an effect that reset them after paint wiped what was typed first.
  useEffect(() => {
    if (!asked) return undefined;
    let live = true;
    setState({ loading: true });
    apiPostJson('report', { ...asked, format: 'doc' })
      .then(
      (data) => live && setState({ doc: data.document }),
      (error) => live && setState({ error: error.message }),
    );
    return () => {
      live = false;
    };
  }, [JSON.stringify(asked)]);
  const onSubmit = (e) => {
    e.preventDefault();
    setDownloadError(undefined);
    setAsked(reportParams(kind, inputs));
  };
  const field = (name, label, type = 'text') =>
    html`<label>${label}<input name=${name} type=${type} autocomplete="off" value=${inputs[name]} onInput=${(e) => setInputs({ ...inputs, [name]: e.currentTarget.value })} /></label>`;
  return html`<section>
    <h1>Reports</h1>
    <nav class="tabs">${REPORTS.map(([k, label, why]) => html`<a href=${`#/reports?kind=${k}`} class=${k === kind ? 'active' : ''} title=${why}>${label}</a>`)}</nav>
    <form class="filters report-form" onSubmit=${onSubmit} data-testid="report-form">
      ${selectors.map(([name, label]) => field(name, label, name === 'value' ? 'password' : 'text'))}
      ${field('from', 'from (ISO time, 24h, 7d)')} ${field('to', 'to (exclusive)')}
      <button type="submit">render</button>
    </form>
    ${asked &&
    html`<p class="downloads">download:
      ${['html', 'md', 'json'].map(
        (f) => html` <button type="button" class="link" onClick=${() => download(asked, f).catch((e) => setDownloadError(e.message))}>${kind}.${f}</button>`,
      )}
      ${downloadError && html`<span class="error"> ${downloadError}</span>`}
    </p>`}
    ${!asked && html`<p class="muted">Give ${selectors.map(([n]) => n).join(' or ')}, then render.</p>`}
    ${state.loading && html`<p class="muted">rendering…</p>`}
    ${state.error && html`<p class="error" data-testid="report-error">${state.error}</p>`}
    ${state.doc &&
    !state.loading &&
    html`<article class="report" data-testid="report">
      <h1 class="report-title">${state.doc.title}</h1>
      <p class="muted">${state.doc.purpose}</p>
      ${state.doc.blocks.map((block) => html`<${ReportBlock} block=${block} />`)}
    </article>`}
  </section>`;
}

function AlertRow({ e, stream }) {
  const a = (e.attrs && e.attrs.alert) || {};
  return html`<tr>
    <td>${e.ts.replace('T', ' ').slice(0, 19)}</td>
    ${stream && html`<td data-testid="alert-stream">${e.stream}</td><td>${e.agent.id}</td>`}
    <td>${String(a.rule ?? (e.decision && e.decision.policy) ?? '')}</td>
    <td>${a.severity !== undefined ? html`<span class=${`badge sev-${String(a.severity)}`}>${String(a.severity)}</span>` : ''}</td>
    <td>${String(a.agent ?? (a.key && a.key.value) ?? '')}</td>
    <td><${Redacted} text=${String(a.summary ?? (e.decision && e.decision.reason) ?? '')} /></td>
    <td class="num">${a.count !== undefined ? String(a.count) : ''}</td>
    <td class="muted">${a.window ? `${String(a.window.from).slice(11, 19)}–${String(a.window.to).slice(11, 19)}` : ''}</td>
  </tr>`;
}

// Only the monitor's records are alerts (docs/MONITORING.md: agent-audit-monitor, source
// agent-audit, in the `alerts` stream, which holds nothing else). Any other alert.raised (an
// agent can write one, under any name, in its own stream) is listed apart, marked, with its stream.
function AlertsPage({ query }) {
  const page = Number(query.page || 1);
  const { data, error, loading } = useApi('alerts', query, [JSON.stringify(query)]);
  return html`<section>
    <h1>Alerts</h1>
    <p class="muted">alert.raised events recorded by <code>agent-audit watch</code> in its <code>alerts</code> stream (docs/MONITORING.md), newest first.</p>
    ${error && html`<p class="error">${error}</p>`}
    ${loading && html`<p class="muted">loading…</p>`}
    ${data && data.untrusted && html`<p class="error" role="status" data-testid="alerts-untrusted">Not trusted: ${data.untrusted}. Its alerts are listed below with the others.</p>`}
    ${data &&
    html`<table class="traces" data-testid="alerts">
        <thead><tr><th>time</th><th>rule</th><th>severity</th><th>agent</th><th>summary</th><th>events</th><th>window</th></tr></thead>
        <tbody>${data.events.map((e) => html`<${AlertRow} e=${e} />`)}</tbody>
      </table>
      ${data.events.length === 0 && html`<p class="muted">no alerts recorded</p>`}
      <${Pager} page=${page} pageSize=${data.pageSize} total=${data.total} onPage=${(p) => go('/alerts', { page: p })} />
      ${data.others &&
      data.others.total > 0 &&
      html`<h2>Recorded by an agent, not the monitor (${data.others.total})</h2>
        <p class="error">These alert.raised events were not written by the monitor into its own stream: an agent can write them under any name. They are not alerts; shown for review${data.others.total > data.others.events.length ? `, the newest ${data.others.events.length}` : ''}.</p>
        <table class="traces" data-testid="other-alerts">
          <thead><tr><th>time</th><th>stream</th><th>written as</th><th>rule</th><th>severity</th><th>agent</th><th>summary</th><th>events</th><th>window</th></tr></thead>
          <tbody>${data.others.events.map((e) => html`<${AlertRow} e=${e} stream=${true} />`)}</tbody>
        </table>`}`}
  </section>`;
}

function App() {
  const { parts, query } = useRoute();
  const verification = useVerification();
  const [searchValue, setSearch] = useState('');
  const search = { value: searchValue, set: setSearch };
  const [first] = parts;
  // An address holding `q=` (an old link): the search moves to the page's state, out of the address.
  useEffect(() => {
    if (query.q === undefined) return;
    setSearch(query.q);
    history.replaceState(null, '', `${location.pathname}#/${first === 'charts' ? 'charts' : ''}`);
    go(first === 'charts' ? '/charts' : '/', withoutSearch(query));
  }, [query.q]);
  let page;
  if (first === 'trace' && parts[1]) page = html`<${TracePage} trace=${parts[1]} query=${query} verification=${verification} />`;
  else if (first === 'charts') page = html`<${ChartsPage} query=${query} search=${search} />`;
  else if (first === 'reports') page = html`<${ReportsPage} key=${reportsKey(query)} query=${query} />`;
  else if (first === 'alerts') page = html`<${AlertsPage} query=${query} />`;
  else page = html`<${TracesPage} query=${query} search=${search} />`;
  const link = (href, label, active) => html`<a href=${href} class=${active ? 'active' : ''}>${label}</a>`;
  return html`<header>
      <span class="brand">agent-audit</span>
      <nav>
        ${link('#/', 'Traces', !first || first === 'trace')} ${link('#/charts', 'Charts', first === 'charts')}
        ${link('#/reports', 'Reports', first === 'reports')} ${link('#/alerts', 'Alerts', first === 'alerts')}
      </nav>
      <span class="muted readonly">read-only</span>
    </header>
    <${VerificationBar} verification=${verification} />
    <main>${page}</main>`;
}

render(html`<${App} />`, document.getElementById('app'));
