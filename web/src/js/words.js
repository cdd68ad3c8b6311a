// How the case format counts words, the same rule as case-service (casus/Words.java): a word is a run of
// non-space characters with at least one letter or digit. So "MBO-4", "oplossingsgericht" and "2" are one
// word each, and a lone dash or bullet is none. Pure function (tested with node --test).

// Java's \s without flags: only these six characters separate words (a non-breaking space does not).
const SEPARATORS = /[ \t\n\v\f\r]+/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function countWords(text) {
  if (typeof text !== "string" || text.trim() === "") return 0;
  return text.split(SEPARATORS).filter((token) => LETTER_OR_DIGIT.test(token)).length;
}
