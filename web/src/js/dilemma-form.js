// "Dilemma inbrengen": between the form and the API of the praktijkdilemma intake (docs/api-v1-praktijkdilemmas.md).
// The questionnaire's choices and limits, the draft kept on this device (save, restore, forget), the POST body, and
// what a failure means for the form: the server's 422 field names ("dilemmas[1].approach2",
// "dilemmas[0].knowledgeSources[1]", "background.functionOther", "consent") → the field that shows the message and
// the control that gets focus. Pure functions (tested with node --test).
import { characterCount } from "./reacties-model.js";
import { ApiError, describeError } from "./problems.js";
import { jwtPayload } from "./roles.js";

/** The API's limits, used until (or when) the questionnaire does not give them. */
export const DEFAULT_LIMITS = { dilemmas: 2, problem: 2000, approach: 1000, otherKnowledgeSource: 200, functionOther: 100, remark: 1000 };

/** The code of "Anders" in the function and knowledge-source lists. */
export const OTHER = "anders";

export const NOT_SAYING = "Zeg ik liever niet";

export const PRIVACY_HINT =
  "Je antwoorden zijn anoniem. Schrijf over de situatie, niet over wie het is: geen namen, BSN, adressen, telefoonnummers of e-mailadressen.";

export const DRAFT_VERSION = 1;

const DRAFT_PREFIX = "kk-dilemma-concept-";

/**
 * Whose draft it is: the organisation and the signed-in person (the token's `sub`), so someone else signing in on the
 * same device never sees it.
 */
export function draftOwner(session) {
  const user = session?.user?.profile?.sub ?? jwtPayload(session?.user?.access_token)?.sub ?? null;
  return { tenant: String(session?.tenant?.id ?? "onbekend"), user: typeof user === "string" && user !== "" ? user : "onbekend" };
}

/** The key of the draft in localStorage: "kk-dilemma-concept-<tenant>-<sub>". */
export function draftKey(owner) {
  return `${DRAFT_PREFIX}${owner?.tenant ?? "onbekend"}-${encodeURIComponent(owner?.user ?? "onbekend")}`;
}

/**
 * Signing out removes the person's draft, and the one an earlier version kept per organisation only
 * ("kk-dilemma-concept-<tenant>"), which anyone of that organisation on this device could have opened.
 */
export function forgetUserDrafts(storage, owner) {
  try {
    storage?.removeItem(draftKey(owner));
    storage?.removeItem(`${DRAFT_PREFIX}${owner?.tenant ?? "onbekend"}`);
    return true;
  } catch {
    return false;
  }
}

const asText = (value, max = 20000) => (typeof value === "string" ? value.slice(0, max) : "");
const positive = (value, fallback) => (Number.isInteger(value) && value > 0 ? value : fallback);

/** The limits of the questionnaire, each falling back to the API's documented value. */
export function limitsOf(questionnaire) {
  const given = questionnaire?.limits ?? {};
  return Object.fromEntries(Object.entries(DEFAULT_LIMITS).map(([key, fallback]) => [key, positive(given[key], fallback)]));
}

/** [code, label] pairs from one of the questionnaire's lists, skipping broken entries. */
export function choices(list) {
  return (Array.isArray(list) ? list : [])
    .filter((entry) => typeof entry?.code === "string" && entry.code !== "")
    .map((entry) => [entry.code, typeof entry.label === "string" && entry.label ? entry.label : entry.code]);
}

/** The questionnaire as the form uses it: consent text, the four lists as [code, label] pairs, the limits. */
export function questionnaireModel(questionnaire) {
  return {
    consent: typeof questionnaire?.consent === "string" ? questionnaire.consent : "",
    functions: choices(questionnaire?.functions),
    educationLevels: choices(questionnaire?.educationLevels),
    yearsInField: choices(questionnaire?.yearsInField),
    knowledgeSources: choices(questionnaire?.knowledgeSources),
    limits: limitsOf(questionnaire),
  };
}

export function emptyDilemma() {
  return { problem: "", approach1: "", approach2: "", knowledgeSources: [], otherKnowledgeSource: "", chosenApproach: null };
}

export function emptyDraft() {
  return {
    consent: false,
    background: { function: "", functionOther: "", educationLevel: "", yearsInField: "" },
    dilemmas: [emptyDilemma()],
    remark: "",
  };
}

