// Saving a file the API sent. A plain link cannot carry the Bearer token, so the file is fetched first and then
// offered as a download from memory. `filenameFromDisposition` is pure (tested with node --test).

/**
 * The file name in a Content-Disposition header (`filename*=UTF-8''…` wins over `filename="…"`), without any
 * folder part; `fallback` when there is none.
 */
export function filenameFromDisposition(header, fallback) {
  const text = String(header ?? "");
  let name = null;
  const extended = text.match(/filename\*\s*=\s*([^;]+)/i);
  if (extended) {
    const value = extended[1].trim().replace(/^"|"$/g, "");
    const at = value.indexOf("''");
    try {
      name = decodeURIComponent(at === -1 ? value : value.slice(at + 2));
    } catch {
      name = null;
    }
  }
  if (!name) {
    const plain = text.match(/filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/i);
    if (plain) name = plain[2] !== undefined ? plain[2].replace(/\\(.)/g, "$1") : plain[1].trim();
  }
  const base = name?.split(/[/\\]/).pop()?.trim();
  return base ? base : fallback;
}

/** Offers the blob as a download under `filename`. */
export function saveFile(blob, filename) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = filename;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The browser has taken the file once the click is handled; revoke later so slow browsers still get it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
