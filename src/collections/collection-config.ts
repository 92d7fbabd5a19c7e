// Reads a collection folder's collection.yaml, checked like site.yaml: every problem at its own
// line, the settings that are right still used. A bad file never stops the articles being read.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fullTextSetting, readSettings, textSetting, type SettingProblem } from '../ingest/settings-file.ts';
import { COLLECTION_FILE, defaultTitle, type Collection } from './collection.ts';

const FIELDS = {
  title: textSetting.min(1, 'must not be empty'),
  description: textSetting,
  full_text: fullTextSetting,
};

export interface CollectionSettings {
  collection: Collection;
  problems: SettingProblem[];
}

/** The settings of the collection `name` kept in `folder`; without collection.yaml, its defaults. */
export function readCollection(folder: string, name: string): CollectionSettings {
  const defaults: Collection = { name, title: defaultTitle(name), description: '', fullText: null };
  const path = join(folder, COLLECTION_FILE);
  if (!existsSync(path)) return { collection: defaults, problems: [] };
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (err) {
    return { collection: defaults, problems: [{ line: 1, severity: 'error', message: `cannot be read (${(err as { code?: string }).code}); check the file` }] };
  }
  const { settings, problems } = readSettings(source, defaults, FIELDS, { full_text: 'fullText' });
  return { collection: { ...settings, name }, problems };
}
