// The monitor: rules over live events, alerts recorded as evidence, pausing agents.
export { createMonitor, compileMatch, MAX_ALERT_EVENT_IDS, type Alert, type HealthSignal, type Monitor, type MonitorOptions, type MonitorStats } from './monitor.js';
export { parseRules, validateRules, parseDuration, ruleSchema, ruleSetSchema, ruleMatchSchema, RulesError, type Rule, type RuleInput, type RuleKind, type RuleMatch } from './rules.js';
export { DEFAULT_RULES } from './default-rules.js';
export { alertRecord } from './record.js';
export { pauseStore, defaultPauseDir, refuseIfPaused, type PauseStore, type PauseRecord, type PauseCheck } from './pause.js';
export { ledgerTail, type LedgerTail, type LedgerTailOptions, type MalformedLine } from './tail.js';
