/**
 * `smithy-build.json` (Smithy "smithy-build" configuration) → what Anvil's
 * `generate` needs: the model files (`sources`, `imports`, a projection's
 * `imports`, paths relative to the file, `${ENV}` interpolated) and the
 * `typescript-client-codegen` plugin settings mapped to Anvil's options
 * (`service`; `package` → `name` and `scope`). Maven dependencies cannot be
 * resolved without a JVM: they are an error unless their models are supplied
 * as files.
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ModelError } from '../errors.js';

/** The TypeScript code generator plugin of smithy-typescript, whose settings Anvil reads. */
export const TYPESCRIPT_PLUGIN = 'typescript-client-codegen';

/** What a `smithy-build.json` means for `anvil generate`. */
export interface SmithyBuildPlan {
  /** The smithy-build.json file (absolute). */
  readonly file: string;
  /** Model files and directories: `sources`, then `imports`, then the projection's `imports` (absolute). */
  readonly models: readonly string[];
  /** `plugins["typescript-client-codegen"].service`: the service shape id. */
  readonly service?: string;
  /** Short service name for package names, from the plugin's `package` (`@acme/weather-client` → `weather`). */
  readonly name?: string;
  /** npm scope from the plugin's `package` (`@acme/weather-client` → `acme`). */
  readonly scope?: string;
  /** The plugin's `package` as written. */
  readonly packageName?: string;
  /** The plugin's `packageVersion`. */
  readonly packageVersion?: string;
  /** The plugin's `packageJson` (extra package.json fields). */
  readonly packageJson?: Readonly<Record<string, unknown>>;
  /** `maven.dependencies` (coordinates `group:artifact:version`). */
  readonly mavenDependencies: readonly string[];
  /** Settings that were read but that Anvil does not apply, as sentences for the user. */
  readonly notes: readonly string[];
}

