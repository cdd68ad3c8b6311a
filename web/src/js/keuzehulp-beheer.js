// "Keuzehulp beheer" (role instrumentbeheerder): statuses and the steps they allow, what an import answered (counts,
// or the 422's row problems "rij 7: kosten" as a table), and the instrument form ↔ the API's `content`
// (docs/api-v1-keuzehulp.md) with the server's field names ("b1.voorWie", "facets.leeftijd[1]", "links[0].url") → the
// form field that shows the problem. Pure functions (tested with node --test).
import { describeError } from "./problems.js";

export const STATUSES = {
  CONCEPT: "Concept",
  GEPUBLICEERD: "Gepubliceerd",
  INGETROKKEN: "Ingetrokken",
};

export const RETIRE_REASON_MAX = 300;

export function statusLabel(status) {
  return STATUSES[status] ?? (status ? String(status).toLowerCase() : "Onbekend");
}

/** The steps from a status, in the order of the buttons: publish a concept or a retired one, retire a published one. */
export function actionsFor(status) {
  if (status === "GEPUBLICEERD") return ["intrekken"];
  if (status === "CONCEPT" || status === "INGETROKKEN") return ["publiceren"];
  return [];
}

/** Counts per status, for the heading of the list: "3 gepubliceerd, 1 concept". */
export function statusCounts(items = []) {
  const counts = { GEPUBLICEERD: 0, CONCEPT: 0, INGETROKKEN: 0 };
  for (const item of Array.isArray(items) ? items : []) if (item?.status in counts) counts[item.status] += 1;
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${statusLabel(status).toLowerCase()}`)
    .join(", ");
}

// --- import --------------------------------------------------------------------------------------------------------

/** "4 rijen ingelezen: 3 nieuw, 1 bijgewerkt. 4 gepubliceerd." */
export function importSummary(result) {
  const rows = Number(result?.rows) || 0;
  const created = Number(result?.created) || 0;
  const updated = Number(result?.updated) || 0;
  const published = Number(result?.published) || 0;
  const parts = [`${created} nieuw`, `${updated} bijgewerkt`];
  return `Geïmporteerd: ${rows} ${rows === 1 ? "rij" : "rijen"} ingelezen, ${parts.join(", ")}. ${published} ${published === 1 ? "instrument staat" : "instrumenten staan"} nu gepubliceerd.`;
}

/**
 * The 422 of an import as table rows: {row (a number or null), column, message}, by row. The API names a row's problem
 * "rij 7: kosten"; a problem of the whole file names no row.
 */
export function importProblemRows(errors = []) {
  const rows = [];
  (Array.isArray(errors) ? errors : []).forEach((entry, order) => {
    if (typeof entry?.message !== "string" || entry.message.trim() === "") return;
    const field = typeof entry.field === "string" ? entry.field.trim() : "";
    const match = field.match(/^rij\s+(\d+)\s*(?::\s*(.*))?$/i);
    rows.push({
      row: match ? Number(match[1]) : null,
      column: match ? (match[2] ?? "").trim() : field,
      message: entry.message.trim(),
      order,
    });
  });
  rows.sort((a, b) => (a.row ?? -1) - (b.row ?? -1) || a.order - b.order);
  return rows.map(({ row, column, message }) => ({ row, column: column || "—", message }));
}

/** What a failed import means: the message, and the table when the API named problems. Nothing was imported. */
export function importFailure(error) {
  const { message } = describeError(error);
  const rows = error?.status === 422 ? importProblemRows(error?.problem?.errors) : [];
  const count = rows.length;
  return {
    message,
    rows,
    heading: count > 0 ? `${count} ${count === 1 ? "probleem" : "problemen"} in het bestand. Er is niets geïmporteerd.` : "Er is niets geïmporteerd.",
  };
}

// --- the instrument form ----------------------------------------------------------------------------------------------

export const UNITS = [
  ["dagen", "dagen"],
  ["weken", "weken"],
  ["maanden", "maanden"],
];

export const REACH_CHOICES = [
  ["lokaal", "Lokaal"],
  ["regionaal", "Regionaal"],
  ["landelijk", "Landelijk"],
];

export const DUTCH_RESEARCH_CHOICES = [
  ["onbekend", "Onbekend"],
  ["positief", "Positief"],
  ["gemengd", "Gemengd"],
  ["zwak", "Zwak"],
];

export const B1_MAX = 400;

/** The facets an instrument carries as codes (the others the API derives), in the vocabulary's order. */
export const TAGGED_FACETS = ["leeftijd", "uitkering", "doelgroepregister", "doelgroep", "taalniveau", "opleiding", "werkervaring", "aandachtspunt", "doel", "werkwijze"];

/** The limits of the texts, for the counters (the API's InstrumentCheck). */
export const TEXT_LIMITS = {
  name: 120,
  goal: 1000,
  method: 1000,
  targetGroup: 1000,
  entryConditions: 1000,
  provider: 200,
  costsExplanation: 300,
  clientWishes: 1000,
  "evidence.researchNote": 1000,
};

const text = (value) => (typeof value === "string" ? value : value === null || value === undefined ? "" : String(value));
const lines = (value) => text(value).split(/\r?\n/).map((line) => line.trim()).filter(Boolean);

/** An empty form. */
export function emptyForm() {
  return {
    key: "",
    name: "",
    aliases: "",
    category: "",
    goal: "",
    method: "",
    targetGroup: "",
    entryConditions: "",
    provider: "",
    locations: "",
    durationValue: "",
    durationUnit: "weken",
    durationContinuous: false,
    intensity: "",
    costsEuro: "",
    costsExplanation: "",
    groupForms: [],
    reach: "",
    evidenceLevel: "niet-beoordeeld",
    recognisedOn: "",
    dutchResearch: "onbekend",
    researchNote: "",
    statutory: false,
    clientWishes: "",
    links: "",
    facets: {},
    b1: { watIsHet: "", voorWie: "", watGaJeDoen: "", hoeLang: "", watLevertHetOp: "", kostHetIets: "" },
  };
}

const decimalText = (value) => (value === null || value === undefined || value === "" ? "" : String(value).replace(".", ","));

/** The form's values from the API's `content` (the detail view's raw form). */
export function formFromContent(content, key = "") {
  const form = emptyForm();
  const c = content && typeof content === "object" ? content : {};
  form.key = text(key);
  for (const field of ["name", "category", "goal", "method", "targetGroup", "entryConditions", "provider", "costsExplanation", "reach", "clientWishes"]) {
    form[field] = text(c[field]);
  }
  form.aliases = (Array.isArray(c.aliases) ? c.aliases : []).join("\n");
  form.locations = (Array.isArray(c.locations) ? c.locations : []).join("\n");
  form.durationContinuous = c.duration?.continuous === true;
  form.durationValue = c.duration?.value === null || c.duration?.value === undefined ? "" : String(c.duration.value);
  form.durationUnit = c.duration?.unit || "weken";
  form.intensity = decimalText(c.intensityHoursPerWeek);
  form.costsEuro = c.costsEuro === null || c.costsEuro === undefined ? "" : String(c.costsEuro);
  form.groupForms = Array.isArray(c.groupForms) ? c.groupForms.filter((code) => typeof code === "string") : [];
  form.evidenceLevel = text(c.evidence?.level) || "niet-beoordeeld";
  form.recognisedOn = text(c.evidence?.recognisedOn);
  form.dutchResearch = text(c.evidence?.dutchResearch) || "onbekend";
  form.researchNote = text(c.evidence?.researchNote);
  form.statutory = c.evidence?.statutory === true;
  form.links = (Array.isArray(c.links) ? c.links : []).map((link) => `${text(link?.title)} = ${text(link?.url)}`).join("\n");
  form.facets = Object.fromEntries(
    Object.entries(c.facets && typeof c.facets === "object" ? c.facets : {}).map(([name, codes]) => [name, Array.isArray(codes) ? codes.filter((code) => typeof code === "string") : []]),
  );
  for (const field of Object.keys(form.b1)) form.b1[field] = text(c.b1?.[field]);
  return form;
}

/** "Titel = https://…" per line → links; a line without "=" is a title without an address (the API says so). */
export function parseLinks(value) {
  return lines(value).map((line) => {
    const match = line.match(/^(.*?)\s*=\s*(\S+)$/);
    if (match && match[1].trim()) return { title: match[1].trim(), url: match[2].trim() };
    if (/^https?:\/\//i.test(line)) return { title: line, url: line };
    return { title: line, url: "" };
  });
}

/** A number typed with a comma or a point; null when empty; NaN when it is not a number. */
export function parseDecimal(value) {
  const given = text(value).trim();
  if (given === "") return null;
  if (!/^-?\d+([.,]\d+)?$/.test(given)) return Number.NaN;
  return Number(given.replace(",", "."));
}

/** Checks the form cannot leave to the API (numbers the JSON must carry as numbers): field → message. */
export function formProblems(form, { isNew = false } = {}) {
  const problems = new Map();
  const value = parseDecimal(form?.durationValue);
  if (!form?.durationContinuous && (Number.isNaN(value) || (value !== null && !Number.isInteger(value)))) {
    problems.set("duration", "Vul de duur in als een heel getal, bijvoorbeeld 8.");
  }
  if (Number.isNaN(parseDecimal(form?.intensity))) problems.set("intensityHoursPerWeek", "Vul het aantal uur per week in als getal, bijvoorbeeld 4 of 2,5.");
  const costs = parseDecimal(form?.costsEuro);
  if (Number.isNaN(costs) || (costs !== null && !Number.isInteger(costs))) problems.set("costsEuro", "Vul de kosten in hele euro's in, bijvoorbeeld 250. Gratis is 0.");
  if (isNew && !/^[a-z0-9-]{2,60}$/.test(text(form?.key).trim())) {
    problems.set("key", "Een sleutel is 2 tot 60 kleine letters, cijfers of streepjes, bijvoorbeeld sollicitatietraining.");
  }
  return problems;
}

const orNull = (value) => {
  const trimmed = text(value).trim();
  return trimmed === "" ? null : trimmed;
};

/** The API's `content` from the form. Every tagged facet is sent (empty = for everyone), so saving never drops one. */
export function contentFromForm(form) {
  const value = parseDecimal(form.durationValue);
  const continuous = form.durationContinuous === true;
  const facets = {};
  for (const name of new Set([...TAGGED_FACETS, ...Object.keys(form.facets ?? {})])) facets[name] = [...(form.facets?.[name] ?? [])];
  const b1 = {};
  for (const [field, given] of Object.entries(form.b1 ?? {})) b1[field] = orNull(given);
  const intensity = parseDecimal(form.intensity);
  const costs = parseDecimal(form.costsEuro);
  return {
    name: orNull(form.name),
    aliases: lines(form.aliases),
    category: orNull(form.category),
    goal: orNull(form.goal),
    method: orNull(form.method),
    targetGroup: orNull(form.targetGroup),
    entryConditions: orNull(form.entryConditions),
    provider: orNull(form.provider),
    locations: lines(form.locations),
    duration: continuous
      ? { value: null, unit: null, continuous: true }
      : value === null || Number.isNaN(value)
        ? null
        : { value, unit: form.durationUnit || "weken", continuous: false },
    intensityHoursPerWeek: Number.isNaN(intensity) ? null : intensity,
    costsEuro: Number.isNaN(costs) ? null : costs,
    costsExplanation: orNull(form.costsExplanation),
    groupForms: [...(form.groupForms ?? [])],
    reach: orNull(form.reach),
    evidence: {
      level: form.evidenceLevel || "niet-beoordeeld",
      recognisedOn: orNull(form.recognisedOn),
      dutchResearch: form.dutchResearch || "onbekend",
      researchNote: orNull(form.researchNote),
      statutory: form.statutory === true,
    },
    clientWishes: orNull(form.clientWishes),
    links: parseLinks(form.links),
    facets,
    b1,
  };
}

/** The POST body of a new instrument. */
export function newInstrumentBody(form) {
  return { key: text(form.key).trim(), content: contentFromForm(form) };
}

/**
 * The form field that shows a server problem, and what to put before the message when the field is a list:
 * "facets.leeftijd[1]" → facets.leeftijd, "links[0].url" → links ("Link 1: …"), "aliases[2]" → aliases ("Regel 3: …"),
 * "evidence.level" and "b1.voorWie" as they are. Unknown fields → "" (shown above the form).
 */
export function problemTarget(field) {
  const path = text(field).trim();
  const facet = path.match(/^facets\.([^[\]]+)(?:\[(\d+)\])?$/);
  if (facet) return { field: `facets.${facet[1]}`, prefix: facet[2] !== undefined ? `Waarde ${Number(facet[2]) + 1}: ` : "" };
  const link = path.match(/^links\[(\d+)\](?:\.(title|url))?$/);
  if (link) return { field: "links", prefix: `Link ${Number(link[1]) + 1}${link[2] === "title" ? " (titel)" : ""}: ` };
  const listed = path.match(/^(aliases|locations|groupForms)\[(\d+)\]$/);
  if (listed) return { field: listed[1], prefix: listed[1] === "groupForms" ? "" : `Regel ${Number(listed[2]) + 1}: ` };
  if (/^duration(\.|$)/.test(path)) return { field: "duration", prefix: "" };
  const known = [
    "key", "name", "aliases", "category", "goal", "method", "targetGroup", "entryConditions", "provider", "locations",
    "intensityHoursPerWeek", "costsEuro", "costsExplanation", "groupForms", "reach", "clientWishes", "links",
    "evidence.level", "evidence.recognisedOn", "evidence.dutchResearch", "evidence.researchNote", "evidence.statutory",
    "b1.watIsHet", "b1.voorWie", "b1.watGaJeDoen", "b1.hoeLang", "b1.watLevertHetOp", "b1.kostHetIets",
  ];
  return known.includes(path) ? { field: path, prefix: "" } : { field: "", prefix: "" };
}

/** The Dutch name of a form field, for messages away from the form (the list's "Publiceren kan nog niet"). */
export const FIELD_LABELS = {
  key: "Sleutel",
  name: "Naam",
  aliases: "Andere namen",
  category: "Fase in de route",
  goal: "Doel",
  method: "Werkwijze",
  targetGroup: "Doelgroep",
  entryConditions: "Instroomvoorwaarden",
  provider: "Aanbieder",
  locations: "Locaties",
  duration: "Duur",
  intensityHoursPerWeek: "Intensiteit",
  costsEuro: "Kosten",
  costsExplanation: "Toelichting op de kosten",
  groupForms: "Vorm",
  reach: "Bereik",
  clientWishes: "Wensen van klanten",
  links: "Links",
  "evidence.level": "Erkenning",
  "evidence.recognisedOn": "Erkend op",
  "evidence.dutchResearch": "Onderzoek in Nederland",
  "evidence.researchNote": "Toelichting op het onderzoek",
  "evidence.statutory": "Wettelijk instrument",
  "b1.watIsHet": "Kaart voor klanten, Wat is het?",
  "b1.voorWie": "Kaart voor klanten, Voor wie?",
  "b1.watGaJeDoen": "Kaart voor klanten, Wat ga je doen?",
  "b1.hoeLang": "Kaart voor klanten, Hoe lang?",
  "b1.watLevertHetOp": "Kaart voor klanten, Wat levert het op?",
  "b1.kostHetIets": "Kaart voor klanten, Kost het iets?",
};

/** "Voor wie? Vul dit in." / "Naam: Vul dit in.": a field's name before its message, without doubled punctuation. */
export function namedMessage(label, message) {
  if (!label) return message;
  return /[?:!.]$/.test(label) ? `${label} ${message}` : `${label}: ${message}`;
}

/** The server's problems as lines that name their field, for where the form is not on the screen. */
export function namedProblems(errors = []) {
  const lines = [];
  for (const [field, messages] of problemsByField(errors)) {
    const label = FIELD_LABELS[field] ?? (field.startsWith("facets.") ? `Filter ${field.slice("facets.".length)}` : "");
    for (const message of messages) lines.push(namedMessage(label, message));
  }
  return lines;
}

/** The server's problems per form field (see problemTarget); problems of no known field under "". */
export function problemsByField(errors = []) {
  const byField = new Map();
  for (const entry of Array.isArray(errors) ? errors : []) {
    if (typeof entry?.message !== "string" || entry.message.trim() === "") continue;
    const { field, prefix } = problemTarget(entry.field);
    if (!byField.has(field)) byField.set(field, []);
    byField.get(field).push(`${prefix}${entry.message.trim()}`);
  }
  return byField;
}

/** [code, label] pairs of a vocabulary facet; codes the instrument has that the vocabulary lacks stay choosable. */
export function facetChoices(vocabulary = [], name, chosen = []) {
  const facet = (Array.isArray(vocabulary) ? vocabulary : []).find((entry) => entry?.name === name);
  const pairs = (Array.isArray(facet?.values) ? facet.values : [])
    .filter((value) => typeof value?.code === "string" && value.code)
    .map((value) => [value.code, text(value.label) || value.code]);
  for (const code of chosen) if (!pairs.some(([known]) => known === code)) pairs.push([code, code]);
  return pairs;
}

export function facetLabel(vocabulary = [], name) {
  const facet = (Array.isArray(vocabulary) ? vocabulary : []).find((entry) => entry?.name === name);
  return text(facet?.label) || name;
}

/** "#/keuzehulp/beheer", "#/keuzehulp/beheer/nieuw", "#/keuzehulp/beheer/<id>". */
export function beheerHref(id) {
  if (id === undefined) return "#/keuzehulp/beheer";
  return id === null ? "#/keuzehulp/beheer/nieuw" : `#/keuzehulp/beheer/${encodeURIComponent(id)}`;
}

/**
 * Whether the national template an instrument was copied from changed since the copy: its origin
 * ({templateId, version}) against the templates' list. Null when it is no copy or the template is gone.
 */
export function templateState(origin, templates = []) {
  if (!origin || typeof origin !== "object" || !origin.templateId) return null;
  const template = (Array.isArray(templates) ? templates : []).find((entry) => entry?.id === origin.templateId);
  if (!template) return null;
  const copied = Number(origin.version) || 0;
  const current = Number(template.version) || 0;
  return { id: template.id, name: String(template.name ?? template.id), copiedVersion: copied, currentVersion: current, changed: current > copied };
}
