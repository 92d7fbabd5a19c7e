// Keeps the most recently read body packs in memory: a feed's bodies often share packs.
const MAX_PACKS = 32;

export function packCache(load: (file: string) => Promise<Uint8Array>) {
  const packs = new Map<string, Promise<Uint8Array>>();
  return (file: string): Promise<Uint8Array> => {
    let pack = packs.get(file);
    if (pack) packs.delete(file);
    else {
      pack = load(file);
      pack.catch(() => packs.delete(file));
    }
    packs.set(file, pack);
    if (packs.size > MAX_PACKS) packs.delete(packs.keys().next().value!);
    return pack;
  };
}
