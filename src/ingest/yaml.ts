// YAML as editors write it in front matter and site.yaml, read the same way in both places.
import yaml from 'js-yaml';

/**
 * js-yaml's default schema without its timestamp type: that type turns `2024-13-45` into
 * 2025-02-14 without a word. Dates stay strings here and parseDate() checks them.
 */
// js-yaml exports its types at run time; @types/js-yaml does not declare them.
const { types } = yaml as unknown as { types: Record<'merge' | 'binary' | 'omap' | 'pairs' | 'set', yaml.Type> };
const SCHEMA = yaml.CORE_SCHEMA.extend({ implicit: [types.merge], explicit: [types.binary, types.omap, types.pairs, types.set] });

export class YamlSyntaxError extends Error {
  constructor(
    readonly reason: string,
    /** 0-based line within the YAML source. */
    readonly sourceLine: number,
  ) {
    super(reason);
  }
}

export function loadYaml(source: string): unknown {
  try {
    return yaml.load(source, { schema: SCHEMA });
  } catch (err) {
    const mark = (err as { mark?: { line?: number } }).mark;
    throw new YamlSyntaxError((err as { reason?: string }).reason ?? String(err), mark?.line ?? 0);
  }
}

/** The line of each top-level key, `firstLine` being the line number of the source's first line. */
export function topLevelKeyLines(source: string, firstLine: number): Map<string, number> {
  const lines = new Map<string, number>();
  source.split(/\r?\n/).forEach((line, i) => {
    const match = /^(?:"([^"]*)"|'([^']*)'|([^\s#:'"-][^:]*?))\s*:(?:\s|$)/.exec(line);
    const key = match?.[1] ?? match?.[2] ?? match?.[3];
    if (key !== undefined && !lines.has(key)) lines.set(key, i + firstLine);
  });
  return lines;
}

export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first string anywhere inside `value` that no feed can carry: it holds a lone UTF-16 surrogate. */
export function findLoneSurrogate(value: unknown): string | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? value : null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findLoneSurrogate(item);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const found = findLoneSurrogate(key) ?? findLoneSurrogate(item);
      if (found !== null) return found;
    }
  }
  return null;
}

/** A string shown in a message, quoted, with lone surrogates and control characters escaped. */
export function shown(value: string, max = 40): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  // JSON.stringify escapes lone surrogates and C0 controls; C1 controls are escaped here.
  return JSON.stringify(cut).replace(/[\u0080-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
