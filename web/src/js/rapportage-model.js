// "Rapportage dilemma's": the period in the hash ("#/praktijkdilemmas/rapportage?van=2026-01-01&tot=2026-12-31") and
// the API's report as tables like TNO's tables 1–3 (seed 001, section 2.3). Pure functions (tested with node --test).

export const PERIOD_FIELDS = ["van", "tot"];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A real calendar day written as yyyy-mm-dd (what a date input gives), else false. */
export function isDay(value) {
  if (typeof value !== "string" || !DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The period from the hash's query: only real days are kept. */
export function parsePeriod(query) {
  const params = new URLSearchParams(query ?? "");
  const period = {};
  for (const name of PERIOD_FIELDS) {
    const value = params.get(name)?.trim();
    if (isDay(value)) period[name] = value;
  }
  return period;
}

export function rapportageHref(period = {}) {
  const params = new URLSearchParams();
  for (const name of PERIOD_FIELDS) if (isDay(period[name])) params.set(name, period[name]);
  const query = params.toString();
  return query ? `#/praktijkdilemmas/rapportage?${query}` : "#/praktijkdilemmas/rapportage";
}

/** "2026-01-31" → "31 januari 2026". */
export function formatDay(value) {
  return isDay(value) ? dateFormat.format(new Date(`${value}T00:00:00Z`)) : "";
}

/**
 * The problems of a period before asking the server, per field: a half-typed date (the input's value is empty while
 * its text is not a date, so the page passes `incomplete`), or "tot" before "van".
 */
export function periodProblems({ van = "", tot = "" } = {}, incomplete = {}) {
  const problems = { van: [], tot: [] };
  if (incomplete.van) problems.van.push("Dit is geen hele datum. Vul dag, maand en jaar in, of maak het veld leeg.");
  if (incomplete.tot) problems.tot.push("Dit is geen hele datum. Vul dag, maand en jaar in, of maak het veld leeg.");
  if (isDay(van) && isDay(tot) && tot < van) problems.tot.push("De periode eindigt voor ze begint: kies een 'tot' op of na 'van'.");
  return problems;
}

/** "Van 1 januari 2026 tot en met 31 december 2026", "Vanaf …", "Tot en met …", or everything. */
export function periodText(from, to) {
  if (isDay(from) && isDay(to)) return `Van ${formatDay(from)} tot en met ${formatDay(to)}`;
  if (isDay(from)) return `Vanaf ${formatDay(from)}`;
  if (isDay(to)) return `Tot en met ${formatDay(to)}`;
  return "Alle ingestuurde dilemma's tot nu toe";
}

const count = (value) => (Number.isFinite(Number(value)) ? Number(value) : 0);
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** "35%" (the API's whole percentages). */
export function percentText(value) {
  return `${Math.round(count(value))}%`;
}

const rows = (list, prefix) =>
  (Array.isArray(list) ? list : []).map((row) => {
    const code = typeof row?.code === "string" && row.code ? row.code : null;
    return {
      code,
      key: code ?? "geen",
      testId: `${prefix}-${code ?? "geen"}`,
      label: String(row?.label ?? code ?? ""),
      count: count(row?.count),
      percentage: count(row?.percentage),
      empty: code === null,
      kopkrakers: Array.isArray(row?.kopkrakers) ? row.kopkrakers.filter((id) => typeof id === "string" && id) : [],
    };
  });

/**
 * The report's tables, in TNO's order: table 1 (functions) with education and years in the field as shares of
 * respondents; table 2, knowledge sources as a share of dilemmas; table 3, dilemmas per theme with their Kopkrakers.
 * `basis` says what 100% is (the column header stays a short "%", so the table fits a phone).
 */
export function reportTables(report) {
  const respondents = count(report?.respondents);
  const dilemmas = count(report?.dilemmas);
  const ofRespondents = `Percentages van ${plural(respondents, "respondent", "respondenten")}: een respondent is één ingestuurd formulier.`;
  const ofDilemmas = `Percentages van ${plural(dilemmas, "dilemma", "dilemma's")}.`;
  return [
    {
      key: "functies",
      caption: "Tabel 1. Functie van de respondenten",
      groupHeader: "Functie",
      countHeader: "Aantal",
      basis: ofRespondents,
      rows: rows(report?.functions, "rapportage-functies"),
    },
    {
      key: "opleiding",
      caption: "Opleiding van de respondenten",
      groupHeader: "Opleiding",
      countHeader: "Aantal",
      basis: ofRespondents,
      rows: rows(report?.educationLevels, "rapportage-opleiding"),
    },
    {
      key: "jaren",
      caption: "Jaren in het vak",
      groupHeader: "Jaren in het vak",
      countHeader: "Aantal",
      basis: ofRespondents,
      rows: rows(report?.yearsInField, "rapportage-jaren"),
    },
    {
      key: "bronnen",
      caption: "Tabel 2. Bronnen van kennis voor de aanpakken",
      groupHeader: "Bron van kennis",
      countHeader: "Dilemma's",
      basis: `${ofDilemmas} Bij één dilemma kun je meer bronnen kiezen. Daarom is het samen meer dan 100%.`,
      rows: rows(report?.knowledgeSources, "rapportage-bronnen"),
    },
    {
      key: "themas",
      caption: "Tabel 3. Thema's van de dilemma's",
      groupHeader: "Thema",
      countHeader: "Dilemma's",
      basis: `${ofDilemmas} Onder een thema staan de Kopkrakers die uit deze dilemma's zijn gemaakt.`,
      withKopkrakers: true,
      rows: rows(report?.themes, "rapportage-themas"),
    },
  ];
}

/** "23 respondenten (ingestuurde formulieren) met 37 dilemma's." */
export function totalsText(report) {
  const respondents = count(report?.respondents);
  const dilemmas = count(report?.dilemmas);
  if (respondents === 0) return "In deze periode is nog geen dilemma ingestuurd.";
  return `${plural(respondents, "respondent", "respondenten")} (ingestuurde formulieren) met ${plural(dilemmas, "dilemma", "dilemma's")}.`;
}

/** "Kopkraker 7: Olivier" when the published list knows the id, else the id itself. */
export function kopkrakerName(id, known = new Map()) {
  const item = known.get(id);
  if (!item) return id;
  return [item.number ? `Kopkraker ${item.number}` : null, item.title || null].filter(Boolean).join(": ") || id;
}
