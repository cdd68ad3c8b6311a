import assert from "node:assert/strict";
import { test } from "node:test";
import { createSseParser } from "../src/js/sse.js";

function parse(chunks) {
  const events = [];
  const retries = [];
  const parser = createSseParser({ onEvent: (event) => events.push(event), onRetry: (ms) => retries.push(ms) });
  for (const chunk of chunks) parser.feed(chunk);
  return { events, retries, parser };
}

const STREAM = 'retry: 2000\n\nid: 42\nevent: stemoverzicht\ndata: {"revision":42}\n\n: keepalive\n\n';

test("the API's stream gives one stemoverzicht event with its id, and the retry time", () => {
  const { events, retries, parser } = parse([STREAM]);
  assert.deepEqual(events, [{ type: "stemoverzicht", data: '{"revision":42}', id: "42" }]);
  assert.deepEqual(retries, [2000]);
  assert.equal(parser.lastEventId, "42");
});

test("chunks may split lines, fields and CRLF pairs anywhere", () => {
  const whole = parse([STREAM.replace(/\n/g, "\r\n")]).events;
  const text = STREAM.replace(/\n/g, "\r\n");
  for (let size = 1; size <= 7; size += 1) {
    const chunks = [];
    for (let at = 0; at < text.length; at += size) chunks.push(text.slice(at, at + size));
    assert.deepEqual(parse(chunks).events, whole, `chunks of ${size}`);
  }
  assert.equal(whole.length, 1);
});

test("a lone CR ends a line too, and a CRLF split over two chunks is one line end", () => {
  assert.deepEqual(parse(["data: a\r\r"]).events, [{ type: "message", data: "a", id: "" }]);
  assert.deepEqual(parse(["data: a\r", "\ndata: b\r", "\n\r", "\n"]).events, [{ type: "message", data: "a\nb", id: "" }]);
});

test("data lines join with newlines; one space after the colon is dropped, more are kept", () => {
  assert.deepEqual(parse(["data:one\ndata:  two\n\n"]).events, [{ type: "message", data: "one\n two", id: "" }]);
});

test("comments, unknown fields and events without data dispatch nothing, but an id still counts", () => {
  const { events, parser } = parse([": hallo\n\nfoo: bar\n\nid: 7\nevent: stemoverzicht\n\n"]);
  assert.deepEqual(events, []);
  assert.equal(parser.lastEventId, "7");
});

test("the id is kept for the events after it; an id with NUL is ignored", () => {
  const { events } = parse(["id: 3\ndata: a\n\ndata: b\n\nid: x\0y\ndata: c\n\n"]);
  assert.deepEqual(events.map((event) => event.id), ["3", "3", "3"]);
});

test("a retry that is not only digits is ignored", () => {
  assert.deepEqual(parse(["retry: 2s\n\nretry: 1500\n\n"]).retries, [1500]);
});

test("an event cut off by the end of the stream is not dispatched", () => {
  assert.deepEqual(parse(["data: half"]).events, []);
});

test("a byte order mark at the start is skipped", () => {
  assert.deepEqual(parse(["\uFEFFdata: a\n\n"]).events, [{ type: "message", data: "a", id: "" }]);
});
