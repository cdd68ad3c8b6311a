import assert from "node:assert/strict";
import { test } from "node:test";
import { filenameFromDisposition } from "../src/js/download.js";

test("the server's file name is used", () => {
  assert.equal(filenameFromDisposition('attachment; filename="stemoverzicht-jeanne.csv"', "x.csv"), "stemoverzicht-jeanne.csv");
  assert.equal(filenameFromDisposition("attachment; filename=stemoverzicht-jeanne.csv", "x.csv"), "stemoverzicht-jeanne.csv");
});

test("the UTF-8 form wins over the plain one", () => {
  assert.equal(
    filenameFromDisposition("attachment; filename=\"stemoverzicht-ee.csv\"; filename*=UTF-8''stemoverzicht-%C3%A9%C3%A9.csv", "x.csv"),
    "stemoverzicht-éé.csv",
  );
});

test("no header, no name or a folder path: the fallback or only the last part", () => {
  assert.equal(filenameFromDisposition(null, "stemoverzicht-jeanne.csv"), "stemoverzicht-jeanne.csv");
  assert.equal(filenameFromDisposition("attachment", "f.csv"), "f.csv");
  assert.equal(filenameFromDisposition('attachment; filename="../../etc/passwd"', "f.csv"), "passwd");
  assert.equal(filenameFromDisposition("attachment; filename*=UTF-8''%E0%A4%A", "f.csv"), "f.csv");
});
