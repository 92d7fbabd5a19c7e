// Dragnet's gold texts often go on past the article into its comment thread: the data set joined each
// page's content and comments with a "!@#$%^&*() COMMENTS" marker line (155 of its 400 texts hold one,
// a few with a character lost). The reader leaves comments out by design, so the bench also scores
// against the gold cut at that marker, and prints what a perfect comment-free reading would score on
// the full gold: the ceiling comments put on the headline figure.

const COMMENT_MARKER = /!?@.?\$%\^&\*\(\)/;

/** The gold text up to its comment-thread marker (all of it when it has none). */
export function withoutCommentThread(gold: string): string {
  const at = COMMENT_MARKER.exec(gold);
  return at ? gold.slice(0, at.index).trimEnd() : gold;
}

export const hasCommentThread = (gold: string): boolean => COMMENT_MARKER.test(gold);
