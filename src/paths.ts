// Where the build reads and writes on Node (the Worker never touches the file system).
import { resolve } from 'node:path';

export const curatedDir = () => resolve(process.env.CURATED_DIR ?? 'curated');
export const catalogDir = () => resolve(process.env.CATALOG_DIR ?? '.catalog');
