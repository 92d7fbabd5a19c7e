// The media type of an image from its address's file extension: what enclosures must declare.

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
};

/** `image/jpeg` for `…/photo.JPG?w=800`; null when the extension says nothing (no guessing). */
export function imageType(url: string): string | null {
  let path: string;
  try {
    path = new URL(url, 'https://x.invalid/').pathname;
  } catch {
    return null;
  }
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return (ext && IMAGE_TYPES[ext]) ?? null;
}
