// What the stemoverzicht shows, worked out from the API's answer before any DOM is made: the parts (my
// organisation, nationwide), the breakdowns per dimension, what is suppressed and what to announce. Pure
// functions (tested with node --test).
import { formatVotes } from "./format.js";

/** The API's default; used when an answer does not say (an older server). */
export const DEFAULT_MINIMUM_GROUP_SIZE = 5;

export function minimumGroupSizeOf(overview) {
  const value = Number(overview?.minimumGroupSize);
  return Number.isInteger(value) && value >= 1 ? value : DEFAULT_MINIMUM_GROUP_SIZE;
}

/** Why a group or part is not shown, in words a colleague understands. */
export function suppressionMessage(minimumGroupSize) {
  // "Minder dan 1 stem per keuze" is true but reads oddly; with a minimum of 1 the only cause is an empty option.
  const rule = minimumGroupSize <= 1 ? "Een keuze heeft nog geen stemmen" : `Minder dan ${formatVotes(minimumGroupSize)} per keuze`;
  return `${rule}: niet getoond, zodat niemand een stem van een collega kan afleiden.`;
}

/**
 * The note under a breakdown table. Two or more hidden groups may include a big one, hidden because the small one
 * could otherwise be worked out from the other numbers (the API hides one group alone never: it could be).
 */
export function breakdownSuppressionNote(minimumGroupSize, suppressedCount) {
  const note = suppressionMessage(minimumGroupSize);
  return suppressedCount >= 2
    ? `${note} Soms laten we ook een grotere groep niet zien. Anders kun je een kleine groep uitrekenen met de andere cijfers.`
    : note;
}

/**
 * One row per option of the case, in the case's order (an option without votes has 0), then any option the
 * overview knows and the case does not (should not happen, but is not hidden).
 */
export function optionEntries(options, counted) {
  const list = Array.isArray(counted) ? counted : [];
  const entries = (options ?? []).map((option) => {
    const found = list.find((entry) => entry?.optionId === option.id);
    return { optionId: option.id, count: Number(found?.count) || 0, percentage: Number(found?.percentage) || 0 };
  });
  for (const extra of list) {
    if (extra?.optionId && !entries.some((entry) => entry.optionId === extra.optionId)) {
      entries.push({ optionId: extra.optionId, count: Number(extra.count) || 0, percentage: Number(extra.percentage) || 0 });
    }
  }
  return entries;
}

/** My organisation's or the nationwide part: null when the answer has none, else shown or suppressed. */
export function partModel(part, options) {
  if (!part || typeof part !== "object") return null;
  if (part.suppressed) return { suppressed: true, total: null, entries: [] };
  return { suppressed: false, total: Number(part.total) || 0, entries: optionEntries(options, part.options) };
}

/** The breakdowns (organisatietype, functie, jaren-in-het-vak) in the server's order, each with its groups. */
export function breakdownModels(overview, options) {
  const breakdowns = Array.isArray(overview?.breakdowns) ? overview.breakdowns : [];
  return breakdowns
    .filter((breakdown) => typeof breakdown?.dimension === "string" && breakdown.dimension)
    .map((breakdown) => {
      const groups = (Array.isArray(breakdown.groups) ? breakdown.groups : [])
        .filter((group) => typeof group?.group === "string" && group.group)
        .map((group) => ({
          group: group.group,
          label: group.label || group.group,
          ...partModel(group, options),
        }));
      return {
        dimension: breakdown.dimension,
        label: breakdown.label || breakdown.dimension,
        groups,
        suppressedCount: groups.filter((group) => group.suppressed).length,
      };
    });
}

/** A value that is safe inside an id attribute ("20+" → "20-"); test ids keep the API's codes as they are. */
export function idPart(text) {
  return String(text).replace(/[^A-Za-z0-9_-]/g, "-");
}

/**
 * Everything a reader can see, as one string: equal strings mean nothing visible changed, so the page is not
 * redrawn and nothing is announced (a vote inside a suppressed group changes the revision, not the page).
 */
export function visibleSignature(overview, options) {
  const part = (model) => (model ? (model.suppressed ? "x" : [model.total, model.entries.map((entry) => [entry.optionId, entry.count, entry.percentage])]) : null);
  return JSON.stringify({
    k: minimumGroupSizeOf(overview),
    organisation: part(partModel(overview?.organisation, options)),
    organisationName: overview?.organisation?.name ?? null,
    nationwide: part(partModel(overview?.nationwide, options)),
    breakdowns: breakdownModels(overview, options).map((breakdown) => [
      breakdown.dimension,
      breakdown.label,
      breakdown.groups.map((group) => [group.group, group.label, part(group)]),
    ]),
  });
}

/** What the live region says after an update: the national total when it can be shown. */
export function updateAnnouncement(overview, options) {
  const nationwide = partModel(overview?.nationwide, options);
  return nationwide && !nationwide.suppressed
    ? `De uitslag is bijgewerkt. Landelijk zijn er nu ${formatVotes(nationwide.total)}.`
    : "De uitslag is bijgewerkt.";
}

const organisationCount = (overview, optionId) =>
  overview?.organisation?.options?.find((entry) => entry.optionId === optionId)?.count ?? 0;

/**
 * True when my organisation's numbers include at least one vote for the option I chose. After a change of vote,
 * the count for the new option must also have gone up since `previous`.
 */
export function includesMyVote(overview, optionId, previous = null) {
  const count = organisationCount(overview, optionId);
  if (count < 1) return false;
  return previous ? count > organisationCount(previous, optionId) : true;
}

/**
 * Whether to tell the voter that the numbers may not count their vote yet. When my organisation's part is
 * suppressed the numbers do not tell, and no such warning is given.
 */
export function mayMissMyVote(overview, optionId, previous = null) {
  const organisation = overview?.organisation;
  if (!organisation || organisation.suppressed) return false;
  return !includesMyVote(overview, optionId, previous);
}
