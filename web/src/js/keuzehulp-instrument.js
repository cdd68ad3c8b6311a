// One Keuzehulp instrument as the pages show it (docs/api-v1-keuzehulp.md, GET /instrumenten/{id}): the fields in
// words, the evidence ladder (so "niet beoordeeld" never reads as "werkt niet"), Dutch research on a line of its own,
// the professionals' and the clients' reviews apart (averages only when the API gives them), the rules of the own
// review form, the client review link, the fixed B1 card and the rows of the comparison. Pure functions (tested with
// node --test).
import { describeError } from "./problems.js";

/** The six steps of the Dutch recognition ladder, lowest first. */
export const EVIDENCE_LADDER = [
  ["niet-beoordeeld", "Niet beoordeeld"],
  ["goed-beschreven", "Goed beschreven"],
  ["goed-onderbouwd", "Goed onderbouwd"],
  ["effectief-eerste", "Effectief: eerste aanwijzingen"],
  ["effectief-goede", "Effectief: goede aanwijzingen"],
  ["effectief-sterke", "Effectief: sterke aanwijzingen"],
];

/** What a step means, for when the API sends no `explanation` (it normally does). */
const LADDER_EXPLANATIONS = {
  "niet-beoordeeld": "Nog niet beoordeeld door een erkenningscommissie. Dat zegt niets over of het werkt.",
  "goed-beschreven": "Praktijkdeskundigen vinden doel, doelgroep en aanpak goed beschreven.",
  "goed-onderbouwd": "Een commissie vindt goed onderbouwd waarom het kan werken.",
  "effectief-eerste": "Onderzoek geeft eerste aanwijzingen dat het werkt.",
  "effectief-goede": "Onderzoek geeft goede aanwijzingen dat het werkt.",
  "effectief-sterke": "Onderzoek geeft sterke aanwijzingen dat het werkt.",
};

const STATUTORY_EXPLANATION = "Een wettelijk instrument wordt niet erkend. Wat onderzoek in Nederland ervan vond, staat hieronder.";

/** The B1 card's fixed headings for clients, in this order. */
export const B1_FIELDS = [
  ["watIsHet", "Wat is het?"],
  ["voorWie", "Voor wie?"],
  ["watGaJeDoen", "Wat ga je doen?"],
  ["hoeLang", "Hoe lang?"],
  ["watLevertHetOp", "Wat levert het op?"],
  ["kostHetIets", "Kost het iets / houd ik mijn uitkering?"],
];

export const B1_MISSING = "Dit staat er nog niet bij. Vraag het aan je klantmanager of coach.";

export const REVIEW_TEXT_MAX = 500;
export const CLIENT_TEXT_MAX = 300;
export const MINIMUM_REVIEWS = 3;

/** The three scores of a professional's review (as the API names them) with their Dutch legends. */
export const REVIEW_SCORES = [
  ["general", "Algemeen oordeel"],
  ["result", "Resultaat voor de klant"],
  ["execution", "Uitvoering door de aanbieder"],
];

/** The words with each score, for the radio labels. */
export const SCORE_WORDS = { 1: "slecht", 2: "matig", 3: "redelijk", 4: "goed", 5: "heel goed" };

export const REVIEW_PRIVACY_HINT = "Schrijf over het instrument, niet over een klant: geen namen, BSN, telefoonnummers, e-mail of adressen.";

const REACHES = { lokaal: "Lokaal", regionaal: "Regionaal", landelijk: "Landelijk" };

const text = (value) => (typeof value === "string" ? value.trim() : value === null || value === undefined ? "" : String(value));
const list = (value) => (Array.isArray(value) ? value : []);
const labelOf = (value) => (value && typeof value === "object" ? text(value.label) || text(value.code) : text(value));

const numberFormat = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });
const euroFormat = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" });

/** 3.8 → "3,8". */
export function formatScore(value) {
  const number = Number(value);
  return Number.isFinite(number) ? numberFormat.format(number) : "";
}

/** "2026-03-01" or an instant → "1 maart 2026"; "" when not a date. */
export function formatDay(value) {
  if (!value) return "";
  const day = /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return Number.isNaN(day.getTime()) ? "" : dateFormat.format(day);
}

