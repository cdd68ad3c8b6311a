// A parser for server-sent events (the HTML standard's "event stream interpretation"). We read the stream with
// fetch() because EventSource cannot send the Authorization header. Pure (tested with node --test).
//
// @microsoft/fetch-event-source was the obvious library, but its only ES module build imports './fetch' and
// './parse' without a file extension, which a browser cannot load without a bundler, and it has had no release
// since 2021. This is the small part of it we need.

/**
 * Feed it text as it arrives, in chunks of any size; it calls `onEvent({type, data, id})` for each complete event
 * and `onRetry(ms)` for a `retry:` line. Comments (`: keepalive`) are ignored. An event cut off by the end of
 * the stream is dropped, as the standard says.
 */
export function createSseParser({ onEvent, onRetry = () => {} }) {
  let pending = "";
  let started = false;
  let afterCarriageReturn = false;
  let type = "";
  let data = "";
  let hasData = false;
  let lastEventId = "";

  function dispatch() {
    if (hasData) onEvent({ type: type || "message", data, id: lastEventId });
    type = "";
    data = "";
    hasData = false;
  }

  function line(text) {
    if (text === "") {
      dispatch();
      return;
    }
    if (text.startsWith(":")) return;
    const colon = text.indexOf(":");
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? "" : text.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "event") type = value;
    else if (field === "data") {
      data = hasData ? `${data}\n${value}` : value;
      hasData = true;
    } else if (field === "id") {
      if (!value.includes("\0")) lastEventId = value;
    } else if (field === "retry") {
      if (/^\d+$/.test(value)) onRetry(Number(value));
    }
  }

  return {
    feed(chunk) {
      let text = String(chunk ?? "");
      if (!started && text !== "") {
        started = true;
        if (text.startsWith("\uFEFF")) text = text.slice(1);
      }
      let start = 0;
      for (let index = 0; index < text.length; index += 1) {
        const char = text[index];
        // A line may end in CR, LF or CRLF, and a CRLF may be split over two chunks.
        if (afterCarriageReturn && char === "\n") {
          afterCarriageReturn = false;
          start = index + 1;
          continue;
        }
        afterCarriageReturn = false;
        if (char === "\r" || char === "\n") {
          line(pending + text.slice(start, index));
          pending = "";
          start = index + 1;
          afterCarriageReturn = char === "\r";
        }
      }
      pending += text.slice(start);
    },
    /** The id of the last event seen (kept across events, as EventSource does); "" before any. */
    get lastEventId() {
      return lastEventId;
    },
  };
}