/** Options of {@link readSmithyBuild}. */
export interface SmithyBuildOptions {
  /** A projection whose `imports` and plugin settings are used too. */
  readonly projection?: string;
  /** Model files given besides the config: they stand in for the Maven dependencies. */
  readonly extraModels?: readonly string[];
  /** Environment for `${NAME}` interpolation (default `process.env`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a `smithy-build.json`.
 * @param file path of the smithy-build.json
 * @returns the plan: model paths and generate options
 * @throws ModelError (file, JSON path) when the file cannot be read, is not JSON, a field has the wrong
 *   type, `${NAME}` names an unset variable, the projection does not exist or has transforms, a
 *   source or import is a JAR, or
 *   `maven.dependencies` is not empty and no `extraModels` were given (the message lists them)
 */
export function readSmithyBuild(file: string, options: SmithyBuildOptions = {}): SmithyBuildPlan {
  const path = resolve(file);
  const fail = (detail: string, jsonPath = '$'): never => {
    throw new ModelError(detail, { file, jsonPath });
  };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return fail(`cannot read: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail(`invalid JSON: ${(e as Error).message}`);
  }
  const config = interpolate(json, options.env ?? process.env, '$', fail);
  if (!isObject(config)) return fail('smithy-build.json must be a JSON object');
  const base = dirname(path);
  const strings = (value: unknown, at: string): string[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return fail('must be an array of strings', at);
    return value as string[];
  };
  const models = [...strings(config.sources, '$.sources'), ...strings(config.imports, '$.imports')].map((p) => resolve(base, p));
  let plugins = isObject(config.plugins) ? config.plugins : {};
  const notes: string[] = [];
  if (options.projection !== undefined) {
    const projections = isObject(config.projections) ? config.projections : {};
    const projection = projections[options.projection];
    const at = `$.projections[${JSON.stringify(options.projection)}]`;
    if (!isObject(projection)) return fail(`no projection "${options.projection}" (projections: ${Object.keys(projections).join(', ') || 'none'})`, at);
    if (Array.isArray(projection.transforms) && projection.transforms.length > 0) {
      return fail('projection transforms need Smithy\'s build tool; Anvil cannot apply them', `${at}.transforms`);
    }
    models.push(...strings(projection.imports, `${at}.imports`).map((p) => resolve(base, p)));
    if (isObject(projection.plugins)) plugins = { ...plugins, ...projection.plugins };
  }
  const jars = models.filter((m) => m.endsWith('.jar'));
  if (jars.length > 0) {
    fail(`JAR files cannot be read without a JVM: ${jars.join(', ')}. Supply the models inside them as .smithy or .json files.`, '$.imports');
  }
  const maven = isObject(config.maven) ? strings(config.maven.dependencies, '$.maven.dependencies') : [];
  if (maven.length > 0 && (options.extraModels ?? []).length === 0) {
    fail(
      `Maven dependencies cannot be resolved without a JVM: ${maven.join(', ')}. ` +
        'Supply their models as files: add them to "sources" or "imports" in smithy-build.json, ' +
        'or pass them after the options (anvil generate --build smithy-build.json --out <dir> <model files...>).',
      '$.maven.dependencies',
    );
  }
  const settings = plugins[TYPESCRIPT_PLUGIN];
  return { file: path, models, ...pluginSettings(settings, fail, notes), mavenDependencies: maven, notes };
}

/** The typescript-client-codegen settings Anvil uses. */
function pluginSettings(settings: unknown, fail: (detail: string, at: string) => never, notes: string[]): Partial<SmithyBuildPlan> {
  if (settings === undefined) return {};
  const at = `$.plugins["${TYPESCRIPT_PLUGIN}"]`;
  if (!isObject(settings)) return fail('must be an object', at);
  const str = (key: string): string | undefined => {
    const value = settings[key];
    if (value !== undefined && typeof value !== 'string') fail('must be a string', `${at}.${key}`);
    return value as string | undefined;
  };
  const out: { -readonly [K in keyof SmithyBuildPlan]?: SmithyBuildPlan[K] } = {};
  const service = str('service');
  if (service !== undefined) out.service = service;
  const packageName = str('package');
  if (packageName !== undefined) Object.assign(out, { packageName }, packageNaming(packageName));
  const packageVersion = str('packageVersion');
  if (packageVersion !== undefined) {
    out.packageVersion = packageVersion;
    notes.push(`packageVersion ${packageVersion} is not applied: Anvil's generated packages keep their own version.`);
  }
  if (settings.packageJson !== undefined) {
    if (!isObject(settings.packageJson)) fail('must be an object', `${at}.packageJson`);
    out.packageJson = settings.packageJson as Json;
    notes.push('packageJson is not applied: Anvil writes its own package.json files.');
  }
  return out;
}

/**
 * An npm package name → Anvil's scope and short name: `@acme/weather-client` → scope `acme`, name
 * `weather`; `@aws-sdk/client-s3` → `aws-sdk`, `s3`; `weather` → name `weather` (default scope).
 */
export function packageNaming(packageName: string): { name?: string; scope?: string } {
  const scoped = /^@([^/]+)\/(.+)$/.exec(packageName);
  const scope = scoped?.[1];
  let name = (scoped?.[2] ?? packageName).toLowerCase();
  name = name.replace(/^client-/, '').replace(/-client$/, '');
  name = name.replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return { ...(name ? { name } : {}), ...(scope ? { scope } : {}) };
}

/** Replaces `${NAME}` in every string with the environment value (`\${` keeps a literal `${`). */
function interpolate(value: unknown, env: Readonly<Record<string, string | undefined>>, at: string, fail: (d: string, at: string) => never): unknown {
  if (typeof value === 'string') {
    return value.replace(/(\\?)\$\{([^}]*)\}/g, (whole, escape: string, name: string) => {
      if (escape) return whole.slice(1);
      const v = env[name];
      return v !== undefined ? v : fail(`environment variable ${name} is not set`, at);
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolate(v, env, `${at}[${i}]`, fail));
  if (isObject(value)) {
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: interpolate(v, env, `${at}.${k}`, fail), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}
