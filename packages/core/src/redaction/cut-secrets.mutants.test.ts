// Mutation tests for cut-secrets.ts (issue 13; docs/TESTING.md, the cut-secrets.ts row of
// 2026-12-05): prefixSpellings, detectCutSecret, cutSecretEnd, secretAcrossSeam and
// cutSecretEndAfter called directly, in process, with exact spans, types and carried ends (the L7
// suite, test/redaction/streamed-secrets-2026-12-05h.test.ts, goes through the auditor and asks only
// that the pieces leak or stay). The table part (every prefix gives its type, the families read
// from provider-tokens.ts) is what a run with AGENT_AUDIT_MUTATE_COVERAGE=all measures.
import { describe, expect, it } from 'vitest';
import { cutSecretEnd, cutSecretEndAfter, detectCutSecret, prefixSpellings, secretAcrossSeam } from './cut-secrets.js';
import type { Detection } from './types.js';

/** A body that reads as random: 12 distinct characters, a capital, small letters and digits. */
const BODY = 'AbCdEfGh12Kl';
const MAX_RUN = 8192;
/** `length` characters of a random-looking single-part body. */
const filler = (length: number): string => 'AbCdEfGh12'.repeat(Math.ceil(length / 10)).slice(0, length);

/** detectCutSecret on `text` after `before`: what it added, as `TYPE:class:value`. */
function cut(text: string, before: Detection[] = []): string[] {
  const out = [...before];
  detectCutSecret(text, out);
  return out.slice(before.length).map((d) => `${d.type}:${d.class}:${text.slice(d.start, d.end)}`);
}