/** True when nothing has been typed or chosen yet (consent alone is not worth keeping). */
export function isEmptyDraft(draft) {
  if (!draft) return true;
  const background = draft.background ?? {};
  if (Object.values(background).some((value) => String(value ?? "").trim() !== "")) return false;
  if (String(draft.remark ?? "").trim() !== "") return false;
  return (draft.dilemmas ?? []).every(
    (dilemma) =>
      ["problem", "approach1", "approach2", "otherKnowledgeSource"].every((key) => String(dilemma?.[key] ?? "").trim() === "") &&
      (dilemma?.knowledgeSources ?? []).length === 0 &&
      !dilemma?.chosenApproach,
  );
}

/** The draft as stored: the form's values, a version and when it was saved. */
export function serializeDraft(draft, savedAt = new Date()) {
  return JSON.stringify({ version: DRAFT_VERSION, savedAt: savedAt.toISOString(), ...draft });
}

/**
 * A stored draft, checked against the questionnaire: codes it no longer has are dropped, texts are strings, at most
 * `limits.dilemmas` dilemmas (at least one). Null when there is nothing usable (missing, broken JSON, another version).
 * Texts are not cut at the limit: the counter shows what is too long, the author decides what goes.
 */
export function parseDraft(text, model = { functions: [], educationLevels: [], yearsInField: [], knowledgeSources: [], limits: DEFAULT_LIMITS }) {
  if (typeof text !== "string" || text === "") return null;
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!data || typeof data !== "object" || data.version !== DRAFT_VERSION) return null;
  const known = (list, value) => (typeof value === "string" && list.some(([code]) => code === value) ? value : "");
  const sources = model.knowledgeSources.map(([code]) => code);
  const background = data.background && typeof data.background === "object" ? data.background : {};
  const max = positive(model.limits?.dilemmas, DEFAULT_LIMITS.dilemmas);
  const given = Array.isArray(data.dilemmas) ? data.dilemmas.slice(0, max) : [];
  const dilemmas = given.map((dilemma) => ({
    problem: asText(dilemma?.problem),
    approach1: asText(dilemma?.approach1),
    approach2: asText(dilemma?.approach2),
    knowledgeSources: sources.filter((code) => Array.isArray(dilemma?.knowledgeSources) && dilemma.knowledgeSources.includes(code)),
    otherKnowledgeSource: asText(dilemma?.otherKnowledgeSource),
    chosenApproach: dilemma?.chosenApproach === 1 || dilemma?.chosenApproach === 2 ? dilemma.chosenApproach : null,
  }));
  const draft = {
    consent: data.consent === true,
    background: {
      function: known(model.functions, background.function),
      functionOther: asText(background.functionOther),
      educationLevel: known(model.educationLevels, background.educationLevel),
      yearsInField: known(model.yearsInField, background.yearsInField),
    },
    dilemmas: dilemmas.length > 0 ? dilemmas : [emptyDilemma()],
    remark: asText(data.remark),
  };
  const savedAt = typeof data.savedAt === "string" && !Number.isNaN(Date.parse(data.savedAt)) ? data.savedAt : null;
  return { draft, savedAt };
}

/** Reads the draft from `storage` (localStorage); null when there is none or it cannot be read. */
export function loadDraft(storage, owner, model) {
  try {
    return parseDraft(storage?.getItem(draftKey(owner)) ?? null, model);
  } catch {
    return null;
  }
}

/** Writes the draft (an empty one is removed instead). False when the device does not allow it. */
export function saveDraft(storage, owner, draft, savedAt = new Date()) {
  try {
    if (isEmptyDraft(draft)) storage.removeItem(draftKey(owner));
    else storage.setItem(draftKey(owner), serializeDraft(draft, savedAt));
    return true;
  } catch {
    return false;
  }
}

export function forgetDraft(storage, owner) {
  try {
    storage.removeItem(draftKey(owner));
    return true;
  } catch {
    return false;
  }
}

const trimmedOrNull = (value) => {
  const text = String(value ?? "").trim();
  return text === "" ? null : text;
};

/**
 * The POST body. Empty answers become null; "namelijk …" goes only with function "Anders", the other knowledge
 * source only when "Anders" is ticked (the draft keeps both, so switching back brings the text back). Knowledge
 * sources go in the questionnaire's order.
 */
