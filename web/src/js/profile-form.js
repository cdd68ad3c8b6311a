// "Mijn profiel": between the API's profile ({function, yearsInField}, codes or null) and the form's two selects
// (an empty value means "zeg ik liever niet"). Pure functions (tested with node --test).

/** The two fields: the API's name, the select's id (also its test id) and its label. */
export const PROFILE_FIELDS = [
  { field: "function", id: "profiel-functie", label: "Functie", choices: "functions" },
  { field: "yearsInField", id: "profiel-jaren", label: "Jaren in het vak", choices: "yearsInField" },
];

export const NOT_SAYING = "Zeg ik liever niet";

/** [code, label] pairs from a vocabulary list of the API, skipping broken entries. */
export function choicePairs(list) {
  return (Array.isArray(list) ? list : [])
    .filter((entry) => typeof entry?.code === "string" && entry.code !== "")
    .map((entry) => [entry.code, typeof entry.label === "string" && entry.label ? entry.label : entry.code]);
}

/**
 * The selects' values for a stored profile. A stored code the list no longer has is kept with its code as label,
 * so opening and saving the form never drops it silently.
 */
export function formValues(profile, vocabularies) {
  const values = {};
  const choices = {};
  for (const { field, choices: list } of PROFILE_FIELDS) {
    const pairs = choicePairs(vocabularies?.[list]);
    const stored = typeof profile?.[field] === "string" ? profile[field] : "";
    if (stored && !pairs.some(([code]) => code === stored)) pairs.push([stored, stored]);
    values[field] = stored;
    choices[field] = pairs;
  }
  return { values, choices };
}

/** The PUT body: an empty choice becomes null ("zeg ik liever niet"). */
export function profileBody(values) {
  const body = {};
  for (const { field } of PROFILE_FIELDS) body[field] = values?.[field] ? values[field] : null;
  return body;
}

/** True when at least one of the two is filled in. */
export function hasProfile(profile) {
  return Boolean(profile?.function || profile?.yearsInField);
}

/** The server's field problems per form field; messages for other fields (or none) under "". */
export function problemsPerField(problem) {
  const result = { "": [] };
  for (const { field } of PROFILE_FIELDS) result[field] = [];
  for (const entry of Array.isArray(problem?.errors) ? problem.errors : []) {
    if (typeof entry?.message !== "string" || !entry.message.trim()) continue;
    const key = Object.hasOwn(result, entry.field) && entry.field !== "" ? entry.field : "";
    result[key].push(entry.message);
  }
  return result;
}
