// The Keuzehulp for people without an account, in B1 Dutch: an organisation's public page (its published instruments
// as B1 cards, found by name) and the client review page behind a link a professional made (one score, an optional
// short text, once). Pure functions (tested with node --test).
import { b1Sections, CLIENT_TEXT_MAX } from "./keuzehulp-instrument.js";
import { describeError } from "./problems.js";

export { CLIENT_TEXT_MAX };

/** The client's five choices: big, with words, so the number is never the only meaning. */
export const CLIENT_SCORES = [
  [1, "Slecht"],
  [2, "Niet zo goed"],
  [3, "Gaat wel"],
  [4, "Goed"],
  [5, "Heel goed"],
];

export const CLIENT_PRIVACY_HINT =
  "Je beoordeling is anoniem. We bewaren niet wie je bent. Schrijf daarom geen namen, adres, telefoonnummer, e-mailadres of BSN op.";

const text = (value) => (typeof value === "string" ? value.trim() : value === null || value === undefined ? "" : String(value));

export function publicKeuzehulpHref(tenant) {
  return `#/publiek/${encodeURIComponent(tenant)}/keuzehulp`;
}

export function reviewPageHref(token) {
  return `#/beoordeel/${encodeURIComponent(token)}`;
}

/** Lower case, without accents: "Beroepsoriëntatie" is found with "beroepsorientatie". */
export function fold(value) {
  return text(value).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** The public answer as cards: name, the route phase and the six B1 sections. */
export function publicCatalogue(answer) {
  const items = (Array.isArray(answer?.items) ? answer.items : [])
    .filter((item) => item && typeof item === "object" && text(item.name))
    .map((item) => ({
      id: text(item.id),
      name: text(item.name),
      category: text(item.category?.label ?? item.category),
      sections: b1Sections(item.b1),
    }));
  return { organisation: text(answer?.organisation), items };
}

/** The cards whose name holds every word typed (accents and case ignored); all cards for an empty search. */
export function filterByName(items = [], query = "") {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return items;
  return items.filter((item) => {
    const name = fold(item.name);
    return words.every((word) => name.includes(word));
  });
}

/** "Je ziet 3 van de 12." / "We vinden niets met 'xyz'." / "12 manieren om je te helpen." */
export function shownText(shown, total, query = "") {
  if (text(query) === "") return total === 1 ? "Er staat 1 mogelijkheid op deze pagina." : `Er staan ${total} mogelijkheden op deze pagina.`;
  if (shown === 0) return `We vinden niets met '${text(query)}'. Probeer een ander woord.`;
  return `Je ziet ${shown} van de ${total}.`;
}

/** The client's score and text, checked as the API does: field → message (B1). */
export function clientReviewProblems(values, max = CLIENT_TEXT_MAX) {
  const problems = new Map();
  const score = Number(values?.score);
  if (!Number.isInteger(score) || score < 1 || score > 5) problems.set("score", "Kies eerst een cijfer.");
  const length = text(values?.text).length;
  if (length > max) problems.set("text", `Je tekst is te lang. Haal er ${length - max} ${length - max === 1 ? "teken" : "tekens"} af.`);
  return problems;
}

export function clientReviewBody(values) {
  return { score: Number(values?.score), text: text(values?.text) || null };
}

/** "12 / 300 tekens". */
export function clientCounter(value, max = CLIENT_TEXT_MAX) {
  const length = text(value).length;
  return { text: `${length} / ${max} tekens${length > max ? `: ${length - max} te veel` : ""}`, over: length > max };
}

const typeOf = (error) => text(error?.problem?.type);

/**
 * Why a review link does not work, in kind words: used already, expired, unknown, or something else. `title` is the
 * page's heading.
 */
export function linkFailure(error) {
  if (error?.status === 410 && /link-gebruikt$/.test(typeOf(error))) {
    return {
      kind: "gebruikt",
      title: "Je hebt al een beoordeling gegeven",
      message: "Met deze link is al een beoordeling gegeven. Dank je wel! Een link werkt maar één keer.",
    };
  }
  if (error?.status === 410) {
    return {
      kind: "verlopen",
      title: "Deze link werkt niet meer",
      message: "Deze link is verlopen. Een link werkt 14 dagen. Wil je toch iets zeggen? Vraag je klantmanager of coach om een nieuwe link.",
    };
  }
  if (error?.status === 404) {
    return {
      kind: "onbekend",
      title: "We kennen deze link niet",
      message: "Deze link bestaat niet. Kijk of je de hele link hebt overgenomen, of vraag je klantmanager of coach om een nieuwe link.",
    };
  }
  return { kind: "fout", title: "Dat lukte niet", message: describeError(error).message };
}

/** A failed send: problems per field, the personal-data guard in B1, or what the link says. */
export function clientSendFailure(error) {
  const byField = new Map();
  for (const entry of Array.isArray(error?.problem?.errors) ? error.problem.errors : []) {
    if (typeof entry?.message !== "string" || !entry.message.trim()) continue;
    const field = entry.field === "score" ? "score" : "text";
    if (!byField.has(field)) byField.set(field, []);
    byField.get(field).push(entry.message.trim());
  }
  if (/persoonsgegevens$/.test(typeOf(error))) {
    return {
      kind: "persoonsgegevens",
      byField: new Map([["text", ["In je tekst staat iets waarmee iemand te herkennen is, zoals een naam met adres, een telefoonnummer of een e-mailadres. Haal dat weg en verstuur opnieuw."]]]),
      message: "Je beoordeling is nog niet verstuurd. Haal de gegevens over jezelf of anderen uit je tekst.",
    };
  }
  if (error?.status === 410 || error?.status === 404) return { ...linkFailure(error), byField };
  return { kind: "fout", byField, message: byField.size > 0 ? "Kijk je antwoord nog even na." : describeError(error).message };
}
