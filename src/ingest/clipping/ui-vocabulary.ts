// Small, generic vocabularies of page furniture (not tied to any site).
import { isAscii, wordPattern } from './text-shape.ts';

/** Short lines made of these words are buttons, menus and prompts, not prose. */
const UI_WORDS = new Set(
  [
    'share', 'shares', 'shared', 'sharing', 'tweet', 'email', 'e-mail', 'print', 'copy', 'link', 'copied', 'save', 'saved',
    'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'pinterest', 'reddit', 'messenger', 'flipboard', 'pocket', 'sms',
    'instagram', 'youtube', 'telegram', 'tumblr', 'rss', 'advertisement', 'advertising', 'advertise', 'ad', 'ads', 'sponsored',
    'skip', 'subscribe', 'subscription', 'newsletter', 'newsletters', 'sign', 'signup', 'log', 'login', 'in', 'out', 'up',
    'register', 'account', 'menu', 'search', 'home', 'close', 'open', 'next', 'previous', 'prev', 'back', 'more', 'read',
    'learn', 'show', 'hide', 'view', 'see', 'all', 'comments', 'comment', 'reply', 'replies', 'leave', 'a', 'an', 'the',
    'related', 'stories', 'story', 'articles', 'article', 'topics', 'tags', 'trending', 'popular', 'latest', 'most', 'top',
    'news', 'video', 'videos', 'photos', 'gallery', 'listen', 'watch', 'live', 'loading', 'like', 'this', 'this:', 'to',
    'on', 'with', 'by', 'and', 'or', 'of', 'for', 'full', 'continue', 'reading', 'cancel', 'submit', 'send', 'follow', 'us',
    'contact', 'about', 'privacy', 'policy', 'terms', 'cookies', 'cookie', 'accept', 'settings', 'click', 'here', 'now',
    'get', 'app', 'download', 'free', 'trial', 'today', 'free', 'report', 'feedback', 'help', 'faq', 'sitemap', 'map',
    'post', 'posts', 'blog', 'blogs', 'page', 'pages', 'edition', 'edit', 'permalink', 'embed', 'your', 'my', 'our', 'you', 'me',
    'anzeige', 'werbung', 'teilen', 'publicidad', 'compartir', 'partager', 'publicité', 'condividi', 'pubblicità',
    'compartilhar', 'reklama', 'реклама', 'поделиться',
  ],
);

const MAX_UI_WORDS = 8;
const DIGITS = /^\d+$/;

function isUiWord(word: string): boolean {
  return UI_WORDS.has(word) || UI_WORDS.has(word.toLowerCase()) || DIGITS.test(word);
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The same test in one match for plain ASCII text, where words are [A-Za-z0-9][A-Za-z0-9'_-]* and
 * case-insensitive matching equals looking up the lower-cased word.
 */
const ASCII_UI_LINE = new RegExp(
  `^[^A-Za-z0-9]*(?:(?:${[...UI_WORDS].map(escapeForRegExp).join('|')}|\\d+)(?![A-Za-z0-9'_-])[^A-Za-z0-9]*){1,${MAX_UI_WORDS}}$`,
  'i',
);

/** Two words a copy glued together: "RSSFollow", "TweetShare" (a capital after a lower-case letter, or ending a run of capitals). */
const GLUED = /\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u;
const ASCII_GLUED = /[a-z][A-Z]|[A-Z]{2}[a-z]/;

/** The words a copy glued together, parted again: "RSSFollow us" -> "RSS Follow us". */
function ungluedWords(text: string, ascii: boolean): string {
  // On plain ASCII the only cased letters are a-z and A-Z, and the simpler patterns run faster.
  if (ascii) return text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z])([A-Z][a-z])/g, '$1 $2');
  return text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2');
}

/**
 * Every word is furniture vocabulary (or a number), so the line says nothing of its own; also when
 * the copy glued two of its buttons into one word ("RSSFollow us on Twitter").
 */
export function isUiLine(text: string, ascii = isAscii(text)): boolean {
  if (uiWordsOnly(text, ascii)) return true;
  return (ascii ? ASCII_GLUED : GLUED).test(text) && uiWordsOnly(ungluedWords(text, ascii), ascii);
}

const FIRST_ASCII_WORD = /[A-Za-z0-9][A-Za-z0-9'_-]*/;

/** ASCII_UI_LINE's first word is the line's first word whole (its look-ahead says so): most lines fail here, before the long pattern. */
function firstWordMayBeUi(text: string): boolean {
  const first = FIRST_ASCII_WORD.exec(text)?.[0];
  return first !== undefined && (UI_WORDS.has(first.toLowerCase()) || DIGITS.test(first));
}

function uiWordsOnly(text: string, ascii: boolean): boolean {
  if (ascii) return firstWordMayBeUi(text) && ASCII_UI_LINE.test(text);
  // Word by word, so most lines stop at their first word.
  const pattern = wordPattern(text);
  pattern.lastIndex = 0;
  let count = 0;
  for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) {
    if (++count > MAX_UI_WORDS || !isUiWord(found[0])) return false;
  }
  return count > 0;
}

