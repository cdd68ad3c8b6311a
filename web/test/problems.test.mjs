import assert from "node:assert/strict";
import { test } from "node:test";
import { ApiError, OfflineError, UNAVAILABLE_MESSAGE, describeError } from "../src/js/problems.js";

test("problem detail and field messages are shown as they are", () => {
  const error = new ApiError(422, {
    title: "Unprocessable",
    detail: "Deze keuze bestaat niet.",
    errors: [{ field: "optionId", message: "Kies aanpak A of B." }],
  });
  assert.deepEqual(describeError(error), { message: "Deze keuze bestaat niet.", fieldMessages: ["Kies aanpak A of B."] });
});

test("503 always says the service is briefly unavailable", () => {
  assert.equal(describeError(new ApiError(503, { detail: "Service Unavailable" })).message, UNAVAILABLE_MESSAGE);
  assert.equal(UNAVAILABLE_MESSAGE, "De dienst is even niet beschikbaar, probeer het zo opnieuw");
});

test("a problem without detail gets a Dutch text for its status", () => {
  assert.match(describeError(new ApiError(404, {})).message, /niet gevonden/);
  assert.match(describeError(new ApiError(500, null)).message, /Er ging iets mis/);
});

test("network failures and unknown errors get plain Dutch texts", () => {
  assert.match(describeError(new OfflineError(new TypeError("Failed to fetch"))).message, /geen verbinding/);
  assert.match(describeError(new Error("boom")).message, /Er ging iets mis/);
});

test("Retry-After becomes whole seconds, from a number or an HTTP date", async () => {
  const { retryAfterSeconds } = await import("../src/js/problems.js");
  assert.equal(retryAfterSeconds("17"), 17);
  assert.equal(retryAfterSeconds("0.2"), 1);
  assert.equal(retryAfterSeconds(null), null);
  assert.equal(retryAfterSeconds("onzin"), null);
  const now = new Date("2026-11-25T10:00:00Z");
  assert.equal(retryAfterSeconds("Wed, 25 Nov 2026 10:00:30 GMT", now), 30);
});
