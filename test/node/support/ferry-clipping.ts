// A small clipping as an editor pastes it: menu and share labels, headline, standfirst, body, an ad slot.
export const FERRY_CLIPPING = [
  'Menu',
  'Share',
  'Harbour ferry returns after a winter of repairs',
  'The island service resumes on Monday with a refitted boat and a longer timetable.',
  '',
  'The harbour ferry returns to service on Monday after four months of repairs, the operator said on Friday, and will run every half hour in the summer months.',
  '',
  'Passengers had been taken to the island by a smaller chartered boat, which could carry neither cars nor bicycles during the winter.',
  '',
  'The operator said the refitted vessel uses less fuel and has a new lounge, and that fares would not rise this year.',
  '',
  'Advertisement',
].join('\n');
