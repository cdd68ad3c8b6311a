// TNO's case format as the editor needs it: the fields in their fixed order, the word limits for the live
// counters (the same as case-service's CaseFormat), the vocabularies, and the Dutch names of the workflow.
// Pure functions (tested with node --test).
import { countWords } from "./words.js";

export const PROFILE_WORDS = 15;
export const SITUATION_MIN_WORDS = 150;
export const SITUATION_MAX_WORDS = 170;
export const GOOD_IDEA_WORDS = 50;
export const SECTION_WORDS = 60;
/** "Geïnspireerd door praktijkdilemma's" (inspiredBy): at most this many ids, each at most this long (CaseFormat). */
export const INSPIRED_BY_MAX = 20;
export const DILEMMA_ID_MAX_LENGTH = 80;
/** "Werkwijzen (voor de Keuzehulp)" per option: at most this many codes of the Keuzehulp's `werkwijze` facet. */
export const WERKWIJZEN_MAX = 3;

/** The nine fixed profile fields with their labels, in TNO's order. */
export const PROFILE_FIELDS = [
  ["naam", "Naam"],
  ["leeftijd", "Leeftijd"],
  ["thuissituatie", "Thuissituatie"],
  ["opleiding", "Opleiding"],
  ["werkloosheidsduur", "Werkloosheidsduur"],
  ["werkervaring", "Werkervaring"],
  ["wensVanDeKlant", "Wens van de klant"],
  ["belemmeringen", "Belemmeringen"],
  ["sociaalNetwerk", "Sociaal netwerk"],
];

/** The parts of an option in their fixed order: [key, label, word limit or null, kind]. */
export const OPTION_FIELDS = [
  ["id", "Id (bijvoorbeeld A)", null, "short"],
  ["title", "Titel", null, "text"],
  ["summary", "Samenvatting in één regel", null, "text"],
  ["goodIdea", "Goed idee!", GOOD_IDEA_WORDS, "long"],
  ["howItWorks", "Hoe werkt het?", SECTION_WORDS, "long"],
  ["evidence", "Waaruit blijkt dat het werkt?", SECTION_WORDS, "long"],
  ["caution", "Let op", SECTION_WORDS, "long"],
  ["applyUrl", "Deze werkwijze toepassen? (link)", null, "url"],
];

/** The theoretical concepts, grouped by the model they come from. */
export const CONCEPT_GROUPS = [
  ["Integraal gedragsmodel", ["attitude", "sociale norm", "eigen-effectiviteit", "vaardigheden", "zelfregulering", "belemmeringen"]],
  ["Wanberg", ["menselijk kapitaal", "sociaal kapitaal", "economische beloning", "discriminatie", "vraag arbeidsmarkt"]],
  ["Zelfdeterminatietheorie", ["autonomie", "competentie", "verbondenheid"]],
];

export const BENEFIT_TYPES = ["WW", "IOW", "WIA", "WAO", "WAZ", "Wajong", "Ziektewet", "Wazo"];

export const AUDIENCES = [
  ["GEMEENTE", "Gemeente"],
  ["UWV", "UWV"],
  ["BEIDE", "Gemeente en UWV"],
];

export function audienceName(audience) {
  return AUDIENCES.find(([value]) => value === audience)?.[1] ?? audience ?? "";
}

export const STATUS_NAMES = {
  DRAFT: "concept",
  IN_REVIEW: "ter review",
  SCHEDULED: "ingepland",
  PUBLISHED: "gepubliceerd",
  ARCHIVED: "gearchiveerd",
};

export function statusName(status) {
  return STATUS_NAMES[status] ?? String(status ?? "").toLowerCase();
}

/** Who made a step in the history; the release schedule publishes by itself. */
export function actorName(by) {
  if (by === "release-schedule") return "automatisch (planning)";
  return by || "onbekend";
}

/**
 * The word limit of a field path ("profile.belemmeringen", "options[0].goodIdea", "background"), or null.
 * The background's limit is a range for background and dilemma together.
 */
export function wordLimit(path) {
  if (path.startsWith("profile.")) return { max: PROFILE_WORDS };
  if (path === "background") return { min: SITUATION_MIN_WORDS, max: SITUATION_MAX_WORDS, together: "dilemma" };
  const option = path.match(/^options\[\d+\]\.(\w+)$/);
  if (option) {
    const limit = OPTION_FIELDS.find(([key]) => key === option[1])?.[2];
    return limit ? { max: limit } : null;
  }
  return null;
}

const words = (count) => `${count} ${count === 1 ? "woord" : "woorden"}`;

