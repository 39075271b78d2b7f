import { AuditError } from '../spec/errors.js';

/**
 * A region id: lower-case letters, digits and `-`, 1 to 63 characters (`eu`, `us`, `eu-west-1`).
 * The same pattern checks `agent.region` (docs/FORMAT.md §2).
 */
export const REGION_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

const routingMarker = Symbol.for('agent-audit.region-routing');

/**
 * Targets keyed by region, made by {@link byRegion}. Read-only; `targets` has one entry per
 * region, and `regions` lists them sorted.
 */
export interface RegionRouting<T> {
  readonly [routingMarker]: true;
  readonly regions: readonly string[];
  readonly targets: Readonly<Record<string, T>>;
}

/** A region has no target, or a region-routed option was used without a region. Code `region_unrouted`. */
export class RegionRoutingError extends AuditError {
  readonly region: string | undefined;
  constructor(options: { message: string; region?: string }) {
    super({ code: 'region_unrouted', message: options.message });
    this.name = 'RegionRoutingError';
    this.region = options.region;
  }
}

/**
 * Routes by region: the ledger (`createAuditor({ sink })`) or shipper target (`createShipper({ sink })`)
 * of an agent is the entry of its `agent.region`. Data residency (GDPR Chapter V, transfers to
 * third countries): an EU agent's events are written to, and shipped from, EU stores only. There
 * is no default entry and no fallback: a region without a target is a {@link RegionRoutingError}
 * when the auditor or shipper is created.
 *
 * @param targets region id (see {@link REGION_PATTERN}) -> target; at least one.
 * @throws RegionRoutingError (code `region_unrouted`) when empty, a key is no region id, or a target is missing.
 * @example
 * ```ts
 * const ledgers = byRegion({ eu: fileLedger({ dir: '/data/eu' }), us: fileLedger({ dir: '/data/us' }) });
 * const auditor = createAuditor({ agent: { id: 'claims-bot', region: 'eu' }, sink: ledgers }); // writes /data/eu only
 * ```
 */
export function byRegion<T>(targets: Readonly<Record<string, T>>): RegionRouting<T> {
  if (typeof targets !== 'object' || targets === null || Array.isArray(targets)) {
    throw new RegionRoutingError({ message: 'byRegion(): expected an object { <region>: target }' });
  }
  const regions = Object.keys(targets).sort();
  if (regions.length === 0) throw new RegionRoutingError({ message: 'byRegion(): no regions given' });
  const copy: Record<string, T> = Object.create(null) as Record<string, T>;
  for (const region of regions) {
    if (!REGION_PATTERN.test(region)) {
      throw new RegionRoutingError({ region, message: `byRegion(): ${JSON.stringify(region)} is not a region id (${REGION_PATTERN})` });
    }
    const target = targets[region];
    if (target === undefined || target === null) {
      throw new RegionRoutingError({ region, message: `byRegion(): region ${JSON.stringify(region)} has no target` });
    }
    copy[region] = target;
  }
  return Object.freeze({ [routingMarker]: true as const, regions: Object.freeze(regions), targets: Object.freeze(copy) });
}

/** True for a value made by {@link byRegion} (of any copy of this library). */
export function isRegionRouting(value: unknown): value is RegionRouting<unknown> {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[routingMarker] === true;
}

/**
 * The target of `region`, or a clear error: never another region's target.
 *
 * @param what names the caller in the message, e.g. `createAuditor(): sink`.
 * @throws RegionRoutingError when `region` is missing or has no entry.
 */
export function routeRegion<T>(routing: RegionRouting<T>, region: string | undefined, what: string): T {
  const known = routing.regions.join(', ');
  if (region === undefined) {
    throw new RegionRoutingError({ message: `${what} is routed by region (${known}) but no region was given (set agent.region)` });
  }
  if (!Object.prototype.hasOwnProperty.call(routing.targets, region)) {
    throw new RegionRoutingError({ region, message: `${what}: region ${JSON.stringify(region)} has no target (routed regions: ${known}); events are never sent to another region's store` });
  }
  return routing.targets[region] as T;
}
