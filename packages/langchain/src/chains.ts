/**
 * Which chain runs become audit events. A LangChain agent invocation opens dozens of chain
 * runs (RunnableSequence, RunnableLambda, prompt templates, routing branches); recording all
 * of them would bury the decision path. Kept by default:
 * - the root run of an invocation (always, so every invocation has its own span);
 * - graphs (LangGraph `CompiledStateGraph` / `Pregel`, which includes `createAgent` agents,
 *   also when nested as a subgraph or called from a tool);
 * - graph nodes (runs tagged `graph:step:<n>`: `model_request`, `tools`, middleware nodes,
 *   your own nodes), except LangGraph's hidden bookkeeping nodes (`langsmith:hidden`);
 * - prompt templates (`PromptTemplate`, `ChatPromptTemplate`, …), recorded with the template
 *   and its variables kept apart;
 * - any run tagged `audit:keep`.
 * Runs tagged `audit:skip` are not kept (unless root). Everything else is skipped and its
 * children re-parent to the nearest kept ancestor.
 */
import { isRecord } from './internal/messages.js';

/** What the keep decision sees of a chain run. */
export interface ChainRunInfo {
  runId: string;
  parentRunId?: string;
  /** Run name (`runName`), else the serialized class name. */
  name: string;
  /** LangChain serialized id, e.g. `['langgraph', 'pregel', 'CompiledStateGraph']`. */
  serializedId: string[];
  /** `runType` LangChain passed, if any. */
  runType?: string;
  /** Tags given to this run itself (tags it inherited from its parent run are left out). */
  tags: readonly string[];
  metadata: Readonly<Record<string, unknown>>;
  /** True when the run has no parent this handler has seen. */
  isRoot: boolean;
}

export type ChainKind = 'root' | 'agent' | 'graph' | 'node' | 'prompt' | 'chain';

const GRAPH_CLASSES = new Set(['CompiledStateGraph', 'CompiledGraph', 'Pregel', 'CompiledMessageGraph', 'ReactAgent']);
const STEP_TAG = /^graph:step:\d+$/;

export function isGraph(info: ChainRunInfo): boolean {
  const last = info.serializedId.at(-1);
  return last !== undefined && GRAPH_CLASSES.has(last);
}

/** A prompt template run (`['langchain_core', 'prompts', …]`). */
export function isPromptTemplate(info: ChainRunInfo): boolean {
  return info.serializedId.includes('prompts');
}

export function isNode(info: ChainRunInfo): boolean {
  return info.tags.some((tag) => STEP_TAG.test(tag));
}

/** The kind recorded in `attrs.chain.kind`. */
export function chainKind(info: ChainRunInfo): ChainKind {
  if (isGraph(info)) return info.metadata['ls_integration'] === 'langchain_create_agent' ? 'agent' : 'graph';
  if (isNode(info)) return 'node';
  if (isPromptTemplate(info)) return 'prompt';
  return info.isRoot ? 'root' : 'chain';
}

/** The default keep rule (see the module comment and docs/adapters/langchain.md). */
export function defaultKeepChain(info: ChainRunInfo): boolean {
  if (info.isRoot) return true;
  if (info.tags.includes('audit:skip')) return false;
  if (info.tags.includes('audit:keep')) return true;
  if (info.tags.includes('langsmith:hidden')) return false;
  return isGraph(info) || isNode(info) || isPromptTemplate(info);
}

export function serializedIdOf(serialized: unknown): string[] {
  if (!isRecord(serialized) || !Array.isArray(serialized['id'])) return [];
  return serialized['id'].filter((part): part is string => typeof part === 'string');
}

/** Tags worth keeping in the record: the user's own, not LangChain's step bookkeeping. */
export function userTags(tags: readonly string[] | undefined): string[] | undefined {
  if (!tags || tags.length === 0) return undefined;
  const kept = tags.filter((tag) => !STEP_TAG.test(tag) && !tag.startsWith('seq:step:') && !tag.startsWith('langsmith:'));
  return kept.length > 0 ? kept : undefined;
}