describe('prefixSpellings', () => {
  it.each([
    ['', ['']],
    ['sk-ant-', ['sk-ant-']],
    ['a_b-c', ['a_b-c']],
    ['SG\\.', ['SG.']],
    ['1\\/\\/0', ['1//0']],
    ['gh[pousr]_', ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']],
    ['x[ab]y', ['xay', 'xby']],
    ['[a]b[cd]', ['abc', 'abd']],
    ['q(?:live|test)_', ['qlive_', 'qtest_']],
    ['(?:a|b|c)', ['a', 'b', 'c']],
    ['(?:ab|c)', ['ab', 'c']],
    ['(?:a|bc)', ['a', 'bc']],
    ['(?:a|b)x(?:c|d)', ['axc', 'axd', 'bxc', 'bxd']],
    ['x[ab](?:c|d)', ['xac', 'xad', 'xbc', 'xbd']],
  ])('%j spells %j', (source, spellings) => {
    expect(prefixSpellings(source)).toEqual(spellings);
  });
  it.each([
    '\\d',
    'ab\\',
    'a\\w',
    '\\0',
    '[a-z]',
    '[-a]',
    '[a-]',
    '[ab',
    'x[ab',
    '(?:a',
    '(?:a|)',
    '(?:|a)',
    '(?:-a|b)',
    '(?:a|b-)',
    '(?:a b)',
    '(?:ab|cd',
    'a+',
    'a{2}',
    'a b',
    '.',
    '$',
    'pat[A-Za-z0-9]{14}\\.',
    '-us\\d',
  ])('%j is no fixed prefix', (source) => {
    expect(prefixSpellings(source)).toEqual([]);
  });
});

describe('detectCutSecret: the span, its type and class', () => {
  it('the last run from its prefix to the end', () => {
    const text = 'Your token is ghp_AbCdEfGhIjKlMnOp';
    const out: Detection[] = [];
    detectCutSecret(text, out);
    expect(out).toEqual([{ start: 14, end: text.length, type: 'GITHUB_TOKEN', class: 'secret' }]);
  });
  it('the run starting at the string start, and the shortest string read (a 3-character prefix and 10 characters)', () => {
    expect(cut('hf_AbCdEfGh12')).toEqual(['HUGGINGFACE_TOKEN:secret:hf_AbCdEfGh12']);
    expect(cut(' hf_AbCdEfGh12')).toEqual(['HUGGINGFACE_TOKEN:secret:hf_AbCdEfGh12']);
    expect(cut('hf_AbCdEfGh1')).toEqual([]);
    expect(cut('an hf_AbCdEfGh1')).toEqual([]);
  });
  it('separators at the end are no part of the span', () => {
    expect(cut('key ghp_AbCdEfGh12Kl-_.')).toEqual(['GITHUB_TOKEN:secret:ghp_AbCdEfGh12Kl']);
    for (const sep of ['-', '_', '.']) expect(cut(`key ghp_${BODY}${sep}`)).toEqual([`GITHUB_TOKEN:secret:ghp_${BODY}`]);
    expect(cut('key ghp_AbCdEfGh12--')).toEqual(['GITHUB_TOKEN:secret:ghp_AbCdEfGh12']);
    expect(cut('key ghp_AbCdEfGh1--')).toEqual([]);
  });
  it('the run stops at the character just outside each range of token characters', () => {
    for (const c of ['/', ':', '@', '[', '`', '{', ' ', ',', '^']) expect(cut(`x${c}ghp_${BODY}`), c).toEqual([`GITHUB_TOKEN:secret:ghp_${BODY}`]);
  });
  it('the run goes back over each range bound and separator inside the body', () => {
    expect(cut('x ghp_A0Z9azBcDeFg')).toEqual(['GITHUB_TOKEN:secret:ghp_A0Z9azBcDeFg']);
    expect(cut('x ghp_AbCd-EfGh.Ij_Kl12')).toEqual(['GITHUB_TOKEN:secret:ghp_AbCd-EfGh.Ij_Kl12']);
  });
  it('a string ending in each range bound', () => {
    for (const c of ['0', '9', 'A', 'Z', 'a', 'z']) expect(cut(`x ghp_AbCdEfGh12K${c}`), c).toEqual([`GITHUB_TOKEN:secret:ghp_AbCdEfGh12K${c}`]);
  });
  it('a string ending in anything else than a token character', () => {
    expect(cut(`x ghp_${BODY} `)).toEqual([]);
    expect(cut(`x ghp_${BODY}!`)).toEqual([]);
  });
  it(`a run longer than ${MAX_RUN} characters is read as none, not from its second character on`, () => {
    expect(cut(`xghp_${filler(MAX_RUN)}`)).toEqual([]);
  });
  it(`a run of ${MAX_RUN} characters is read, one more is not`, () => {
    const run = `ghp_${filler(MAX_RUN - 4)}`;
    expect(cut(`x ${run}`)).toEqual([`GITHUB_TOKEN:secret:${run}`]);
    expect(cut(run)).toEqual([`GITHUB_TOKEN:secret:${run}`]);
    expect(cut(`x ${run}A`)).toEqual([]);
    expect(cut(`${run}A`)).toEqual([]);
  });
  it('the longest prefix of the same first two characters gives the type', () => {
    expect(cut(`x sk-ant-${BODY}`)).toEqual([`ANTHROPIC_KEY:secret:sk-ant-${BODY}`]);
    expect(cut(`x sk-proj-${BODY}`)).toEqual([`OPENAI_KEY:secret:sk-proj-${BODY}`]);
    expect(cut(`x sk-${BODY}`)).toEqual([`OPENAI_KEY:secret:sk-${BODY}`]);
    expect(cut(`x sk_live_${BODY}`)).toEqual([`STRIPE_KEY:secret:sk_live_${BODY}`]);
    expect(cut(`x AKIA${BODY}`)).toEqual([`AWS_ACCESS_KEY:secret:AKIA${BODY}`]);
    expect(cut(`x AKID${BODY}`)).toEqual([`TENCENT_KEY:secret:AKID${BODY}`]);
    expect(cut(`x EAAA${BODY}`)).toEqual([`SQUARE_TOKEN:secret:EAAA${BODY}`]);
    expect(cut(`x EAAC${BODY}`)).toEqual([`FACEBOOK_TOKEN:secret:EAAC${BODY}`]);
  });
  it('no known prefix, or a prefix not at the run start', () => {
    expect(cut(`hello world ${BODY}`)).toEqual([]);
    expect(cut(`x zghp_${BODY}`)).toEqual([]);
    expect(cut(`x g${BODY}`)).toEqual([]);
  });
});

describe('detectCutSecret: the body', () => {
  it.each([
    ['no capital', 'ghp_abcdefgh12kl'],
    ['capitals only', 'ghp_ABCDEFGHIJKL'],
    ['entropy of exactly 3 bits', 'ghp_AbCdEfGhAbCdEfGh'],
    ['words joined by separators', 'ghp_Config-Cache-Dir9'],
    ['words and numbers joined', 'ghp_Learn-Docs2024-V2'],
    ['capital words and numbers joined', 'ghp_AWS_TOKEN_2024_XY'],
    ['a word in small letters among them', 'ghp_Learn-more-Docs2024'],
    ['a placeholder', 'AKIAIOSFODNN7EXAMPLE'],
    ['a placeholder in small letters', 'ghp_AbCdExampleGh12'],
    ['x four times', 'ghp_AbCdxxxxEfGh12'],
    ['a JWT header alone', 'eyJhbGciOiJIUzI1NiJ9'],
    ['a JWT header and a short part', 'eyJhbGciOiJIUzI1NiJ9.AbCdEfGh12'],
  ])('%s: %j stays', (_label, token) => {
    expect(cut(`token ${token}`)).toEqual([]);
  });
  it.each([
    ['capitals and digits', 'ghp_ABCDEFGH1234', 'GITHUB_TOKEN'],
    ['just above 3 bits', 'ghp_AbCdEfGhAbCdEfGi', 'GITHUB_TOKEN'],
    ['one part that reads as a word', 'ghp_Abcdefghij12', 'GITHUB_TOKEN'],
    ['one word-like part and a separator at the end', 'ghp_Abcdefghij12_', 'GITHUB_TOKEN'],
    ['a part that is no word among words', 'ghp_Config-AbCdEf-Dir9', 'GITHUB_TOKEN'],
    ['x three times', 'ghp_AbCdxxxEfGh12', 'GITHUB_TOKEN'],
    ['a JWT with its payload begun', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0', 'JWT'],
  ])('%s: %j is masked', (_label, token, type) => {
    expect(cut(`token ${token}`)).toEqual([`${type}:secret:${token.replace(/[-_.]+$/, '')}`]);
  });
});

describe('detectCutSecret: a rule read the run already', () => {
  const text = `token ghp_${BODY}`;
  const start = 6;
  const end = text.length;
  const span = (s: number, e: number, type = 'GITHUB_TOKEN'): Detection => ({ start: s, end: e, type, class: 'secret' });
  it('a span of the same type over the run (or wider) is the one kept', () => {
    expect(cut(text, [span(start, end)])).toEqual([]);
    expect(cut(text, [span(start - 1, end + 1)])).toEqual([]);
    expect(cut(text, [span(0, 1), span(start, end)])).toEqual([]);
  });
  it('a span of another type, or one that starts later or ends sooner, is not', () => {
    expect(cut(text, [span(start, end, 'OPENAI_KEY')])).toEqual([`GITHUB_TOKEN:secret:ghp_${BODY}`]);
    expect(cut(text, [span(start + 1, end)])).toEqual([`GITHUB_TOKEN:secret:ghp_${BODY}`]);
    expect(cut(text, [span(start, end - 1)])).toEqual([`GITHUB_TOKEN:secret:ghp_${BODY}`]);
  });
  it('the separators at the end are left out before the comparison', () => {
    expect(cut(`${text}--`, [span(start, end)])).toEqual([]);
  });
});

describe('cutSecretEnd', () => {
  it.each([
    ['', undefined],
    ['g', undefined],
    ['gh', 'gh'],
    ['token gh', 'gh'],
    ['token g', undefined],
    ['token ghz', undefined],
    ['token zz', undefined],
    ['token ghp_', 'ghp_'],
    ['token ghp_AbCd', 'ghp_AbCd'],
    ['token ghp_AbCd ', undefined],
    ['token gho', 'gho'],
    ['x access_token', undefined],
    ['use access_tok', undefined],
    ['token sk-pr', 'sk-pr'],
    ['token gith', 'gith'],
    ['sk', 'sk'],
    ['token xoxb-123456789012-12345678', 'xoxb-123456789012-12345678'],
  ])('%j carries %j', (text, end) => {
    expect(cutSecretEnd(text, 48)).toBe(end);
  });
  it('a run of max characters whole, a longer one as its prefix and its last characters', () => {
    expect(cutSecretEnd('x ghp_0123456789', 14)).toBe('ghp_0123456789');
    expect(cutSecretEnd('x ghp_0123456789', 13)).toBe('ghp_123456789');
    expect(cutSecretEnd('x ghp_0123456789', 6)).toBe('ghp_89');
    expect(cutSecretEnd(`x sk-ant-${filler(60)}`, 48)).toBe(`sk-ant-${filler(60).slice(-41)}`);
    expect(cutSecretEnd(`x sk-proj-${filler(60)}`, 48)).toBe(`sk-proj-${filler(60).slice(-40)}`);
  });
  it('a prefix cut short is carried only whole', () => {
    expect(cutSecretEnd('x gith', 4)).toBe('gith');
    expect(cutSecretEnd('x gith', 3)).toBeUndefined();
    expect(cutSecretEnd('gh', 1)).toBeUndefined();
  });
  it(`a run longer than ${MAX_RUN} characters is not carried`, () => {
    expect(cutSecretEnd(`ghp_${filler(MAX_RUN - 4)}`, 48)).toBe(`ghp_${filler(MAX_RUN - 4).slice(-44)}`);
    expect(cutSecretEnd(`ghp_${filler(MAX_RUN - 3)}`, 48)).toBeUndefined();
    // Read as none, not from its second character on.
    expect(cutSecretEnd(`xghp_${filler(MAX_RUN)}`, 48)).toBeUndefined();
  });
});

describe('secretAcrossSeam', () => {
  it('the kept end and the next chunk\'s first run', () => {
    expect(secretAcrossSeam('ghp_AbCdEfGh', 'IjKlMn ok')).toEqual({ end: 6, type: 'GITHUB_TOKEN', whole: 'ghp_AbCdEfGhIjKlMn' });
    expect(secretAcrossSeam('token gh', 'p_AbCdEfGh12Kl ok')).toEqual({ end: 14, type: 'GITHUB_TOKEN', whole: 'ghp_AbCdEfGh12Kl' });
    expect(secretAcrossSeam('ghp_AbCd', 'EfGh12Kl')).toEqual({ end: 8, type: 'GITHUB_TOKEN', whole: 'ghp_AbCdEfGh12Kl' });
    expect(secretAcrossSeam('key sk-ant-AbCd', 'EfGh12Kl, ok')).toEqual({ end: 8, type: 'ANTHROPIC_KEY', whole: 'sk-ant-AbCdEfGh12Kl' });
  });
  it('separators at the end of the run are left out', () => {
    expect(secretAcrossSeam('ghp_AbCd', 'EfGh12Kl-- ok')).toEqual({ end: 8, type: 'GITHUB_TOKEN', whole: 'ghp_AbCdEfGh12Kl' });
    expect(secretAcrossSeam('ghp_AbCdEfGh12Kl', '- ok')).toBeUndefined();
    expect(secretAcrossSeam('ghp_AbCdEfGh12Kl', '-')).toBeUndefined();
  });
  it('nothing when either side has no run at the seam', () => {
    expect(secretAcrossSeam('', 'ghp_AbCdEfGh12Kl')).toBeUndefined();
    expect(secretAcrossSeam('Prefix ', 'ghp_AbCdEfGh12Kl')).toBeUndefined();
    expect(secretAcrossSeam('ghp_AbCdEfGh12Kl', '')).toBeUndefined();
    expect(secretAcrossSeam('ghp_AbCdEfGh', ' IjKlMnOp')).toBeUndefined();
  });
  it('nothing when the joined run has no known prefix or no random body', () => {
    expect(secretAcrossSeam('zz', 'AbCdEfGh12Kl')).toBeUndefined();
    expect(secretAcrossSeam('ghp_', 'abcdefghijkl ok')).toBeUndefined();
    expect(secretAcrossSeam('eyJhbGciOiJIUzI1', 'NiJ9 ok')).toBeUndefined();
    // The body is read after the prefix: 7 characters are too few, however long the prefix.
    expect(secretAcrossSeam('ghp_AbC', 'dEfG ok')).toBeUndefined();
    expect(secretAcrossSeam('ghp_AbC', 'dEfGhIj ok')).toEqual({ end: 7, type: 'GITHUB_TOKEN', whole: 'ghp_AbCdEfGhIj' });
  });
  it(`a kept run longer than ${MAX_RUN} characters is read as none`, () => {
    const tail = `x ghp_${filler(MAX_RUN - 4)}g`;
    expect(secretAcrossSeam(tail, 'hp_AbCdEfGh12Kl')).toBeUndefined();
    expect(secretAcrossSeam(`xghp_${filler(MAX_RUN)}`, 'AbCd ok')).toBeUndefined();
  });
  it(`the next chunk's run is read to ${MAX_RUN} characters at most`, () => {
    const found = secretAcrossSeam('ghp_', `${filler(MAX_RUN + 100)} ok`);
    expect(found?.end).toBe(MAX_RUN);
    expect(found?.whole).toBe(`ghp_${filler(MAX_RUN)}`);
  });
});

describe('cutSecretEndAfter', () => {
  it('a chunk that is one run carries the joined run on', () => {
    expect(cutSecretEndAfter('ghp_AbCd', 'EfGh12', 48)).toBe('ghp_AbCdEfGh12');
    expect(cutSecretEndAfter('g', 'h', 48)).toBe('gh');
    expect(cutSecretEndAfter('ghp_AbCd', 'EfGh12', 8)).toBe('ghp_Gh12');
  });
  it('nothing for an empty chunk or one holding another character', () => {
    expect(cutSecretEndAfter('ghp_AbCd', '', 48)).toBeUndefined();
    expect(cutSecretEndAfter('ghp_AbCd', 'EfGh ghp_Ab', 48)).toBeUndefined();
    expect(cutSecretEndAfter('ghp_AbCd', ' ghp_Ab', 48)).toBeUndefined();
    expect(cutSecretEndAfter('ghp_AbCd', 'ghp_Ab ', 48)).toBeUndefined();
  });
  it(`a chunk of ${MAX_RUN} characters is read, one more is not`, () => {
    expect(cutSecretEndAfter('', `ghp_${filler(MAX_RUN - 4)}`, 48)).toBe(`ghp_${filler(MAX_RUN - 4).slice(-44)}`);
    expect(cutSecretEndAfter('', `ghp_${filler(MAX_RUN - 3)}`, 48)).toBeUndefined();
  });
});

describe('the table: every prefix gives its type', () => {
  const RULES: Array<[string, string]> = [
    ['sk-ant-', 'ANTHROPIC_KEY'],
    ['sk-proj-', 'OPENAI_KEY'],
    ['sk-svcacct-', 'OPENAI_KEY'],
    ['sk-admin-', 'OPENAI_KEY'],
    ['sk-None-', 'OPENAI_KEY'],
    ['sk-', 'OPENAI_KEY'],
    ['ghp_', 'GITHUB_TOKEN'],
    ['gho_', 'GITHUB_TOKEN'],
    ['ghu_', 'GITHUB_TOKEN'],
    ['ghs_', 'GITHUB_TOKEN'],
    ['ghr_', 'GITHUB_TOKEN'],
    ['github_pat_', 'GITHUB_TOKEN'],
    ['AKIA', 'AWS_ACCESS_KEY'],
    ['ASIA', 'AWS_ACCESS_KEY'],
    ['AIza', 'GCP_API_KEY'],
    ['hf_', 'HUGGINGFACE_TOKEN'],
    ['npm_', 'NPM_TOKEN'],
    ['SG.', 'SENDGRID_KEY'],
    ['shppa_', 'SHOPIFY_TOKEN'],
    ['shpca_', 'SHOPIFY_TOKEN'],
    ['shpat_', 'SHOPIFY_TOKEN'],
    ['shpss_', 'SHOPIFY_TOKEN'],
    ['lin_api_', 'LINEAR_KEY'],
    ...['pat', 'dt', 'rt', 'ptt', 'ft', 'soat', 'cbt', 'imt', 'oas', 'agent'].map((kind): [string, string] => [`gl${kind}-`, 'GITLAB_TOKEN']),
    ...[...'abposre'].map((kind): [string, string] => [`xox${kind}-`, 'SLACK_TOKEN']),
    ['xapp-', 'SLACK_TOKEN'],
    ['sk_live_', 'STRIPE_KEY'],
    ['sk_test_', 'STRIPE_KEY'],
    ['rk_live_', 'STRIPE_KEY'],
    ['rk_test_', 'STRIPE_KEY'],
    ['whsec_', 'STRIPE_KEY'],
    ['GOCSPX-', 'GOOGLE_OAUTH_CLIENT_SECRET'],
    ['hvs.', 'VAULT_TOKEN'],
    ['hvb.', 'VAULT_TOKEN'],
    ['hvr.', 'VAULT_TOKEN'],
    ['PMAK-', 'POSTMAN_KEY'],
    ...['pt', 'st', 'sa', 'ct'].map((kind): [string, string] => [`dp.${kind}.`, 'DOPPLER_TOKEN']),
    ['ya29.', 'GOOGLE_OAUTH_TOKEN'],
    ['doo_v1_', 'DIGITALOCEAN_TOKEN'],
    ['dop_v1_', 'DIGITALOCEAN_TOKEN'],
    ['dor_v1_', 'DIGITALOCEAN_TOKEN'],
    ['pypi-', 'PYPI_TOKEN'],
    ['sq0atp-', 'SQUARE_TOKEN'],
    ['sq0csp-', 'SQUARE_TOKEN'],
    ['sq0idp-', 'SQUARE_TOKEN'],
  ];
  /** provider-tokens.ts' families whose pattern starts at their gate (`\\b`, then the gate, or an alternation of its spellings: New Relic, Sentry). */
  const FAMILIES: Array<[string, string]> = [
    ['gsk_', 'GROQ_KEY'],
    ['glsa_', 'GRAFANA_TOKEN'],
    ['glc_', 'GRAFANA_TOKEN'],
    ['dckr_', 'DOCKER_HUB_TOKEN'],
    ['NRAK-', 'NEW_RELIC_KEY'],
    ['NRII-', 'NEW_RELIC_KEY'],
    ['NRJS-', 'NEW_RELIC_KEY'],
    ['sntrys_', 'SENTRY_TOKEN'],
    ['sntryu_', 'SENTRY_TOKEN'],
    ['figd_', 'FIGMA_TOKEN'],
    ['ntn_', 'NOTION_TOKEN'],
    ['secret_', 'NOTION_TOKEN'],
    ['r8_', 'REPLICATE_TOKEN'],
    ['fw_', 'FIREWORKS_KEY'],
    ['LTAI', 'ALIBABA_KEY'],
    ['AKID', 'TENCENT_KEY'],
    ['sk.eyJ', 'MAPBOX_TOKEN'],
    ['pat-', 'HUBSPOT_TOKEN'],
    ['ATATT3', 'ATLASSIAN_TOKEN'],
    ['ATCTT3', 'ATLASSIAN_TOKEN'],
    ['EAAM', 'FACEBOOK_TOKEN'],
  ];
  it.each([...RULES, ...FAMILIES])('%s is read as %s', (prefix, type) => {
    expect(cut(`token ${prefix}${BODY}`)).toEqual([`${type}:secret:${prefix}${BODY}`]);
  });
  it('a JWT with its payload begun', () => {
    expect(cut('token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0')).toEqual(['JWT:secret:eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0']);
  });
  it.each([
    ['a family whose pattern starts before its gate (Zapier)', 'hooks.zapier'],
    ['a family whose gate is inside the token (FCM)', 'APA91b'],
    ['a family whose gate is no fixed prefix (Airtable)', 'patAbCdEfGh12Kl34.'],
  ])('%s: %j is no prefix', (_label, prefix) => {
    expect(cut(`token ${prefix}${BODY}`)).toEqual([]);
  });
});