/**
 * The counter under a field: "12 / 15 woorden", marked `over` when the limit is passed. For a range,
 * "120 / 150–170 woorden" says how many are still needed (a draft starts short, so that is not marked).
 */
export function describeCount(count, limit) {
  if (limit.min !== undefined) {
    const base = `${count} / ${limit.min}–${limit.max} woorden`;
    if (count > limit.max) return { text: `${base}: ${words(count - limit.max)} te veel`, over: true, under: false };
    if (count < limit.min) return { text: `${base}: nog ${words(limit.min - count)} nodig`, over: false, under: true };
    return { text: base, over: false, under: false };
  }
  const base = `${count} / ${limit.max} woorden`;
  if (count > limit.max) return { text: `${base}: ${words(count - limit.max)} te veel`, over: true, under: false };
  return { text: base, over: false, under: false };
}

/**
 * The praktijkdilemma ids in the editor's "Geïnspireerd door" field: separated by commas, semicolons, spaces or new
 * lines; "pd-42" and "PD42" are written as the intake numbers them ("PD-0042"); each id once, in the order typed.
 */
export function parseDilemmaIds(text) {
  const ids = [];
  for (const token of String(text ?? "").split(/[\s,;]+/)) {
    if (token === "") continue;
    const number = token.match(/^pd-?(\d+)$/i);
    const id = number ? `PD-${number[1].padStart(4, "0")}` : token;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The line under the field: which ids will be sent, marked `over` past the case format's limits. */
export function describeDilemmaIds(text) {
  const ids = parseDilemmaIds(text);
  if (ids.length === 0) return { text: "Nog geen praktijkdilemma's genoemd.", over: false, under: false };
  const names = `${ids.length} ${ids.length === 1 ? "praktijkdilemma" : "praktijkdilemma's"}: ${ids.join(", ")}`;
  if (ids.length > INSPIRED_BY_MAX) return { text: `${names}. Noem er hoogstens ${INSPIRED_BY_MAX}.`, over: true, under: false };
  if (ids.some((id) => id.length > DILEMMA_ID_MAX_LENGTH)) {
    return { text: `${names}. Een nummer is te lang (hoogstens ${DILEMMA_ID_MAX_LENGTH} tekens).`, over: true, under: false };
  }
  return { text: names, over: false, under: false };
}

/** The counter for a field path given all current values (the background counts with the dilemma). */
export function countFor(path, values) {
  if (path === "inspiredBy") return describeDilemmaIds(values.inspiredBy);
  const limit = wordLimit(path);
  if (!limit) return null;
  const count = countWords(values[path]) + (limit.together ? countWords(values[limit.together]) : 0);
  return describeCount(count, limit);
}

/** Every text field path of the form, in TNO's order. */
export function textFieldPaths(optionCount = 2) {
  return [
    "title",
    ...PROFILE_FIELDS.map(([key]) => `profile.${key}`),
    "background",
    "dilemma",
    ...Array.from({ length: optionCount }, (_, i) => OPTION_FIELDS.map(([key]) => `options[${i}].${key}`)).flat(),
    "theme",
    "literature",
  ];
}

/** A new Kopkraker: empty fields, options A and B. */
export function emptyContent() {
  return {
    title: "",
    profile: Object.fromEntries(PROFILE_FIELDS.map(([key]) => [key, ""])),
    background: "",
    dilemma: "",
    options: ["A", "B"].map((id) => ({ ...Object.fromEntries(OPTION_FIELDS.map(([key]) => [key, ""])), id, werkwijzen: [] })),
    theme: "",
    concepts: [],
    audience: null,
    benefitTypes: [],
    literature: [],
    inspiredBy: [],
  };
}

/** Flat field values ("profile.naam" → "Jeanne") from the editor API's case, for the form. */
export function valuesFromContent(content) {
  const base = emptyContent();
  const values = { title: content?.title ?? "", background: content?.background ?? "", dilemma: content?.dilemma ?? "" };
  for (const [key] of PROFILE_FIELDS) values[`profile.${key}`] = content?.profile?.[key] ?? "";
  const options = Array.isArray(content?.options) && content.options.length > 0 ? content.options : base.options;
  options.forEach((option, i) => {
    for (const [key] of OPTION_FIELDS) values[`options[${i}].${key}`] = option?.[key] ?? "";
    values[`options[${i}].werkwijzen`] = werkwijzenOf(option);
  });
  values.theme = content?.theme ?? "";
  values.literature = (content?.literature ?? []).join("\n");
  values.inspiredBy = (Array.isArray(content?.inspiredBy) ? content.inspiredBy : []).join(", ");
  return values;
}

const text = (value) => {
  const trimmed = String(value ?? "").trim();
  return trimmed === "" ? null : trimmed;
};

/** An option's ways of working: codes, each once, in the order given. */
export function werkwijzenOf(option) {
  const given = Array.isArray(option?.werkwijzen) ? option.werkwijzen : [];
  return given.filter((code, index) => typeof code === "string" && code.trim() !== "" && given.indexOf(code) === index);
}

/** The line under the ways of working: "2 van hoogstens 3 gekozen", marked `over` past the limit. */
export function describeWerkwijzen(codes) {
  const count = Array.isArray(codes) ? codes.length : 0;
  if (count > WERKWIJZEN_MAX) return { text: `${count} gekozen: kies er hoogstens ${WERKWIJZEN_MAX}.`, over: true, under: false };
  if (count === 0) return { text: `Nog geen gekozen (hoogstens ${WERKWIJZEN_MAX}).`, over: false, under: false };
  return { text: `${count} van hoogstens ${WERKWIJZEN_MAX} gekozen`, over: false, under: false };
}

/**
 * The request body for POST/PUT from the form's values: exactly the API's fields (unknown ones are a 400),
 * empty texts as null, literature one reference per line, the praktijkdilemma ids as a list and each option's ways of
 * working (`werkwijzen`, from the option or else from the values) — both always sent: leaving them out would clear
 * what the case had.
 */
export function contentFromValues(values, { concepts = [], audience = null, benefitTypes = [], optionCount = 2, werkwijzen = [] } = {}) {
  return {
    title: text(values.title),
    profile: Object.fromEntries(PROFILE_FIELDS.map(([key]) => [key, text(values[`profile.${key}`])])),
    background: text(values.background),
    dilemma: text(values.dilemma),
    options: Array.from({ length: optionCount }, (_, i) => ({
      ...Object.fromEntries(OPTION_FIELDS.map(([key]) => [key, text(values[`options[${i}].${key}`])])),
      werkwijzen: werkwijzenOf({ werkwijzen: Array.isArray(werkwijzen[i]) ? werkwijzen[i] : values[`options[${i}].werkwijzen`] }),
    })),
    theme: text(values.theme),
    concepts: [...concepts],
    audience: audience || null,
    benefitTypes: [...benefitTypes],
    literature: String(values.literature ?? "")
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
    inspiredBy: parseDilemmaIds(values.inspiredBy),
  };
}

/** The editor's content in the shape of the public API, so the preview renders it as professionals see it. */
export function publicView(content, { id = "voorbeeld", number = null, version = 1, publishedAt = null } = {}) {
  return {
    id,
    number,
    version,
    publishedAt,
    title: content.title ?? "",
    profile: PROFILE_FIELDS.map(([field, label]) => ({ field, label, value: content.profile?.[field] ?? "" })),
    background: content.background ?? "",
    dilemma: content.dilemma ?? "",
    options: (content.options ?? []).map((option, i) => ({ ...option, id: option.id || String.fromCharCode(65 + i) })),
    theme: content.theme ?? "",
    concepts: content.concepts ?? [],
    audience: content.audience ?? null,
    benefitTypes: content.benefitTypes ?? [],
    literature: content.literature ?? [],
  };
}

/** Problems per field path; problems without a field go under "". */
export function problemsByField(problems) {
  const byField = new Map();
  for (const problem of Array.isArray(problems) ? problems : []) {
    if (typeof problem?.message !== "string") continue;
    // "options[0].werkwijzen[2]" shows at the option's group of ways of working.
    const field = typeof problem.field === "string" ? problem.field.replace(/^(options\[\d+\]\.werkwijzen)\[\d+\]$/, "$1") : "";
    if (!byField.has(field)) byField.set(field, []);
    byField.get(field).push(problem.message);
  }
  return byField;
}

/** The workflow moves an editor may make from a status, in the order the buttons are shown. */
export function movesFrom(status) {
  switch (status) {
    case "DRAFT":
      return ["IN_REVIEW", "ARCHIVED"];
    case "IN_REVIEW":
      return ["SCHEDULED", "DRAFT"];
    case "SCHEDULED":
      return ["IN_REVIEW"];
    case "PUBLISHED":
      return ["ARCHIVED"];
    default:
      return [];
  }
}

/** Content can be changed in a draft; a published case gets a new version (the API decides). */
export function isEditable(status) {
  return !status || status === "DRAFT" || status === "PUBLISHED";
}

/** "2026-12-09T08:00" (a datetime-local value, local time) → ISO instant, or null when it is not a date. */
export function releaseInstant(localValue) {
  if (typeof localValue !== "string" || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(localValue)) return null;
  const date = new Date(localValue);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
