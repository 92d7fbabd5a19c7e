// The body of a small news story, and a clipping made of header lines above it: tests of how a
// clipping's header is read put only the lines they are about above the same body.
export const PIER_BODY = [
  'The harbour board voted on Tuesday to rebuild the old ferry pier, which has been closed since a storm cracked its pilings two winters ago.',
  'Engineers will drive new steel piles beside the old timber ones, so the ferry can keep running from the temporary landing while the work goes on.',
  'The board expects the pier to reopen next autumn, and says the new pilings should last at least sixty years with ordinary care.',
];

export const pierClipping = (...header: string[]): string => [...header, ...PIER_BODY].join('\n');