/** The evidence as the page shows it: the ladder with the current step, or for a statutory instrument no ladder. */
export function evidenceModel(evidence) {
  const statutory = evidence?.statutory === true;
  const code = EVIDENCE_LADDER.some(([step]) => step === evidence?.level) ? evidence.level : "niet-beoordeeld";
  const index = EVIDENCE_LADDER.findIndex(([step]) => step === code);
  const ladderLabel = EVIDENCE_LADDER[index][1];
  return {
    statutory,
    level: code,
    label: statutory ? "Wettelijk instrument" : text(evidence?.label) || ladderLabel,
    explanation: text(evidence?.explanation) || (statutory ? STATUTORY_EXPLANATION : LADDER_EXPLANATIONS[code]),
    position: index + 1,
    stepText: `Trede ${index + 1} van ${EVIDENCE_LADDER.length}`,
    steps: statutory ? [] : EVIDENCE_LADDER.map(([step, label], at) => ({ code: step, label, reached: at <= index, current: at === index })),
    recognisedOn: !statutory && code !== "niet-beoordeeld" ? formatDay(evidence?.recognisedOn) : "",
    research: researchLine(evidence?.dutchResearch),
    researchCode: text(evidence?.dutchResearch?.code ?? evidence?.dutchResearch) || "onbekend",
    researchNote: text(evidence?.researchNote),
  };
}

/** "Onderzoek in Nederland: positief", whether the API's label already says so or gives the code only. */
export function researchLine(dutchResearch) {
  const label = labelOf(dutchResearch) || "onbekend";
  return /^onderzoek in nederland/i.test(label) ? label : `Onderzoek in Nederland: ${label}`;
}

/** The badge text of the search's result card: the ladder step, or "Wettelijk instrument". */
export function evidenceBadge(evidence) {
  return evidenceModel(evidence).label;
}

/**
 * A summary of reviews: "3,8 van 5 (4 beoordelingen)" when the API gives an average, else "Nog te weinig beoordelingen
 * (2)" — the API leaves averages out below its minimum.
 */
export function reviewSummaryText(summary) {
  const count = Number(summary?.count) || 0;
  const average = summary?.average;
  if (average === null || average === undefined || !Number.isFinite(Number(average))) return `Nog te weinig beoordelingen (${count})`;
  return `${formatScore(average)} van 5 (${count} ${count === 1 ? "beoordeling" : "beoordelingen"})`;
}

/** The professionals' averages per score, only those the API gives. */
export function professionalAverages(summary) {
  return REVIEW_SCORES.map(([key, label]) => [label, key === "general" ? summary?.average : summary?.[key]])
    .filter(([, value]) => value !== null && value !== undefined && Number.isFinite(Number(value)))
    .map(([label, value]) => ({ label, text: `${formatScore(value)} van 5` }));
}

/** The line on a result card, or null when the API sends no professional reviews. */
export function ratingLine(summary) {
  if (!summary || typeof summary !== "object") return null;
  return `Beoordeling door professionals: ${reviewSummaryText(summary)}`;
}

const wholeNumber = (value) => {
  if (value === null || value === undefined || value === "") return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
};

/** "4 uur per week", "2,5 uur per week". */
export function intensityText(hours) {
  const number = wholeNumber(hours);
  if (number === null) return "";
  return `${numberFormat.format(number)} uur per week`;
}

/** "Gratis", "€ 1.250 per klant", or the API's text. */
export function costsText(costs, costsEuro) {
  if (text(costs)) return text(costs);
  const euro = wholeNumber(costsEuro);
  if (euro === null) return "Kosten onbekend";
  return euro === 0 ? "Gratis" : `€ ${euroFormat.format(euro)} per klant`;
}

/** "8 weken", "Doorlopend", or the API's text. */
export function durationText(duration, value, unit) {
  if (text(duration)) return text(duration);
  if (value === null || value === undefined) return "";
  const number = wholeNumber(value);
  if (number === null || !unit) return "";
  const single = { dagen: "dag", weken: "week", maanden: "maand" };
  return `${number} ${number === 1 ? single[unit] ?? unit : unit}`;
}

