import path from 'node:path';
import { INPUTS, MODES, type InputName, type Mode } from './constants.js';
import { ConfigurationError } from './errors.js';
import type { Host } from './host.js';
import { parseKeyRing, type KeyRing } from './gate/signature.js';
import { parseFallbackOptions, type FallbackOptions } from './fallback/options.js';
import { parsePurgeOptions, type PurgeOptions } from './purge/options.js';
import { parseFileOptions, type FileOptions } from './filer/options.js';

/** What the gate needs: where the artifact is and how strictly to check it. */
export interface GateOptions {
  readonly artifact: string;
  /** A custom schema file, or null for the bundled one. */
  readonly schemaPath: string | null;
  readonly maxArtifactBytes: number;
  readonly requireHmac: boolean;
  readonly keyRing: KeyRing | null;
  /** Repository for SARIF logs that do not name their own. */
  readonly sarifRepository: string;
}

export interface SignOptions {
  /** The artifact is gated (schema only) before it is signed: a bad one is never signed. */
  readonly gate: GateOptions;
  readonly keyRing: KeyRing;
  readonly keyId: string | null;
}

export interface MetricsOptions {
  readonly metricsFile: string | null;
  readonly pushgatewayUrl: string | null;
}

export type Options =
  | { readonly mode: 'validate'; readonly gate: GateOptions; readonly metrics: MetricsOptions }
  | { readonly mode: 'sign'; readonly sign: SignOptions; readonly metrics: MetricsOptions }
  | {
      readonly mode: 'fallback';
      readonly gate: GateOptions;
      readonly fallback: FallbackOptions;
      readonly metrics: MetricsOptions;
    }
  | { readonly mode: 'purge'; readonly purge: PurgeOptions; readonly metrics: MetricsOptions }
  | { readonly mode: 'file'; readonly file: FileOptions; readonly metrics: MetricsOptions };

const BOOLEAN_TRUE = new Set(['true', 'True', 'TRUE']);
const BOOLEAN_FALSE = new Set(['false', 'False', 'FALSE']);

/** Reads inputs through the host with their action.yml defaults applied where empty. */
export class InputReader {
  constructor(private readonly host: Host) {}

  string(name: InputName): string {
    const value = this.host.getInput(name);
    if (value !== '') return value;
    const fallback = INPUTS[name].default;
    return fallback === null || fallback.startsWith('${{') ? '' : fallback;
  }

  optional(name: InputName): string | null {
    const value = this.string(name);
    return value === '' ? null : value;
  }

  boolean(name: InputName): boolean {
    const value = this.string(name);
    if (BOOLEAN_TRUE.has(value)) return true;
    if (BOOLEAN_FALSE.has(value)) return false;
    throw new ConfigurationError(`Input '${name}' must be true or false, got '${value}'.`);
  }

  integer(name: InputName, min: number, max: number): number {
    const value = this.string(name);
    const parsed = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
      throw new ConfigurationError(
        `Input '${name}' must be a whole number from ${min} to ${max}, got '${value}'.`,
      );
    }
    return parsed;
  }

  /** A positive decimal, for sizes such as `max-artifact-mb: 0.5`. */
  decimal(name: InputName, max: number): number {
    const value = this.string(name);
    const parsed = /^[0-9]*\.?[0-9]+$/.test(value) ? Number(value) : Number.NaN;
    if (!(parsed > 0 && parsed <= max)) {
      throw new ConfigurationError(
        `Input '${name}' must be a number above 0 and at most ${max}, got '${value}'.`,
      );
    }
    return parsed;
  }

  mode(): Mode {
    const value = this.host.getInput('mode');
    if (value === '') {
      throw new ConfigurationError(`Input 'mode' is required: one of ${MODES.join(', ')}.`);
    }
    if (!(MODES as readonly string[]).includes(value)) {
      throw new ConfigurationError(`Unknown mode '${value}': use one of ${MODES.join(', ')}.`);
    }
    return value as Mode;
  }
}

/**
 * Registers every secret input with the host before anything else runs, so no later message,
 * even an error quoting an input, can print one.
 */
export function registerSecrets(host: Host): void {
  const secrets = new Set<string>();
  for (const [name, spec] of Object.entries(INPUTS) as [InputName, (typeof INPUTS)[InputName]][]) {
    if (!('secret' in spec) || !spec.secret) continue;
    const raw = host.getMultilineInput(name);
    if (raw.trim() === '') continue;
    secrets.add(raw.trim());
    for (const line of raw.split(/\r?\n/)) {
      const trimmed = line.trim();
      if (trimmed === '') continue;
      secrets.add(trimmed);
      // Key-ring lines are `kid:key`: the key alone must be masked too.
      const colon = trimmed.indexOf(':');
      if (name === 'hmac-key' && colon > 0 && colon < trimmed.length - 1) {
        secrets.add(trimmed.slice(colon + 1).trim());
      }
    }
  }
  for (const secret of secrets) host.setSecret(secret);
}

export function resolvePath(host: Host, file: string): string {
  return path.resolve(host.context.workspace, file);
}

function optionalPath(host: Host, file: string | null): string | null {
  return file === null ? null : resolvePath(host, file);
}

function keyRing(host: Host): KeyRing | null {
  const raw = host.getMultilineInput('hmac-key');
  return raw.trim() === '' ? null : parseKeyRing(raw);
}

function gateOptions(host: Host, input: InputReader): GateOptions {
  const requireHmac = input.boolean('require-hmac');
  const ring = keyRing(host);
  if (requireHmac && ring === null) {
    throw new ConfigurationError(
      "Input 'require-hmac' is true but 'hmac-key' is empty: pass the key from a secret.",
    );
  }
  return {
    artifact: resolvePath(host, input.string('artifact')),
    schemaPath: optionalPath(host, input.optional('schema')),
    maxArtifactBytes: Math.floor(input.decimal('max-artifact-mb', 4096) * 1024 * 1024),
    requireHmac,
    keyRing: ring,
    sarifRepository: input.string('repository') || host.context.repository,
  };
}

function signOptions(host: Host, input: InputReader): SignOptions {
  const ring = keyRing(host);
  if (ring === null) {
    throw new ConfigurationError("Mode 'sign' needs 'hmac-key': pass the key from a secret.");
  }
  return {
    gate: { ...gateOptions(host, input), requireHmac: false, keyRing: null },
    keyRing: ring,
    keyId: input.optional('hmac-key-id'),
  };
}

/** Parses every input the chosen mode uses, once; a bad value is a ConfigurationError now. */
export function parseOptions(host: Host): Options {
  const input = new InputReader(host);
  const mode = input.mode();
  const metrics: MetricsOptions = {
    metricsFile: optionalPath(host, input.optional('metrics-file')),
    pushgatewayUrl: input.optional('pushgateway-url'),
  };
  switch (mode) {
    case 'validate':
      return { mode, gate: gateOptions(host, input), metrics };
    case 'sign':
      return { mode, sign: signOptions(host, input), metrics };
    case 'fallback':
      return {
        mode,
        gate: gateOptions(host, input),
        fallback: parseFallbackOptions(host, input),
        metrics,
      };
    case 'purge':
      return { mode, purge: parsePurgeOptions(host, input), metrics };
    case 'file':
      return { mode, file: parseFileOptions(host, input, gateOptions(host, input)), metrics };
  }
}