const COMMENTS_HEADER =
  /^[[(]?\s*(\d+\s+)?((top rated|user|all|recent|latest|reader|show( new| more)?|view|read all|loading|hide)\s+)?(comments?|responses?|replies|discussion|join the (conversation|discussion)|leave a (reply|comment)|add (a|your) comment|post a comment|write a comment|kommentare?|comentarios?|commentaires?|commenti|comentários?|комментари[йи]|добавить комментарий)\b/iu;
/** "Jane commented on", "Jane says:": a comment thread without a header. */
const COMMENT_AUTHOR = / (commented on|says:|wrote:)$/i;

/**
 * Every match of COMMENTS_HEADER and COMMENT_AUTHOR contains one of these (same flags, so the same case
 * folding): a quick scan rules out most lines. New words there go here too.
 */
const COMMENTS_CUE = /comm|coment|kommentar|respons|repl|discussion|conversation|says:|wrote:|комментари/iu;

/** Start of the comment section: nothing after it belongs to the article. */
export function isCommentsHeader(text: string, wordCount: number): boolean {
  if (wordCount > 6 || !COMMENTS_CUE.test(text)) return false;
  const trimmed = text.trim();
  return COMMENTS_HEADER.test(trimmed) || COMMENT_AUTHOR.test(trimmed);
}

// New words in COPYRIGHT, LEGAL_TERMS and PROMO go into vocabulary-cue.ts too.
const COPYRIGHT = /^(©|\(c\)|copyright\b)|all rights reserved|todos los derechos reservados|alle rechte vorbehalten|tous droits réservés|все права защищены/iu;

/** A copyright or rights notice: the article is over once this appears. */
const LEGAL_TERMS = /copyright|reproduc|permission|rights reserved|fair (use|dealing)|prior (written )?consent|terms of (use|service)|privacy policy|trademark/gi;

export function isCopyrightLine(text: string): boolean {
  if (COPYRIGHT.test(text.trim())) return true;
  // Long legal boilerplate names several legal terms at once.
  LEGAL_TERMS.lastIndex = 0;
  return LEGAL_TERMS.test(text) && LEGAL_TERMS.test(text);
}

// Phrases that ordinary prose rarely uses ("learn more" or "read more" it does).
const PROMO =
  /\b(sign up|(un)?subscribe|no spam|newsletter|inbox|download (the|our) app|follow us|click here|get more with|log ?in|sign in|cookies?|privacy policy|terms of (use|service)|recaptcha|continue reading|you may also like|most (read|popular|viewed)|don'?t miss|get the latest|all rights reserved|reprints?|print edition|appears in print|this article (appeared|appears)|listen to (this|the) (article|story))\b/;

/** On ASCII text, matching in any case is the same as matching the lower-cased text, and cheaper. */
const PROMO_ANY_CASE = new RegExp(PROMO.source, 'i');

/** Promotion, sign-up or legal prompt vocabulary. */
export function hasPromoVocabulary(text: string): boolean {
  return isAscii(text) ? PROMO_ANY_CASE.test(text) : PROMO.test(text.toLowerCase());
}

const RELATED_HEADER =
  /^(related|more( on this| from| stories| news)?|read (more|also|next)|see also|also read|recommended|trending|most (read|popular|viewed)|top stories|you (may|might) also like|latest|popular|further reading|more in\b)/iu;

/** A header introducing a list of links to other stories. */
export function isRelatedHeader(text: string, wordCount: number): boolean {
  return wordCount <= 6 && RELATED_HEADER.test(text.trim());
}

/** Names of a page template's regions, as its HTML comments and hidden labels call them. */
const LAYOUT_WORDS = new Set([
  'navigation', 'nav', 'navbar', 'sidebar', 'widget', 'widgets', 'container', 'wrapper', 'wrap', 'header', 'footer',
  'masthead', 'banner', 'column', 'col', 'zone', 'module', 'inner', 'outer', 'div', 'span', 'box', 'panel', 'placeholder',
  'template', 'tool', 'tools', 'toolbar', 'leaderboard', 'skyscraper', 'tracking', 'analytics', 'script', 'button', 'bundle', 'fragment', 'browsers',
  'begin', 'start', 'starts', 'end', 'ends',
]);
const LAYOUT_CUE = new RegExp(`(?<![\\p{L}\\p{N}])(${[...LAYOUT_WORDS].join('|')})(?![\\p{L}\\p{N}])`, 'iu');
/** Words that say where in the template a region is. */
const PLACE_WORDS = new Set([
  'left', 'right', 'middle', 'main', 'body', 'content', 'here', 'links', 'text', 'jump', 'primary', 'secondary', 'area',
  'region', 'entry', 'meta', 'bar', 'list', 'section', 'block', 'code', 'tag', 'tags',
]);

/**
 * A template's own label left in the text ("jump to navigation", "Left Sidebar", "wrap starts here",
 * "post footer links"): every word names a region, a place or furniture, and one names a region.
 */
export function isTemplateLeftover(text: string, wordCount = MAX_UI_WORDS): boolean {
  // Most lines are longer than a label, or name no region at all.
  if (wordCount > MAX_UI_WORDS || !LAYOUT_CUE.test(text)) return false;
  const found = text.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!found || found.length < 2 || found.length > MAX_UI_WORDS) return false;
  let region = false;
  for (const word of found) {
    if (LAYOUT_WORDS.has(word)) region = true;
    else if (!PLACE_WORDS.has(word) && !isUiWord(word)) return false;
  }
  return region;
}

/** What a site says about itself on every page: affiliate disclosures, comment policies, form notices. */
const SITE_NOTICE =
  /\b(we may earn (an? )?(small )?(affiliate )?commission|is supported by (its|our) (audience|readers)|affiliate (links?|commissions?)\b.*\b(earn|receive)|comments are (owned|the responsibility) (by|of)|(are|is) not responsible for (them|the content|comments)|your comment (has not|has been|could not|is awaiting)|comments are moderated|this (site|website) uses cookies)/iu;

/** A notice the site shows on every page, not a sentence of the article. */
export function isSiteNotice(text: string): boolean {
  return SITE_NOTICE.test(text);
}
