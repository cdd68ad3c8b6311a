// A live feed of server-sent events over fetch, and a polite announcer for it. The connection, the clock and the
// timers are passed in, so node --test can drive every path without a network or real waiting.
import { createSseParser } from "./sse.js";

/** The wait before reconnecting until the server says otherwise with `retry:` (the API sends 2000). */
export const DEFAULT_RETRY_MS = 2000;
export const MAX_RETRY_MS = 60_000;
/** The server sends a keepalive every 15 s; this long without a byte means the connection died unnoticed. */
export const IDLE_TIMEOUT_MS = 45_000;

/**
 * Wait after `failures` failed attempts in a row: the server's retry time, doubled per failure, at most a minute,
 * plus up to 20% at random so that thousands of browsers do not all come back in the same second.
 */
export function retryDelay(failures, baseMs = DEFAULT_RETRY_MS, random = Math.random) {
  const plain = Math.min(MAX_RETRY_MS, baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(plain * (1 + 0.2 * random()));
}

/** 401, 403 and 404 will not change by trying again (signed out, no vote, case gone): stop instead. */
export function isFinal(error) {
  return [401, 403, 404].includes(error?.status);
}

const isEventStream = (response) => /^text\/event-stream\b/i.test(response?.headers?.get("Content-Type") ?? "");

function defaultWait(ms, signal) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

/**
 * Keeps a stream open: `connect({lastEventId, signal})` returns a fetch Response (or throws, an ApiError for an
 * HTTP failure). Calls `onEvent({type, data, id})` per event and `onState(state, error, failures)` with "live" when
 * a connection opens, "reconnecting" after a failed attempt (and how many failed in a row) and "stopped" for good
 * (401/403/404). A stream the server ends normally (it does after 30 minutes) is reopened after the retry time,
 * with Last-Event-ID.
 */
export function startEventStream({
  connect,
  onEvent,
  onState = () => {},
  lastEventId = null,
  idleTimeoutMs = IDLE_TIMEOUT_MS,
  wait = defaultWait,
  random = Math.random,
  setTimer = setTimeout,
  clearTimer = clearTimeout,
}) {
  const controller = new AbortController();
  const { signal } = controller;
  let lastId = lastEventId;
  let retryMs = DEFAULT_RETRY_MS;
  let failures = 0;

  async function readAll(response, connection, watchdog) {
    const parser = createSseParser({
      onEvent: (event) => {
        if (event.id !== "") lastId = event.id;
        onEvent(event);
      },
      onRetry: (ms) => {
        retryMs = ms;
      },
    });
    const reader = response.body.getReader();
    // Ends a pending read when the connection is stopped, whatever the fetch implementation does on abort.
    connection.signal.addEventListener("abort", () => reader.cancel().catch(() => {}), { once: true });
    const decoder = new TextDecoder();
    for (;;) {
      const { value, done } = await reader.read();
      if (done || connection.signal.aborted) return;
      watchdog.reset();
      parser.feed(decoder.decode(value, { stream: true }));
    }
  }

  /** Aborts one connection when it stays silent too long; the loop then reconnects. */
  function watchdogFor(connection) {
    let timer = null;
    const watchdog = {
      reset() {
        if (timer !== null) clearTimer(timer);
        timer = setTimer(() => connection.abort(new Error("Geen teken van leven")), idleTimeoutMs);
      },
      clear() {
        if (timer !== null) clearTimer(timer);
        timer = null;
      },
    };
    return watchdog;
  }

  const running = (async () => {
    while (!signal.aborted) {
      const connection = new AbortController();
      const stopConnection = () => connection.abort();
      signal.addEventListener("abort", stopConnection, { once: true });
      const watchdog = watchdogFor(connection);
      try {
        watchdog.reset();
        const response = await connect({ lastEventId: lastId, signal: connection.signal });
        if (!isEventStream(response) || !response.body) throw new Error("Geen event stream");
        failures = 0;
        onState("live");
        await readAll(response, connection, watchdog);
      } catch (error) {
        if (signal.aborted) return;
        if (isFinal(error)) {
          onState("stopped", error);
          return;
        }
        failures += 1;
        onState("reconnecting", error, failures);
      } finally {
        watchdog.clear();
        connection.abort();
        signal.removeEventListener("abort", stopConnection);
      }
      if (signal.aborted) return;
      await wait(failures === 0 ? retryMs : retryDelay(failures, retryMs, random), signal);
    }
  })();

  return {
    stop() {
      controller.abort();
    },
    /** Resolves when the loop has ended (after stop() or a final failure); for tests. */
    done: running,
    get lastEventId() {
      return lastId;
    },
  };
}

/**
 * Writes to an aria-live region at most once per `minGapMs`: a screen reader that reads every second's update
 * is of no use. Within the gap only the newest text is kept and written when the gap is over.
 */
export function createThrottledAnnouncer({ write, minGapMs = 60_000, now = () => Date.now(), setTimer = setTimeout, clearTimer = clearTimeout }) {
  let lastAt = -Infinity;
  let waiting = null;
  let timer = null;

  const flush = () => {
    timer = null;
    if (waiting === null) return;
    write(waiting);
    waiting = null;
    lastAt = now();
  };

  return {
    announce(text) {
      waiting = text;
      if (timer !== null) return;
      const left = lastAt + minGapMs - now();
      if (left <= 0) flush();
      else timer = setTimer(flush, left);
    },
    cancel() {
      if (timer !== null) clearTimer(timer);
      timer = null;
      waiting = null;
    },
  };
}
