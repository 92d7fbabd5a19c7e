// Site settings: editors set them in `site.yaml` at the top of the curated folder.

export interface Site {
  title: string;
  description: string;
  /** Default author of the feed and of articles that name none. */
  author: string;
  language: string;
  /**
   * The public address of the site. Article ids are made from it, so set it once before
   * publishing. When `null`, links use the address each request arrived at.
   */
  url: string | null;
  /** The feed's square icon and wide logo: absolute addresses or paths on the site; null for the default favicon / none. */
  icon: string | null;
  logo: string | null;
  /** Who signs the editor's notes; null for `author`. */
  editor: string | null;
  /** The default of articles' `full_text:`; false makes every article summary-only unless it says otherwise. */
  fullText: boolean;
}

export const DEFAULT_SITE: Site = {
  title: 'Curated reading',
  description: 'Hand-picked articles',
  author: 'The editors',
  language: 'en',
  url: null,
  icon: null,
  logo: null,
  editor: null,
  fullText: true,
};

/** The name an editor's note is signed with. */
export function editorOf(site: Pick<Site, 'editor' | 'author'>): string {
  return site.editor ?? site.author;
}

/** The base ids are made from when `site.yaml` sets no `url`: stable, and never a real host. */
export const ID_BASE_FALLBACK = 'https://curated.invalid';
