import assert from "node:assert/strict";
import { test } from "node:test";
import { isRouteHash, kopkrakerHref, parseRoute } from "../src/js/routes.js";

test("home and case routes are recognised", () => {
  assert.deepEqual(parseRoute(""), { name: "home" });
  assert.deepEqual(parseRoute("#/"), { name: "home" });
  assert.deepEqual(parseRoute("#/kopkrakers/jeanne"), { name: "kopkraker", id: "jeanne" });
  assert.deepEqual(parseRoute("#/kopkrakers/jeanne/"), { name: "kopkraker", id: "jeanne" });
  assert.equal(parseRoute("#/onbekend").name, "not-found");
});

test("case links round-trip through the router", () => {
  assert.deepEqual(parseRoute(kopkrakerHref("a b")), { name: "kopkraker", id: "a b" });
});

test("in-page anchors such as the skip link are not routes", () => {
  assert.equal(isRouteHash("#main"), false);
  assert.equal(isRouteHash("#/"), true);
  assert.equal(isRouteHash(""), true);
});