/** Only web links may become an href. */
export function webHref(url) {
  if (typeof url !== "string" || url.trim() === "") return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The instrument's own reviews list, newest first as the API sends them; "jij" on my own. */
function professionalItems(items) {
  return list(items).map((item) => ({
    id: text(item?.id),
    general: wholeNumber(item?.general),
    result: wholeNumber(item?.result),
    execution: wholeNumber(item?.execution),
    text: text(item?.text),
    at: item?.at ?? null,
    mine: item?.mine === true,
  }));
}

function clientItems(items) {
  return list(items).map((item) => ({ id: text(item?.id), score: wholeNumber(item?.score), text: text(item?.text), at: item?.at ?? null }));
}

/** The labels of an instrument's facet codes, by the vocabulary (GET /vocabulaire): [[facet label, [value labels]]]. */
export function facetLabels(facets, vocabulary = []) {
  const result = [];
  const byName = new Map(list(vocabulary).filter((facet) => facet?.name).map((facet) => [facet.name, facet]));
  for (const [name, codes] of Object.entries(facets && typeof facets === "object" ? facets : {})) {
    const chosen = list(codes).filter((code) => typeof code === "string" && code);
    if (chosen.length === 0) continue;
    const facet = byName.get(name);
    const labels = chosen.map((code) => text(list(facet?.values).find((value) => value?.code === code)?.label) || code);
    result.push([text(facet?.label) || name, labels]);
  }
  const order = [...byName.keys()];
  const rank = (label) => {
    const name = [...byName.values()].find((facet) => text(facet.label) === label)?.name;
    const index = order.indexOf(name);
    return index === -1 ? order.length : index;
  };
  return result.sort((a, b) => rank(a[0]) - rank(b[0]));
}

/** The B1 card's six sections; a missing text says so in B1 rather than leaving a heading empty. */
export function b1Sections(b1) {
  return B1_FIELDS.map(([key, heading]) => {
    const value = text(b1?.[key]);
    return { key, heading, text: value || B1_MISSING, missing: value === "" };
  });
}

/**
 * The whole instrument (GET /api/v1/keuzehulp/instrumenten/{id}) as the pages use it: every field in words, the
 * evidence, the two kinds of reviews apart, the B1 card and the template state.
 */
export function instrumentModel(answer) {
  const whole = answer && typeof answer === "object" ? answer : {};
  const item = whole.instrument && typeof whole.instrument === "object" ? whole.instrument : {};
  const professional = whole.professionalReviews && typeof whole.professionalReviews === "object" ? whole.professionalReviews : {};
  const client = whole.clientReviews && typeof whole.clientReviews === "object" ? whole.clientReviews : {};
  const professionalSummary = professional.summary && typeof professional.summary === "object" ? professional.summary : {};
  const clientSummary = client.summary && typeof client.summary === "object" ? client.summary : {};
  const professionalList = professionalItems(professional.items);
  return {
    id: text(item.id),
    status: text(item.status),
    name: text(item.name),
    aliases: list(item.aliases).map(text).filter(Boolean),
    category: labelOf(item.category),
    categoryCode: text(item.category?.code ?? item.category),
    goal: text(item.goal),
    method: text(item.method),
    targetGroup: text(item.targetGroup),
    entryConditions: text(item.entryConditions),
    provider: text(item.provider),
    locations: list(item.locations).map(text).filter(Boolean),
    duration: durationText(item.duration, item.content?.duration?.value, item.content?.duration?.unit),
    intensity: intensityText(item.intensityHoursPerWeek),
    costs: costsText(item.costs, item.content?.costsEuro),
    costsExplanation: text(item.costsExplanation),
    groupForms: list(item.groupForms).map(labelOf).filter(Boolean),
    reach: REACHES[text(item.reach)] ?? text(item.reach),
    evidence: evidenceModel(item.evidence),
    clientWishes: text(item.clientWishes),
    links: list(item.links)
      .map((entry) => ({ title: text(entry?.title) || text(entry?.url), href: webHref(entry?.url) }))
      .filter((entry) => entry.href),
    facets: item.facets && typeof item.facets === "object" ? item.facets : {},
    b1: b1Sections(item.b1),
    template: whole.template && typeof whole.template === "object" ? { changed: whole.template.changed === true, id: text(whole.template.id) } : null,
    professionalReviews: {
      count: Number(professionalSummary.count) || 0,
      summary: reviewSummaryText(professionalSummary),
      averages: professionalAverages(professionalSummary),
      items: professionalList,
      mine: professionalList.find((review) => review.mine) ?? null,
    },
    clientReviews: {
      count: Number(clientSummary.count) || 0,
      summary: reviewSummaryText(clientSummary),
      items: clientItems(client.items),
    },
  };
}

/** "Algemeen 4 · resultaat 3 · uitvoering 5" for one professional review. */
export function scoresText(review) {
  return REVIEW_SCORES.filter(([key]) => review?.[key] !== null && review?.[key] !== undefined)
    .map(([key, label], index) => `${index === 0 ? label : label.charAt(0).toLowerCase() + label.slice(1)}: ${review[key]}`)
    .join(" · ");
}

// --- the own review ------------------------------------------------------------------------------------------------

/** A score from a radio value: 1–5, else null. */
export function score(value) {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 && number <= 5 ? number : null;
}

/** At a general score of 1 or 5 the explanation is required (Eva's rule, the API's too). */
export function textRequired(general) {
  const value = score(general);
  return value === 1 || value === 5;
}

/** What the form checks before sending, the same rules as the API: field → message. */
export function reviewProblems(values, max = REVIEW_TEXT_MAX) {
  const problems = new Map();
  for (const [key, label] of REVIEW_SCORES) {
    if (score(values?.[key]) === null) problems.set(key, `${label}: kies een cijfer van 1 tot en met 5.`);
  }
  const length = text(values?.text).length;
  if (length === 0 && textRequired(values?.general)) {
    problems.set("text", "Bij een 1 of een 5 voor het algemene oordeel horen we graag waarom: schrijf een korte toelichting.");
  } else if (length > max) {
    problems.set("text", `Je toelichting is ${length - max} ${length - max === 1 ? "teken" : "tekens"} te lang (hoogstens ${max}).`);
  }
  return problems;
}

/** The PUT body of my review. */
export function reviewBody(values) {
  const body = {};
  for (const [key] of REVIEW_SCORES) body[key] = score(values?.[key]);
  body.text = text(values?.text) || null;
  return body;
}

/** My earlier review as the form's starting values. */
export function reviewValues(mine) {
  return {
    general: mine?.general ? String(mine.general) : "",
    result: mine?.result ? String(mine.result) : "",
    execution: mine?.execution ? String(mine.execution) : "",
    text: text(mine?.text),
  };
}

const isPersonalData = (error) => /persoonsgegevens$/.test(text(error?.problem?.type));

/**
 * A failed review: the message on top and the server's problems per field. Personal data gets its own explanation:
 * reviews are read by colleagues, so nothing may point to a client.
 */
export function reviewFailure(error) {
  const { message } = describeError(error);
  const byField = new Map();
  for (const entry of list(error?.problem?.errors)) {
    if (typeof entry?.message !== "string" || !entry.message.trim()) continue;
    const field = typeof entry.field === "string" && entry.field ? entry.field : "";
    if (!byField.has(field)) byField.set(field, []);
    byField.get(field).push(entry.message.trim());
  }
  if (isPersonalData(error)) {
    return {
      personal: true,
      message: "In je toelichting staan gegevens waarmee iemand te herkennen is, zoals een telefoonnummer, e-mailadres of BSN. Collega's lezen je beoordeling, dus die gegevens mogen er niet in. Haal ze weg en sla opnieuw op.",
      byField,
    };
  }
  return { personal: false, message, byField };
}

/** The link for the client: absolute, from this site's origin and the API's `url` ("/#/beoordeel/<token>"). */
export function reviewLinkUrl(origin, url) {
  const given = text(url);
  if (/^https?:\/\//i.test(given)) return given;
  const base = text(origin).replace(/\/+$/, "");
  return `${base}${given.startsWith("/") ? given : `/${given}`}`;
}

// --- comparing -----------------------------------------------------------------------------------------------------

/** The rows of the comparison, in this order: [key, row header, the cell's text from an instrument model]. */
export const COMPARE_ROWS = [
  ["categorie", "Fase in de route", (model) => model.category],
  ["doel", "Doel", (model) => model.goal],
  ["doelgroep", "Doelgroep", (model) => model.targetGroup],
  ["instroom", "Instroomvoorwaarden", (model) => model.entryConditions],
  ["duur", "Duur", (model) => model.duration],
  ["intensiteit", "Intensiteit", (model) => model.intensity],
  ["kosten", "Kosten", (model) => [model.costs, model.costsExplanation].filter(Boolean).join(". ")],
  ["onderbouwing", "Wetenschappelijke onderbouwing", (model) => [model.evidence.label, model.evidence.recognisedOn ? `erkend op ${model.evidence.recognisedOn}` : ""].filter(Boolean).join(", ")],
  ["onderzoek", "Onderzoek in Nederland", (model) => model.evidence.research.replace(/^Onderzoek in Nederland:\s*/i, "")],
  ["beoordeling", "Beoordeling door professionals", (model) => model.professionalReviews.summary],
  ["aanbieder", "Aanbieder", (model) => model.provider],
  ["locaties", "Locaties", (model) => model.locations.join(", ")],
];

/** One row per compared aspect, a cell per instrument; an empty cell says "Niet bekend". */
export function compareRows(models = []) {
  return COMPARE_ROWS.map(([key, label, cell]) => ({
    key,
    label,
    cells: models.map((model) => text(cell(model)) || "Niet bekend"),
  }));
}
