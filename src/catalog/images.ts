// Images from curated/ as the site publishes them: one static asset per distinct file, named by a
// hash of its bytes (`images/3f0c…9a.png`), so it can be cached for good and two articles showing
// the same picture share one file. Runtime-neutral: the build names them, both runtimes serve them.

export const IMAGES_DIR = 'images';

/** The formats the build publishes, by the extension it gives them, with their media types. */
export const IMAGE_MEDIA_TYPES = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
} as const;

export type ImageExtension = keyof typeof IMAGE_MEDIA_TYPES;

/** One image to publish (build side): where its bytes are read from and what they hash to. */
export interface ImageSource {
  /** `<hash>.<ext>`, its file under images/. */
  name: string;
  /** The file in curated/, its real path. */
  source: string;
  /** sha256 of its bytes, hex. */
  hash: string;
  bytes: number;
}

/** Hex characters of the sha256 of the bytes in a published name: 80 bits, no collision in any real folder. */
const HASH_CHARS = 20;

/** A published image's file name: `<hash>.<ext>`; nothing else is ever served from images/. */
export const IMAGE_NAME = new RegExp(`^[0-9a-f]{${HASH_CHARS}}\\.(?:${Object.keys(IMAGE_MEDIA_TYPES).join('|')})$`);

export function imageFileName(sha256Hex: string, ext: ImageExtension): string {
  return `${sha256Hex.slice(0, HASH_CHARS)}.${ext}`;
}

/** The address bodies and entries carry, relative to the site's root until a page or feed is made. */
export const imageAddress = (name: string) => `/${IMAGES_DIR}/${name}`;

export const imageAssetPath = (name: string) => `${IMAGES_DIR}/${name}`;

export function mediaTypeOfImage(name: string): string {
  return IMAGE_MEDIA_TYPES[name.slice(name.lastIndexOf('.') + 1) as ImageExtension];
}

/** The strong ETag of a published image: its name is a hash of its bytes already. */
export const imageEtag = (name: string) => `"${name.slice(0, HASH_CHARS)}"`;

const ADDRESS = new RegExp(`^/${IMAGES_DIR}/[0-9a-f]{${HASH_CHARS}}\\.(?:${Object.keys(IMAGE_MEDIA_TYPES).join('|')})$`);
const IN_SRC = new RegExp(`(<img\\b[^>]*?\\ssrc=")(/${IMAGES_DIR}/[0-9a-f]{${HASH_CHARS}}\\.(?:${Object.keys(IMAGE_MEDIA_TYPES).join('|')})")`, 'g');

/** Whether `url` is the address of an image this site published. */
export const isImageAddress = (url: string) => ADDRESS.test(url);

const rootOf = (base: string) => base.replace(/\/+$/, '');

/** A published image's absolute address on the site at `base`; any other address is returned as it is. */
export function imageUrlAt(url: string, base: string): string {
  return isImageAddress(url) ? `${rootOf(base)}${url}` : url;
}

/** An article's lead image with its address made absolute when it is one of the site's own. */
export function imageAt<T extends { url: string | null }>(image: T | null, base: string): T | null {
  return image?.url && isImageAddress(image.url) ? { ...image, url: imageUrlAt(image.url, base) } : image;
}

/** A body with the site's own images made absolute against `base`: feed readers need absolute addresses. */
export function withImagesAt(html: string, base: string): string {
  if (!html.includes(`"/${IMAGES_DIR}/`)) return html;
  const root = rootOf(base);
  return html.replace(IN_SRC, (_, before: string, address: string) => `${before}${root}${address}`);
}
