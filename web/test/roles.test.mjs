import assert from "node:assert/strict";
import { test } from "node:test";
import { hasRole, jwtPayload, mayVote, rolesOf } from "../src/js/roles.js";

const base64url = (value) => Buffer.from(JSON.stringify(value)).toString("base64url");
const jwt = (payload) => `${base64url({ alg: "RS256" })}.${base64url(payload)}.signature`;

test("roles come from the ID token's claims", () => {
  assert.deepEqual(rolesOf({ profile: { roles: ["redacteur"] } }), ["redacteur"]);
  assert.equal(hasRole({ profile: { roles: ["professional", "moderator"] } }, "redacteur"), false);
});

test("without them, from the access token's payload", () => {
  const user = { profile: {}, access_token: jwt({ sub: "rita", roles: ["redacteur"], name: "Rita Ëlsink" }) };
  assert.deepEqual(rolesOf(user), ["redacteur"]);
  assert.equal(hasRole(user, "redacteur"), true);
  assert.equal(jwtPayload(user.access_token).name, "Rita Ëlsink");
});

test("no token, a broken token or no roles claim means no roles", () => {
  assert.deepEqual(rolesOf(null), []);
  assert.deepEqual(rolesOf({ access_token: "not-a-jwt" }), []);
  assert.deepEqual(rolesOf({ access_token: "a.###.c" }), []);
  assert.deepEqual(rolesOf({ access_token: jwt({ sub: "x" }) }), []);
  assert.deepEqual(rolesOf({ profile: { roles: "redacteur" } }), []);
});

test("professionals, and tokens without roles, may vote", () => {
  assert.equal(mayVote({ profile: { roles: ["professional"] } }), true);
  assert.equal(mayVote({ profile: { roles: ["redacteur"] } }), false);
  assert.equal(mayVote({ profile: {} }), true);
});
