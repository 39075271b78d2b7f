/** One schema change. `sql` receives the quoted schema name and role names. */
export interface Migration {
  version: number;
  name: string;
  sql(names: SchemaNames): string;
}

export interface SchemaNames {
  /** Schema name, unquoted (validated: lower-case identifier). */
  schema: string;
  /** Quoted schema identifier. */
  s: string;
  writer: string;
  reader: string;
  retention: string;
}

const APPEND_ONLY = (s: string, table: string) => `
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON ${s}.${table} FOR EACH ROW EXECUTE FUNCTION ${s}.refuse_change();
CREATE TRIGGER append_only_statement BEFORE UPDATE OR DELETE ON ${s}.${table} FOR EACH STATEMENT EXECUTE FUNCTION ${s}.refuse_change();
CREATE TRIGGER no_truncate BEFORE TRUNCATE ON ${s}.${table} FOR EACH STATEMENT EXECUTE FUNCTION ${s}.refuse_change();`;

/** Append-only store, versioned. Never edit a released migration; add the next one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'events, checkpoints, chain state, retention',
    sql: ({ schema, s, writer, reader, retention }) => `
DO $roles$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${writer}') THEN CREATE ROLE "${writer}" NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${reader}') THEN CREATE ROLE "${reader}" NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${retention}') THEN CREATE ROLE "${retention}" NOLOGIN; END IF;
END $roles$;

CREATE FUNCTION ${s}.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'agent-audit: % on %.% refused: the audit store is append-only (retention only through ${schema}.apply_retention)',
    TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $fn$;

-- One row per event. "line" is the event's canonical (RFC 8785) JSON text exactly as hashed
-- and stored in the ledger; the other columns are copies for indexing and filtering.
CREATE TABLE ${s}.events (
  id text NOT NULL,
  ts timestamptz NOT NULL,
  stream text NOT NULL,
  seq bigint NOT NULL,
  type text NOT NULL,
  session text,
  actor_id text,
  actor_type text,
  resource_type text,
  resource_id text,
  tool_name text,
  trace_id text NOT NULL,
  span_id text NOT NULL,
  outcome text NOT NULL,
  hash text NOT NULL,
  prev text NOT NULL,
  line text NOT NULL,
  ingested_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, ts)
) PARTITION BY RANGE (ts);
CREATE INDEX events_stream_seq ON ${s}.events (stream, seq);
CREATE INDEX events_session ON ${s}.events (session, ts) WHERE session IS NOT NULL;
CREATE INDEX events_actor ON ${s}.events (actor_id, ts) WHERE actor_id IS NOT NULL;
CREATE INDEX events_resource ON ${s}.events (resource_type, resource_id, ts) WHERE resource_id IS NOT NULL;
CREATE INDEX events_type ON ${s}.events (type, ts);
CREATE INDEX events_trace ON ${s}.events (trace_id);
CREATE INDEX events_tool ON ${s}.events (tool_name, ts) WHERE tool_name IS NOT NULL;
CREATE INDEX events_ts ON ${s}.events (ts);
${APPEND_ONLY(s, 'events')}

CREATE TABLE ${s}.events_archive (LIKE ${s}.events INCLUDING DEFAULTS, archived_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (id, ts));
CREATE INDEX events_archive_stream_seq ON ${s}.events_archive (stream, seq);
${APPEND_ONLY(s, 'events_archive')}

CREATE TABLE ${s}.checkpoints (
  stream text NOT NULL,
  size bigint NOT NULL,
  root text NOT NULL,
  ts text NOT NULL,
  note text NOT NULL,
  ingested_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (stream, size)
);
${APPEND_ONLY(s, 'checkpoints')}

-- Incremental chain verification state of collectors (mutable by design: not audit data).
CREATE TABLE ${s}.chain_state (
  consumer text NOT NULL,
  stream text NOT NULL,
  next_seq bigint NOT NULL,
  last_hash text NOT NULL,
  -- Highest seq of the stream this consumer has stored; above next_seq means a gap to fill.
  max_seen bigint NOT NULL DEFAULT -1,
  breaks bigint NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, stream)
);

CREATE TABLE ${s}.retention_log (
  id bigserial PRIMARY KEY,
  ran_at timestamptz NOT NULL DEFAULT now(),
  cutoff timestamptz NOT NULL,
  partition text NOT NULL,
  rows_archived bigint NOT NULL,
  streams jsonb NOT NULL,
  run_by text NOT NULL
);
${APPEND_ONLY(s, 'retention_log')}

-- Monthly partitions (UTC), created ahead by the sink and on demand for the months a batch needs.
CREATE FUNCTION ${s}.ensure_partitions(from_ts timestamptz, months integer DEFAULT 1) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET "TimeZone" = 'UTC' AS $fn$
DECLARE
  month_start timestamptz;
  part text;
  created integer := 0;
BEGIN
  IF months < 1 OR months > 120 THEN RAISE EXCEPTION 'months must be between 1 and 120'; END IF;
  PERFORM pg_advisory_xact_lock(hashtext('${schema}.partitions'));
  FOR i IN 0 .. months - 1 LOOP
    month_start := date_trunc('month', from_ts) + make_interval(months => i);
    part := 'events_' || to_char(month_start, 'YYYYMM');
    IF to_regclass(format('%I.%I', '${schema}', part)) IS NULL THEN
      EXECUTE format('CREATE TABLE %I.%I PARTITION OF %I.events FOR VALUES FROM (%L) TO (%L)',
        '${schema}', part, '${schema}', month_start, month_start + interval '1 month');
      EXECUTE format('CREATE TRIGGER no_truncate BEFORE TRUNCATE ON %I.%I FOR EACH STATEMENT EXECUTE FUNCTION %I.refuse_change()',
        '${schema}', part, '${schema}');
      created := created + 1;
    END IF;
  END LOOP;
  RETURN created;
END $fn$;

-- The only way rows leave the events table: whole months older than the cutoff are copied to
-- events_archive, the copy is counted against the partition, the run is logged, then the
-- partition is detached and dropped.
CREATE FUNCTION ${s}.apply_retention(cutoff timestamptz) RETURNS TABLE (partition_name text, rows_archived bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET "TimeZone" = 'UTC' AS $fn$
DECLARE
  r record;
  copied bigint;
  expected bigint;
  summary jsonb;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('${schema}.partitions'));
  FOR r IN
    SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = format('%I.events', '${schema}')::regclass AND c.relname ~ '^events_[0-9]{6}$'
    ORDER BY c.relname
  LOOP
    IF to_timestamp(substr(r.name, 8), 'YYYYMM') + interval '1 month' <= cutoff THEN
      EXECUTE format('SELECT count(*) FROM %I.%I', '${schema}', r.name) INTO expected;
      EXECUTE format('INSERT INTO %I.events_archive SELECT p.*, now() FROM %I.%I p', '${schema}', '${schema}', r.name);
      GET DIAGNOSTICS copied = ROW_COUNT;
      IF copied <> expected THEN
        RAISE EXCEPTION 'retention: archived % of % rows of %; nothing removed', copied, expected, r.name;
      END IF;
      EXECUTE format('SELECT coalesce(jsonb_object_agg(stream, jsonb_build_object(''fromSeq'', lo, ''toSeq'', hi, ''count'', n)), ''{}''::jsonb)
                      FROM (SELECT stream, min(seq) lo, max(seq) hi, count(*) n FROM %I.%I GROUP BY stream) x', '${schema}', r.name) INTO summary;
      INSERT INTO ${s}.retention_log (cutoff, partition, rows_archived, streams, run_by) VALUES (cutoff, r.name, copied, summary, session_user);
      EXECUTE format('ALTER TABLE %I.events DETACH PARTITION %I.%I', '${schema}', '${schema}', r.name);
      EXECUTE format('DROP TABLE %I.%I', '${schema}', r.name);
      partition_name := r.name;
      rows_archived := copied;
      RETURN NEXT;
    END IF;
  END LOOP;
END $fn$;

REVOKE ALL ON FUNCTION ${s}.ensure_partitions(timestamptz, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION ${s}.apply_retention(timestamptz) FROM PUBLIC;
GRANT USAGE ON SCHEMA ${s} TO "${writer}", "${reader}", "${retention}";
GRANT SELECT, INSERT ON ${s}.events, ${s}.checkpoints TO "${writer}";
GRANT SELECT, INSERT, UPDATE ON ${s}.chain_state TO "${writer}";
GRANT EXECUTE ON FUNCTION ${s}.ensure_partitions(timestamptz, integer) TO "${writer}";
GRANT SELECT ON ${s}.events, ${s}.events_archive, ${s}.checkpoints, ${s}.chain_state, ${s}.retention_log TO "${reader}", "${writer}", "${retention}";
GRANT EXECUTE ON FUNCTION ${s}.apply_retention(timestamptz) TO "${retention}";

SELECT ${s}.ensure_partitions(now() - interval '1 month', 5);
`,
  },
];
