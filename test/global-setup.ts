import fs from 'node:fs';

// Removes the key folder the test run used as AGENT_AUDIT_HOME (see vitest.config.ts).
export default function setup(): () => void {
  const home = process.env.AGENT_AUDIT_TEST_HOME;
  return () => {
    if (home && home.includes('agent-audit-test-home-')) fs.rmSync(home, { recursive: true, force: true });
  };
}
