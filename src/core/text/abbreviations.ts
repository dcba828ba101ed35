/*
 * Abbreviations whose full stop does not end a sentence, as written without
 * the final full stop and lower-cased. Danish first (the list a Danish reader
 * expects: bl.a., jf., ca., kl., mv., pct., f.eks., dvs. …), then Norwegian,
 * Swedish and English ones that occur in strategies.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Danish
  'bl.a', 'bla', 'jf', 'jvf', 'ca', 'kl', 'mv', 'm.v', 'm.m', 'mm', 'pct', 'f.eks', 'feks', 'fx', 'dvs', 'd.v.s', 'evt',
  'inkl', 'ekskl', 'nr', 'stk', 'mio', 'mia', 'kr', 'osv', 'o.l', 'ol', 'o.lign', 'm.fl', 'mfl', 'ift', 'i.f.t', 'vedr',
  'iht', 'i.h.t', 'hhv', 'p.t', 'pga', 'p.g.a', 'sml', 'ff', 'jan', 'feb', 'aug', 'sept', 'okt', 'nov', 'dec', 'tlf',
  'adr', 'afd', 'red', 'kap', 'pkt', 'ang', 'ndr', 'sdr',
  'dr', 'hr', 'fr', 'prof', 'cand', 'mag', 'merc', 'jur', 'scient', 'polit', 'oecon', 'ph.d', 'phd', 'a/s', 'aps', 'ivs',
  'årh', 'e.kr', 'f.kr', 'vs',
  // Norwegian and Swedish
  'ev', 'iflg', 'jfr', 't.ex', 'tex', 'o.s.v', 'resp', 'mnd',
  // English
  'e.g', 'eg', 'i.e', 'ie', 'etc', 'cf', 'approx', 'incl', 'vol', 'fig', 'mr', 'mrs', 'ms', 'jr', 'sr', 'inc', 'ltd',
  'dept', 'govt', 'pp',
]);

/**
 * Abbreviations that often close a sentence ("… 3,5 mio. kr.", "… mv."): they
 * end it when the next word starts with a capital letter.
 */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'kr', 'mio', 'mia', 'pct', 'mv', 'm.v', 'm.m', 'mm', 'osv', 'o.s.v', 'etc', 'm.fl', 'mfl', 'o.l', 'ol', 'o.lign',
]);
