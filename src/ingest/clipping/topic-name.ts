// Whether a short text reads as the name of a topic, by itself: no furniture, no code, no date, no byline, no role.

export const MAX_TAG_WORDS = 4;

/** Share buttons, menus, counters, feeds and widgets: never a topic. */
const FURNITURE =
  /\b(share|shares|close|panel|follow|comments?|replay|watch|e-?mail|print|subscribe|newsletters?|log ?in|sign (in|up)|menu|search|archives?|index|links|syndicate|trackbacks?|guides|alerts|rss|feeds?|widgets?|loading|advertisement|sponsored|read more|view all|see all|posted|updated|ago|begin|end|button|bar|facebook|twitter|linkedin|pinterest|pin|reddit|whatsapp|buffer|tweet|flipboard|recent|related|popular|trending)\b|^about\s/iu;
/** A role under a byline ("Environment correspondent", "Science Editor"): who wrote it, not what it is about. */
const ROLE = /\b(?:correspondent|editor|reporter|writer|analyst|columnist|contributor|producer|journalist|commentator|photographer)$/iu;

export const isRole = (text: string): boolean => ROLE.test(text.trim());

/** Handles, addresses, file and class names, counts, template leftovers ("VB_DEV_MR2_STORY", ".entry-content"). */
const NOT_A_NAME = /[@#$/|<>{}=_]|\.\w|\(\d+\)|^\d+$|[:,;]$|^[-.]/u;

/** Whether a candidate tag reads as a topic: a short name, no furniture, no code, no date, no byline. */
export function isTopic(text: string): boolean {
  const words = text.split(/\s+/u).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > MAX_TAG_WORDS || text.length < 2 || text.length > 50) return false;
  if (!/\p{L}/u.test(text) || NOT_A_NAME.test(text) || FURNITURE.test(text) || isRole(text)) return false;
  return !/\d{4}|^by\s/iu.test(text) && !/[.!?]$/u.test(text);
}
