/**
 * The simulated tenant and everything that acts on it, replaceable as a whole: `regenerate()` brings
 * back the tenant the seed describes (what `control.reset()` promises).
 */
import type { EventChannels } from './events/event-channels.js';
import { ProcessEvents } from './events/process-events.js';
import { buildFixture } from './fixtures.js';
import { generateTenant, type ProcessGenerator } from './generate-tenant.js';
import type { IdFactory } from './ids.js';
import { ProcessMachine } from './machine.js';
import { Random } from './random.js';
import type { Tenant } from './tenant.js';
import type { ProcessSpec } from './types.js';
import type { WorkTracker } from './work-tracker.js';

export interface CoreSettings {
  seed: number;
  processes: number;
  anchorMs: number;
  revokeDelayMs: number;
  now: () => number;
  tracker: WorkTracker;
  channels: Pick<EventChannels, 'emit'>;
}

/** Keeps fixtures' random draws (definition ids, default assignees) apart from the generated tenant's. */
const FIXTURE_SALT = 0x5bd1e995;

export class SandboxCore {
  readonly events: ProcessEvents;
  tenant!: Tenant;
  ids!: IdFactory;
  generator!: ProcessGenerator;
  machine!: ProcessMachine;
  private fixtureRandom!: Random;

  constructor(private readonly settings: CoreSettings) {
    this.events = new ProcessEvents((processId, type, event) => settings.channels.emit(processId, type, event));
    this.regenerate();
  }

  regenerate(): void {
    this.machine?.stop();
    const { seed, processes, anchorMs, now, tracker, revokeDelayMs } = this.settings;
    const generated = generateTenant({ seed, processes, anchorMs });
    this.tenant = generated.tenant;
    this.ids = generated.ids;
    this.generator = generated.generator;
    this.fixtureRandom = new Random((seed ^ FIXTURE_SALT) >>> 0);
    this.machine = new ProcessMachine({ tenant: this.tenant, ids: this.ids, events: this.events, now, tracker, revokeDelayMs });
  }

  createProcess(spec: ProcessSpec): string {
    const process = buildFixture(spec, { tenant: this.tenant, ids: this.ids, random: this.fixtureRandom, now: this.settings.now });
    this.tenant.add(process);
    if (spec.emitEvents !== false) this.events.initiated(process);
    return process.id;
  }

  /** Starts a new process now, as someone in the tenant would (live activity). */
  startRandomProcess(): string {
    const process = this.generator.fresh(this.settings.now());
    this.tenant.add(process);
    this.events.initiated(process);
    return process.id;
  }

  stop(): void {
    this.machine.stop();
  }
}
