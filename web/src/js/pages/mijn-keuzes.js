// "Mijn keuzes": the Kopkrakers I chose on, newest first, with what I chose and whether the case changed since.
import { api } from "../api.js";
import { button, h, heading, link, paragraph, replaceChildren } from "../dom.js";
import { formatDate } from "../format.js";
import { errorAlert, renderPage } from "../layout.js";
import { kopkrakerHref } from "../routes.js";
import { changedAfterVote } from "./kopkraker.js";

export async function mijnKeuzesPage({ focus, signal }) {
  const body = h("div", { class: "kk-stack", "aria-busy": "true" }, paragraph("Je keuzes worden geladen…"));
  renderPage({
    title: "Mijn keuzes",
    focus,
    content: [
      heading(1, "Mijn keuzes"),
      paragraph("De Kopkrakers waarbij je een aanpak koos, en wat je koos. Je kunt je keuze altijd nog veranderen.", {
        class: "nl-paragraph--lead",
      }),
      body,
    ],
  });

  let votes;
  let cases;
  try {
    const answer = await api.myVotes({ signal });
    votes = (Array.isArray(answer?.items) ? answer.items : []).filter((vote) => vote?.caseId);
    // The option titles and the current version come from each case; one that is gone still shows my choice.
    cases = await Promise.all(votes.map((vote) => api.kopkraker(vote.caseId).catch(() => null)));
  } catch (error) {
    if (signal.aborted || error?.name === "AbortError") return;
    body.removeAttribute("aria-busy");
    replaceChildren(body, errorAlert(error), button("Probeer opnieuw", { onclick: () => mijnKeuzesPage({ focus: true, signal }) }, "secondary"));
    return;
  }
  if (signal.aborted) return;

  body.removeAttribute("aria-busy");
  if (votes.length === 0) {
    replaceChildren(
      body,
      paragraph("Je hebt nog bij geen enkele Kopkraker gekozen."),
      paragraph(link("#/", "Naar de Kopkrakers")),
    );
    return;
  }
  replaceChildren(
    body,
    h("ul", { class: "kk-case-list", "data-testid": "mijn-keuzes-lijst" }, votes.map((vote, index) => choiceCard(vote, cases[index]))),
  );
}

function choiceCard(vote, kopkraker) {
  const option = kopkraker?.options?.find((entry) => entry.id === vote.optionId);
  const chosen = option ? `Aanpak ${option.id}: ${option.title}` : `Aanpak ${vote.optionId}`;
  const castAt = formatDate(vote.castAt);
  const titleId = `mijn-keuze-titel-${vote.caseId}`;
  return h(
    "li",
    { class: "kk-case-card", "data-testid": `mijn-keuze-${vote.caseId}` },
    h(
      "article",
      { "aria-labelledby": titleId },
      kopkraker?.number ? h("p", { class: "kk-pre-heading" }, `Kopkraker ${kopkraker.number}`) : null,
      heading(
        2,
        kopkraker ? link(kopkrakerHref(vote.caseId), kopkraker.title, { class: "kk-case-card__link" }) : `Kopkraker ${vote.caseId}`,
        { id: titleId, class: "kk-case-card__title" },
      ),
      paragraph(["Jij koos: ", h("strong", {}, chosen), "."], { "data-testid": `mijn-keuze-${vote.caseId}-aanpak` }),
      castAt ? paragraph(`Gekozen op ${castAt}.`, { class: "kk-hint" }) : null,
      kopkraker === null ? paragraph("Deze Kopkraker is niet meer te lezen.", { class: "kk-hint" }) : null,
      changedAfterVote(kopkraker, vote)
        ? h(
            "p",
            { class: "nl-paragraph kk-changed", "data-testid": `aangepast-${vote.caseId}` },
            "Deze Kopkraker is aangepast nadat je koos. Lees hem opnieuw en kijk of je keuze nog klopt.",
          )
        : null,
    ),
  );
}
