import assert from "node:assert/strict";
import { test } from "node:test";
import { countWords } from "../src/js/words.js";

// The same cases as case-service's word rule: a token with a letter or digit is a word.
test("plain Dutch text counts its words", () => {
  assert.equal(countWords("Jeanne wil graag aan het werk."), 6);
  assert.equal(countWords("Zij woont sinds kort weer bij haar moeder."), 8);
});

test("hyphenated words, numbers and MBO-4 are one word each", () => {
  assert.equal(countWords("MBO-4 niveau"), 2);
  assert.equal(countWords("eigen-effectiviteit"), 1);
  assert.equal(countWords("23 jaar"), 2);
  assert.equal(countWords("2,5 jaar"), 2);
  assert.equal(countWords("niet-westerse, laag-opgeleide jongeren"), 3);
});

test("dashes, bullets and punctuation on their own are no word", () => {
  assert.equal(countWords("werk – inkomen"), 2);
  assert.equal(countWords("• schulden • huisvesting"), 2);
  assert.equal(countWords("... ? !"), 0);
});

test("any run of spaces, tabs and newlines separates words", () => {
  assert.equal(countWords("  een \n\n twee\tdrie  "), 3);
  assert.equal(countWords("Eerste alinea.\n\nTweede alinea."), 4);
});

test("letters outside ASCII count", () => {
  assert.equal(countWords("café één ça"), 3);
});

test("a non-breaking space does not split, as on the server", () => {
  assert.equal(countWords("12\u00a0jaar"), 1);
});

test("empty, blank and missing text has no words", () => {
  assert.equal(countWords(""), 0);
  assert.equal(countWords("   \n "), 0);
  assert.equal(countWords(null), 0);
  assert.equal(countWords(undefined), 0);
});

test("a limit of 15: the 15th word passes, the 16th is one too many", () => {
  const fifteen = Array.from({ length: 15 }, (_, i) => `woord${i}`).join(" ");
  assert.equal(countWords(fifteen), 15);
  assert.equal(countWords(`${fifteen} extra`), 16);
});
