// The sample folder's published files with a site `url` (they are built without one), so the
// Worker answers from what it keeps and uses the Cache API. `reads` collects the paths read.
import type { AssetsBinding } from '../../../src/catalog/asset-source.ts';

export const BASE = 'https://reader.example';

export function withSiteUrl(assets: AssetsBinding, reads: string[]): AssetsBinding {
  return {
    async fetch(input) {
      const path = new URL(typeof input === 'string' ? input : input.url).pathname.slice(1);
      reads.push(path);
      const res = await assets.fetch(input);
      if (!/^index\/(at-\d+\/)?head\.json$/.test(path) || !res.ok) return res;
      const head = (await res.json()) as { site: { url: string | null } };
      head.site.url = BASE;
      return new Response(JSON.stringify(head));
    },
  };
}
