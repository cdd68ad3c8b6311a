// Redactie: colleagues' proposals for another option (#/derde-opties, role redacteur), per Kopkraker, most
// supported first: input for new Kopkrakers.
import { api } from "../api.js";
import { proposalElement } from "../components/derde-opties.js";
import { button, h, heading, link, paragraph, replaceChildren } from "../dom.js";
import { errorAlert, renderPage } from "../layout.js";
import { proposalsPerCase } from "../reacties-model.js";
import { REDACTIE_HREF, kopkrakerHref } from "../routes.js";

export async function derdeOptiesPage({ focus, signal }) {
  const body = h("div", { class: "kk-stack", "aria-busy": "true" }, paragraph("Voorstellen laden…"));
  renderPage({
    title: "Voorstellen voor een andere aanpak",
    focus,
    content: [
      h("p", { class: "nl-paragraph kk-back" }, link(REDACTIE_HREF, "← Redactie")),
      heading(1, "Voorstellen voor een andere aanpak"),
      paragraph("Professionals stellen bij een Kopkraker soms een derde aanpak voor. Hier staan ze per Kopkraker, het meest gesteunde voorstel eerst.", { class: "nl-paragraph--lead" }),
      body,
    ],
  });

  let answer;
  try {
    answer = await api.reacties.proposalsForEditors({ signal });
  } catch (error) {
    if (signal.aborted || error?.name === "AbortError") return;
    body.removeAttribute("aria-busy");
    replaceChildren(body, errorAlert(error), button("Probeer opnieuw", { onclick: () => derdeOptiesPage({ focus: true, signal }) }, "secondary"));
    return;
  }
  if (signal.aborted) return;
  body.removeAttribute("aria-busy");
  const perCase = proposalsPerCase(answer);
  replaceChildren(body, perCase.length === 0
    ? paragraph("Er zijn nog geen voorstellen.")
    : h("div", { class: "kk-stack", "data-testid": "redactie-derde-opties" }, perCase.map(([caseId, proposals]) =>
        h("section", { "aria-labelledby": `voorstellen-${caseId}`, "data-testid": `redactie-derde-opties-${caseId}` },
          heading(2, link(kopkrakerHref(caseId), `Kopkraker ${caseId}`), { id: `voorstellen-${caseId}` }),
          h("ol", { class: "kk-proposals" }, proposals.map((proposal) => h("li", {}, proposalElement(proposal, { headingLevel: 3 }))))))));
}
