// The MCP proxy's stderr, as a test that expects it quiet reads it. One notice is documented and
// depends on the machine's load, not on the code under test: when the client ends stdin, the
// proxy's sealing thread gets `closeWaitMs` (1 s in the CLI) to answer what it holds; a thread
// still loading its redactor, or starved at nice 10 on a busy machine (seen at load 10 on
// 2026-12-07), has not, and the host's thread seals those events itself, saying so on stderr
// (docs/adapters/mcp-proxy.md, `redactionWorker.closeWaitMs`). `test/mcp/close-durable.test.ts`
// makes that notice happen on purpose and checks that no event is lost.

const CLOSE_WAIT_NOTICE = /^agent-audit mcp-proxy: (?:redaction_failed: )?the sealing worker failed with \d+ events in its hands \(the sealing pool had not answered within \d+ ms of close\(\)\); none is lost: /;

/** The lines of `stderr` other than blank ones and the proxy's close-wait notice (above). */
export function unexpectedStderr(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line !== '' && !CLOSE_WAIT_NOTICE.test(line));
}