export function submissionBody(draft, model = null) {
  const order = model?.knowledgeSources?.map(([code]) => code) ?? null;
  const background = draft?.background ?? {};
  const functionCode = trimmedOrNull(background.function);
  return {
    consent: draft?.consent === true,
    background: {
      function: functionCode,
      functionOther: functionCode === OTHER ? trimmedOrNull(background.functionOther) : null,
      educationLevel: trimmedOrNull(background.educationLevel),
      yearsInField: trimmedOrNull(background.yearsInField),
    },
    dilemmas: (draft?.dilemmas ?? []).map((dilemma) => {
      const picked = Array.isArray(dilemma?.knowledgeSources) ? [...new Set(dilemma.knowledgeSources)] : [];
      const sources = order ? order.filter((code) => picked.includes(code)) : picked;
      return {
        problem: trimmedOrNull(dilemma?.problem),
        approach1: trimmedOrNull(dilemma?.approach1),
        approach2: trimmedOrNull(dilemma?.approach2),
        knowledgeSources: sources,
        otherKnowledgeSource: sources.includes(OTHER) ? trimmedOrNull(dilemma?.otherKnowledgeSource) : null,
        chosenApproach: dilemma?.chosenApproach === 1 || dilemma?.chosenApproach === 2 ? dilemma.chosenApproach : null,
      };
    }),
    remark: trimmedOrNull(draft?.remark),
  };
}

// --- fields, ids and the server's field names -------------------------------------------------------------------

/** The control's id (also its test id) for an API field path: "veld-dilemmas[0].problem". */
export function controlId(path) {
  return `veld-${path}`;
}

/** The id of one checkbox or radio in a group, as components/form.js's choiceGroup makes it. */
export function choiceId(groupPath, value) {
  return `${controlId(groupPath)}-${String(value).replace(/[^A-Za-z0-9]+/g, "-")}`;
}

/** The counted text fields of a draft with their limit: [path, limit key]. */
export function countedFields(draft) {
  const fields = [["background.functionOther", "functionOther"]];
  (draft?.dilemmas ?? []).forEach((_, i) => {
    fields.push([`dilemmas[${i}].problem`, "problem"], [`dilemmas[${i}].approach1`, "approach"], [`dilemmas[${i}].approach2`, "approach"]);
    fields.push([`dilemmas[${i}].otherKnowledgeSource`, "otherKnowledgeSource"]);
  });
  fields.push(["remark", "remark"]);
  return fields;
}

/** The live counter for a text: "12 / 2000 tekens", over the limit ": 12 te veel" (trimmed, as the server counts). */
export function counter(text, max) {
  return characterCount(text, max);
}

const DILEMMA_PARTS = {
  problem: "de vraag",
  approach1: "aanpak 1",
  approach2: "aanpak 2",
  knowledgeSources: "bronnen van kennis",
  otherKnowledgeSource: "andere bron",
  chosenApproach: "gekozen aanpak",
};

const BACKGROUND_PARTS = {
  function: "Functie",
  functionOther: "Functie, namelijk",
  educationLevel: "Opleiding",
  yearsInField: "Jaren in het vak",
};

/**
 * Where a field named by the server lives on the form:
 * - `field`: the form field that shows the message (a text field, a select, or a checkbox/radio group), or null when
 *   the message belongs to the whole form;
 * - `focus`: the id of the control the summary's link moves to (for a wrong knowledge source: that checkbox, found
 *   through the body that was sent);
 * - `label`: a short Dutch name for the summary ("Dilemma 2, aanpak 2").
 */
export function fieldTarget(name, body = null) {
  const path = String(name ?? "");
  if (path === "consent") return { field: "consent", focus: controlId("consent"), label: "Toestemming" };
  if (path === "remark") return { field: "remark", focus: controlId("remark"), label: "Opmerkingen" };
  const background = path.match(/^background\.(function|functionOther|educationLevel|yearsInField)$/);
  if (background) return { field: path, focus: controlId(path), label: BACKGROUND_PARTS[background[1]] };
  const source = path.match(/^dilemmas\[(\d+)\]\.knowledgeSources\[(\d+)\]$/);
  if (source) {
    const group = `dilemmas[${source[1]}].knowledgeSources`;
    const code = body?.dilemmas?.[Number(source[1])]?.knowledgeSources?.[Number(source[2])];
    return { field: group, focus: code ? choiceId(group, code) : null, label: `Dilemma ${Number(source[1]) + 1}, bronnen van kennis` };
  }
  const part = path.match(/^dilemmas\[(\d+)\]\.(\w+)$/);
  if (part && DILEMMA_PARTS[part[2]]) {
    const number = Number(part[1]) + 1;
    const label = `Dilemma ${number}, ${DILEMMA_PARTS[part[2]]}`;
    if (part[2] === "knowledgeSources") return { field: path, focus: null, label };
    if (part[2] === "chosenApproach") return { field: path, focus: choiceId(path, "1"), label };
    return { field: path, focus: controlId(path), label };
  }
  const dilemma = path.match(/^dilemmas\[(\d+)\]$/);
  if (dilemma) return { field: null, focus: controlId(`${path}.problem`), label: `Dilemma ${Number(dilemma[1]) + 1}` };
  if (path === "dilemmas") return { field: null, focus: null, label: "Dilemma's" };
  return { field: null, focus: null, label: null };
}

