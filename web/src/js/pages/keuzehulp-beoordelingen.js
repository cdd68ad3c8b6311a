// Beoordelingen in de Keuzehulp (#/keuzehulp/beoordelingen, role moderator): the organisation's reviews with a text,
// newest first, from professionals and from clients. Hiding or restoring one needs a reason, which is kept.
import { api } from "../api.js";
import { textField } from "../components/form.js";
import { button, h, heading, link, paragraph, replaceChildren, setButtonBusy } from "../dom.js";
import { formatDateTime } from "../format.js";
import { instrumentHref } from "../keuzehulp-search.js";
import { loadInto, renderPage, showFieldProblems } from "../layout.js";
import { MODERATIE_HREF } from "../routes.js";

const SOURCES = { PROFESSIONAL: "Professional", CLIENT: "Klant" };
const REASON_MAX = 300;

export async function keuzehulpBeoordelingenPage({ focus, signal }) {
  const body = h("div", { class: "kk-stack", "aria-busy": "true" }, paragraph("Beoordelingen laden…"));
  const announcement = h("p", { class: "kk-visually-hidden", "aria-live": "polite", "data-testid": "kh-moderatie-melding" });
  renderPage({
    title: "Beoordelingen in de Keuzehulp",
    focus,
    content: [
      h("p", { class: "nl-paragraph kk-back" }, link(MODERATIE_HREF, "← Moderatie van reacties", { "data-testid": "terug" })),
      heading(1, "Beoordelingen in de Keuzehulp"),
      paragraph("Beoordelingen met een tekst, van professionals en van klanten. Verberg een beoordeling als die de regels breekt, bijvoorbeeld omdat iemand erin te herkennen is. Schrijf altijd op waarom.", { class: "nl-paragraph--lead" }),
      body,
      announcement,
    ],
  });

  function load() {
    return loadInto(body, {
      signal,
      load: () => api.keuzehulp.reviews({ signal }),
      render: (reviews) => {
        const list = Array.isArray(reviews) ? reviews : [];
        return (
          list.length === 0
            ? paragraph("Er zijn nog geen beoordelingen met een tekst.", { "data-testid": "kh-moderatie-leeg" })
            : h("ul", { class: "kk-moderation-list", "data-testid": "kh-moderatie" }, list.map((review) => h("li", {}, itemElement(review))))
        );
      },
    });
  }

  function itemElement(review) {
    const id = String(review?.id ?? "");
    const hidden = review?.hidden === true;
    const instrument = review?.instrumentName || review?.instrumentId || "";
    const reason = textField({
      id: `kh-reden-${id}`,
      label: hidden ? "Waarom zet je deze beoordeling terug?" : "Waarom verberg je deze beoordeling?",
      kind: "textarea",
      rows: 2,
      description: "Andere moderatoren kunnen de reden later teruglezen.",
      attributes: { maxlength: String(REASON_MAX) },
    });
    const messages = h("div", { class: "kk-messages", tabindex: "-1" });
    const submit = button(hidden ? "Terugzetten" : "Verbergen", { type: "submit", "data-testid": `${hidden ? "terugzetten" : "verbergen"}-${id}` }, hidden ? "secondary" : "primary");
    const form = h("form", { class: "kk-inline-form", novalidate: true, "aria-label": hidden ? "Beoordeling terugzetten" : "Beoordeling verbergen" }, reason.element, messages, submit);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      reason.setProblems([]);
      replaceChildren(messages);
      const why = reason.control.value.trim();
      if (why === "") {
        reason.setProblems(["Schrijf kort op waarom. Dat is verplicht."]);
        reason.control.focus();
        return;
      }
      setButtonBusy(submit, true, "Bezig…");
      let updated;
      try {
        updated = await api.keuzehulp.hideReview(id, !hidden, why);
      } catch (error) {
        setButtonBusy(submit, false);
        if (signal.aborted) return;
        showFieldProblems(error, reason, "reason", messages);
        return;
      }
      const next = itemElement(updated ?? { ...review, hidden: !hidden });
      article.replaceWith(next);
      next.querySelector("h2")?.focus();
      announcement.textContent = "";
      setTimeout(() => {
        announcement.textContent = !hidden ? "De beoordeling is verborgen." : "De beoordeling is teruggezet.";
      }, 50);
    });
    const moderation = Array.isArray(review?.moderation) ? review.moderation : [];
    const titleId = `kh-beoordeling-${id}`;
    const article = h(
      "article",
      { class: "kk-moderation-item", "aria-labelledby": titleId, "data-testid": `kh-beoordeling-${id}`, "data-state": hidden ? "hidden" : "visible" },
      heading(2, `${SOURCES[review?.source] ?? "Beoordeling"} over ${instrument}`, { id: titleId, tabindex: "-1", class: "kk-kh-moderation__title" }),
      h(
        "p",
        { class: "nl-paragraph kk-reaction__meta" },
        h("span", {}, `Cijfer ${review?.general ?? "?"} van 5`),
        review?.at ? h("span", {}, formatDateTime(review.at)) : null,
        hidden ? h("span", { class: "nl-data-badge kk-status-badge", "data-testid": `kh-verborgen-${id}` }, "verborgen") : null,
        review?.instrumentId ? link(instrumentHref(review.instrumentId), "Naar het instrument") : null,
      ),
      h("blockquote", { class: "kk-moderation-item__text" }, String(review?.text ?? "")),
      moderation.length > 0
        ? h(
            "details",
            { class: "kk-audit" },
            h("summary", {}, `Eerdere besluiten (${moderation.length})`),
            h("ol", { class: "utrecht-unordered-list" }, moderation.map((entry) => h("li", { class: "utrecht-unordered-list__item" }, typeof entry === "string" ? entry : JSON.stringify(entry)))),
          )
        : null,
      form,
    );
    return article;
  }

  await load();
}
