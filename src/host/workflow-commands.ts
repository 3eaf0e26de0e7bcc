/**
 * The runner's side of the Actions protocol that this action uses: `::command::` lines on
 * stdout and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, written exactly as @actions/core
 * writes them (a test runs both and compares).
 *
 * Why not @actions/core itself: importing it loads its OIDC client and with it undici, about
 * 100 ms of every run's start-up — 40% of the action's cold-start budget — for a feature this
 * action never uses. Everything here is the toolkit's documented wire format.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

export type CommandProperties = Readonly<Record<string, string | number | undefined>>;

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::name key=value,key=value::message`, skipping empty properties as the toolkit does. */
export function formatCommand(
  name: string,
  properties: CommandProperties,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

export function issueCommand(
  name: string,
  properties: CommandProperties,
  message: string,
  write: (text: string) => void = (text) => process.stdout.write(text),
): void {
  write(formatCommand(name, properties, message) + EOL);
}

/** An input as the runner passes it: `INPUT_<NAME>` with spaces as `_`, upper-cased. */
export function readInput(env: NodeJS.ProcessEnv, name: string): string {
  return env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}

/**
 * Appends `name<<delimiter` / value / `delimiter` to a file command such as GITHUB_OUTPUT.
 * The delimiter is random, so a value cannot end the block early and forge another output.
 */
export function appendKeyValue(file: string, name: string, value: string): void {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error('Unexpected input: name or value contains the delimiter');
  }
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}