/**
 * What a failed send means for the form.
 * - `kind`: "invalid" (422 with field errors), "personal" (422 persoonsgegevens), "wait" (429), "other";
 * - `message`: the alert's sentence; `waitSeconds` (429);
 * - `byField`: Map field → messages, to show next to each field;
 * - `summary`: [{message, focus, field}] in the server's order, for the list of links at the top.
 * The texts are never touched: the author fixes them and sends again.
 */
export function sendFailure(error, body = null) {
  const { message } = describeError(error);
  const result = { kind: "other", message, waitSeconds: null, byField: new Map(), summary: [] };
  if (!(error instanceof ApiError)) return result;
  if (error.status === 429) {
    const waitSeconds = error.retryAfter ?? null;
    return {
      ...result,
      kind: "wait",
      waitSeconds,
      message: waitSeconds
        ? `Je hebt net al een paar keer iets ingestuurd. Je kunt weer versturen over ${waitText(waitSeconds)}. Je tekst blijft bewaard.`
        : "Je hebt net al een paar keer iets ingestuurd. Probeer het later opnieuw. Je tekst blijft bewaard.",
    };
  }
  if (error.status !== 422) return result;
  const errors = (Array.isArray(error.problem?.errors) ? error.problem.errors : []).filter(
    (entry) => typeof entry?.message === "string" && entry.message.trim() !== "",
  );
  const personal = /persoonsgegevens$/.test(String(error.problem?.type ?? ""));
  for (const entry of errors) {
    const target = fieldTarget(entry.field, body);
    if (target.field) {
      if (!result.byField.has(target.field)) result.byField.set(target.field, []);
      result.byField.get(target.field).push(entry.message.trim());
    }
    result.summary.push({
      message: target.label ? `${target.label}: ${entry.message.trim()}` : entry.message.trim(),
      focus: target.focus,
      field: target.field,
    });
  }
  return {
    ...result,
    kind: personal ? "personal" : "invalid",
    message: personal
      ? "Er staan gegevens in waarmee iemand te herkennen is, zoals een telefoonnummer of e-mailadres. We bewaren alleen anonieme dilemma's. Haal die gegevens weg of beschrijf het anders, en verstuur opnieuw. Er is nog niets verstuurd."
      : errors.length === 1
        ? "Er is nog 1 ding aan te passen voordat je kunt versturen:"
        : `Er zijn nog ${errors.length} dingen aan te passen voordat je kunt versturen:`,
  };
}

/** 45 → "45 seconden", 60 → "1 minuut", 540 → "9 minuten" (whole minutes, rounded up). */
export function waitText(seconds) {
  const value = Math.max(1, Math.ceil(Number(seconds) || 0));
  if (value < 60) return value === 1 ? "1 seconde" : `${value} seconden`;
  const minutes = Math.ceil(value / 60);
  return minutes === 1 ? "1 minuut" : `${minutes} minuten`;
}

/** "Je dilemma is ontvangen als PD-0042." / "Je dilemma's zijn ontvangen als PD-0042 en PD-0043." */
export function receivedText(ids) {
  const list = (Array.isArray(ids) ? ids : []).filter((id) => typeof id === "string" && id);
  if (list.length === 0) return "Je dilemma is ontvangen.";
  if (list.length === 1) return `Je dilemma is ontvangen als ${list[0]}.`;
  return `Je dilemma's zijn ontvangen als ${list.slice(0, -1).join(", ")} en ${list.at(-1)}.`;
}

/** The label of a chosen-approach radio: "Aanpak 1: <the first words of the text>" once the approach is written. */
export function approachLabel(number, text, max = 90) {
  const clean = String(text ?? "").replace(/\s+/g, " ").trim();
  if (clean === "") return `Aanpak ${number}`;
  return `Aanpak ${number}: ${clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean}`;
}
