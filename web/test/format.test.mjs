import assert from "node:assert/strict";
import { test } from "node:test";
import { barWidth, formatDate, formatDateTime, formatPercentage, formatVotes } from "../src/js/format.js";

test("percentages use a Dutch decimal comma and drop a trailing zero", () => {
  assert.equal(formatPercentage(66.7), "66,7%");
  assert.equal(formatPercentage(60.0), "60%");
  assert.equal(formatPercentage(0), "0%");
  assert.equal(formatPercentage(undefined), "0%");
});

test("vote counts are singular or plural", () => {
  assert.equal(formatVotes(1), "1 stem");
  assert.equal(formatVotes(0), "0 stemmen");
  assert.equal(formatVotes(12), "12 stemmen");
});

test("bar widths stay between 0 and 100 percent", () => {
  assert.equal(barWidth(33.3), "33.3%");
  assert.equal(barWidth(140), "100%");
  assert.equal(barWidth(-5), "0%");
  assert.equal(barWidth("x"), "0%");
});

test("dates are written out in Dutch", () => {
  assert.equal(formatDate("2026-09-03T08:00:00Z"), "3 september 2026");
  assert.equal(formatDate(null), "");
  assert.equal(formatDate("not a date"), "");
});

test("moments are written out in Dutch time", () => {
  assert.equal(formatDateTime("2026-12-09T07:00:00Z"), "9 december 2026 om 08:00");
  assert.equal(formatDateTime("2026-07-01T07:00:00Z"), "1 juli 2026 om 09:00");
  assert.equal(formatDateTime(undefined), "");
});
