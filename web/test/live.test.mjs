import assert from "node:assert/strict";
import { test } from "node:test";
import { MAX_RETRY_MS, createThrottledAnnouncer, retryDelay, startEventStream } from "../src/js/live.js";
import { ApiError } from "../src/js/problems.js";

const encoder = new TextEncoder();

/** A text/event-stream Response whose body the test writes to and closes. */
function streamResponse() {
  let controller;
  const body = new ReadableStream({ start: (c) => { controller = c; } });
  return {
    response: new Response(body, { headers: { "Content-Type": "text/event-stream;charset=UTF-8" } }),
    write: (text) => controller.enqueue(encoder.encode(text)),
    close: () => controller.close(),
  };
}

/** Resolves once `check()` is true, stepping the event loop (no timers involved). */
async function until(check) {
  for (let step = 0; step < 1000; step += 1) {
    if (check()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  assert.fail("condition never became true");
}

const noTimers = { setTimer: () => 0, clearTimer: () => {} };

test("events arrive as they are written; a normal end reconnects with Last-Event-ID after the server's retry", async () => {
  const first = streamResponse();
  const second = streamResponse();
  const connects = [];
  const waits = [];
  const events = [];
  const states = [];
  const stream = startEventStream({
    connect: async ({ lastEventId }) => {
      connects.push(lastEventId);
      return connects.length === 1 ? first.response : second.response;
    },
    onEvent: (event) => events.push(event),
    onState: (state) => states.push(state),
    wait: async (ms) => waits.push(ms),
    ...noTimers,
  });

  first.write("retry: 3000\n\nid: 41\nevent: stemoverzicht\ndata: {\"revision\":41}\n\n");
  await until(() => events.length === 1);
  first.write("id: 42\nevent: stemo");
  first.write("verzicht\ndata: {\"revision\":42}\n\n");
  await until(() => events.length === 2);
  first.close();
  await until(() => connects.length === 2);

  assert.deepEqual(events.map((event) => event.id), ["41", "42"]);
  assert.deepEqual(connects, [null, "42"]);
  assert.deepEqual(waits, [3000]);
  assert.deepEqual(states, ["live", "live"]);
  stream.stop();
  await stream.done;
});

test("failed attempts back off, and an open connection resets the back-off", async () => {
  const waits = [];
  const states = [];
  let attempt = 0;
  const good = streamResponse();
  const stream = startEventStream({
    connect: async () => {
      attempt += 1;
      if (attempt <= 3) throw new ApiError(503, {});
      if (attempt === 4) return good.response;
      throw new TypeError("network down");
    },
    onEvent: () => {},
    onState: (state, _error, failures) => states.push(failures ? `${state} ${failures}` : state),
    wait: async (ms) => {
      waits.push(ms);
      if (waits.length === 5) stream.stop();
    },
    random: () => 0,
    ...noTimers,
  });
  await until(() => attempt === 4);
  good.close();
  await stream.done;

  assert.deepEqual(waits, [2000, 4000, 8000, 2000, 2000]);
  assert.deepEqual(states, ["reconnecting 1", "reconnecting 2", "reconnecting 3", "live", "reconnecting 1"]);
});

test("401, 403 and 404 stop for good", async () => {
  for (const status of [401, 403, 404]) {
    let connects = 0;
    const states = [];
    const stream = startEventStream({
      connect: async () => {
        connects += 1;
        throw new ApiError(status, {});
      },
      onEvent: () => {},
      onState: (state, error) => states.push([state, error.status]),
      wait: async () => assert.fail("no retry after a final answer"),
      ...noTimers,
    });
    await stream.done;
    assert.equal(connects, 1);
    assert.deepEqual(states, [["stopped", status]]);
  }
});

test("an answer that is not an event stream counts as a failure", async () => {
  const states = [];
  const stream = startEventStream({
    connect: async () => new Response("<html>", { headers: { "Content-Type": "text/html" } }),
    onEvent: () => {},
    onState: (state) => {
      states.push(state);
      stream.stop();
    },
    wait: async () => {},
    ...noTimers,
  });
  await stream.done;
  assert.deepEqual(states, ["reconnecting"]);
});

test("a silent connection is aborted by the watchdog and opened again", async () => {
  const timers = [];
  const signals = [];
  const stream = startEventStream({
    connect: async ({ signal }) => {
      signals.push(signal);
      const { response } = streamResponse();
      return response;
    },
    onEvent: () => {},
    wait: async () => {},
    idleTimeoutMs: 45000,
    setTimer: (fire, ms) => timers.push({ fire, ms }),
    clearTimer: () => {},
  });
  await until(() => signals.length === 1);
  assert.equal(signals[0].aborted, false);
  assert.equal(timers.at(-1).ms, 45000);
  timers.at(-1).fire();
  await until(() => signals.length === 2);
  assert.equal(signals[0].aborted, true);
  stream.stop();
  await stream.done;
  assert.equal(signals[1].aborted, true, "stop() closes the open connection");
});

test("the retry delay doubles per failure, with at most 20% jitter, and is capped", () => {
  assert.equal(retryDelay(1, 2000, () => 0), 2000);
  assert.equal(retryDelay(2, 2000, () => 0), 4000);
  assert.equal(retryDelay(3, 2000, () => 0.5), 8800);
  assert.equal(retryDelay(30, 2000, () => 0), MAX_RETRY_MS);
  assert.equal(retryDelay(30, 2000, () => 1), MAX_RETRY_MS * 1.2);
});

test("the announcer writes at once, then at most once per gap, and only the newest text", () => {
  let clock = 0;
  const written = [];
  const timers = [];
  const announcer = createThrottledAnnouncer({
    write: (text) => written.push([clock, text]),
    minGapMs: 60000,
    now: () => clock,
    setTimer: (fire, ms) => timers.push({ fire, at: clock + ms }),
    clearTimer: () => {},
  });
  announcer.announce("een");
  clock = 1000;
  announcer.announce("twee");
  clock = 2000;
  announcer.announce("drie");
  assert.deepEqual(written, [[0, "een"]]);
  assert.equal(timers.length, 1);
  assert.equal(timers[0].at, 60000, "a minute after the last write");
  clock = 60000;
  timers[0].fire();
  assert.deepEqual(written, [[0, "een"], [60000, "drie"]]);
  clock = 200000;
  announcer.announce("vier");
  assert.deepEqual(written.at(-1), [200000, "vier"]);
});

test("a cancelled announcer writes nothing more", () => {
  const written = [];
  const timers = [];
  let clock = 0;
  const announcer = createThrottledAnnouncer({ write: (text) => written.push(text), now: () => clock, setTimer: (fire) => timers.push(fire), clearTimer: () => {} });
  announcer.announce("een");
  announcer.announce("twee");
  announcer.cancel();
  clock = 100000;
  timers.forEach((fire) => fire());
  assert.deepEqual(written, ["een"]);
});
