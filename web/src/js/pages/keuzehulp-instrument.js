// One instrument of the Keuzehulp (#/keuzehulp/{id}): every field, the evidence ladder with what its step means (and
// for a statutory instrument the research findings instead), Dutch research apart, and the reviews apart again:
// professionals and clients each in their own part, averages only when there are enough. A professional writes or
// replaces an own review (three scores, a text that is required at 1 or 5) and makes a one-time review link for a
// client. "Samen bekijken" (#/keuzehulp/{id}/samen) is the calm B1 card for the conversation with the client.
import { api } from "../api.js";
import { choiceGroup, textField } from "../components/form.js";
import { compareBar, compareCheckbox } from "../components/keuzehulp-vergelijk.js";
import { button, h, heading, link, linkButton, paragraph, paragraphs, replaceChildren, setButtonBusy } from "../dom.js";
import { formatDate } from "../format.js";
import {
  REVIEW_PRIVACY_HINT,
  REVIEW_SCORES,
  REVIEW_TEXT_MAX,
  SCORE_WORDS,
  facetLabels,
  formatDay,
  instrumentModel,
  reviewBody,
  reviewFailure,
  reviewLinkUrl,
  reviewProblems,
  reviewValues,
  scoresText,
  textRequired,
} from "../keuzehulp-instrument.js";
import { instrumentHref } from "../keuzehulp-search.js";
import { characterCount } from "../reacties-model.js";
import { alertBox, errorAlert, renderPage } from "../layout.js";
import { mayVote } from "../roles.js";
import { lastSearchHref } from "./keuzehulp.js";

const backLink = () => h("p", { class: "nl-paragraph kk-back" }, link(lastSearchHref(), "← Terug naar de zoekresultaten", { "data-testid": "terug" }));

async function loadInstrument(id, signal) {
  const [answer, vocabulary] = await Promise.all([
    api.keuzehulp.instrument(id, { signal }),
    // Only to put labels on the instrument's filter codes; without it the codes show.
    api.keuzehulp.vocabulary({ signal }).catch(() => []),
  ]);
  return { model: instrumentModel(answer), vocabulary: Array.isArray(vocabulary) ? vocabulary : [] };
}

function unavailable({ error, focus, retry, back = backLink() }) {
  renderPage({
    title: "Instrument niet beschikbaar",
    focus,
    content: [back, heading(1, "Instrument niet beschikbaar"), errorAlert(error), error?.status === 404 || error?.status === 403 ? null : button("Probeer opnieuw", { onclick: retry }, "secondary")],
  });
}

const dataList = (rows, attributes = {}) =>
  h(
    "dl",
    { class: "utrecht-data-list kk-profile kk-kh-details", ...attributes },
    rows
      .filter(([, value]) => value !== null && value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0))
      .map(([key, value, testId]) =>
        h(
          "div",
          { class: "utrecht-data-list__item", "data-testid": testId ?? null },
          h("dt", { class: "utrecht-data-list__item-key" }, key),
          h("dd", { class: "utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" }, value),
        ),
      ),
  );

export async function instrumentPage({ id, focus, session, signal }) {
  renderPage({ title: "Instrument", focus: false, content: [backLink(), h("div", { "aria-busy": "true" }, paragraph("Het instrument wordt geladen…"))] });
  let loaded;
  try {
    loaded = await loadInstrument(id, signal);
  } catch (error) {
    if (signal.aborted || error?.name === "AbortError") return;
    unavailable({ error, focus, retry: () => instrumentPage({ id, focus: true, session, signal }) });
    return;
  }
  if (signal.aborted) return;
  const { model, vocabulary } = loaded;
  const professional = mayVote(session.user);
  const bar = compareBar();
  const evidence = model.evidence;

  const reviewsBody = h("div", { class: "kk-stack" });
  const renderReviews = (current) => replaceChildren(reviewsBody, professionalPart(current), clientPart(current));

  const content = [
    backLink(),
    model.category ? h("p", { class: "kk-pre-heading", "data-testid": "kh-categorie" }, model.category) : null,
    heading(1, model.name, { "data-testid": "kh-naam" }),
    model.aliases.length > 0 ? paragraph(`Ook bekend als: ${model.aliases.join(", ")}`, { class: "kk-hint", "data-testid": "kh-aliassen" }) : null,
    h(
      "p",
      { class: "nl-paragraph kk-meta" },
      h("span", { class: `nl-data-badge kk-evidence-badge kk-evidence-badge--${evidence.statutory ? "wettelijk" : evidence.level}` }, evidence.label),
      model.status && model.status !== "GEPUBLICEERD" ? h("span", { class: "nl-data-badge kk-status-badge" }, model.status.toLowerCase()) : null,
    ),
    model.template?.changed
      ? alertBox("info", "Het landelijke sjabloon is gewijzigd sinds je kopie. De instrumentbeheerder kan bekijken wat er anders is.", [], {
          "data-testid": "sjabloon-gewijzigd",
          role: null,
        })
      : null,
    h(
      "div",
      { class: "kk-kh-actions" },
      linkButton(instrumentHref(model.id, "samen"), "Samen bekijken", { "data-testid": "samen-bekijken" }, "secondary"),
      compareCheckbox({ id: model.id, name: model.name, onRefused: (text) => bar.say(text) }),
    ),
    h(
      "section",
      { "aria-labelledby": "kh-over" },
      heading(2, "Over dit instrument", { id: "kh-over" }),
      dataList([
        ["Doel", model.goal, "kh-doel"],
        ["Werkwijze", model.method, "kh-werkwijze"],
        ["Doelgroep", model.targetGroup, "kh-doelgroep"],
        ["Instroomvoorwaarden", model.entryConditions, "kh-instroom"],
        ["Aanbieder", model.provider, "kh-aanbieder"],
        ["Locaties", model.locations.join(", "), "kh-locaties"],
        ["Duur", model.duration, "kh-duur"],
        ["Intensiteit", model.intensity, "kh-intensiteit"],
        ["Kosten", [model.costs, model.costsExplanation].filter(Boolean).join(". "), "kh-kosten"],
        ["Vorm", model.groupForms.join(", "), "kh-vorm"],
        ["Bereik", model.reach, "kh-bereik"],
        [
          "Meer informatie",
          model.links.length > 0
            ? h("ul", { class: "utrecht-unordered-list" }, model.links.map((entry) => h("li", { class: "utrecht-unordered-list__item" }, link(entry.href, entry.title))))
            : null,
          "kh-links",
        ],
      ]),
    ),
    facetSection(model, vocabulary),
    model.clientWishes
      ? h(
          "section",
          { "aria-labelledby": "kh-wensen" },
          heading(2, "Wat klanten willen en nodig hebben", { id: "kh-wensen" }),
          h("div", { "data-testid": "kh-wensen-klanten" }, paragraphs(model.clientWishes)),
        )
      : null,
    evidenceSection(evidence),
    researchSection(evidence),
    h(
      "section",
      { class: "kk-kh-section kk-kh-section--reviews", "aria-labelledby": "kh-beoordelingen", "data-testid": "kh-beoordelingen" },
      heading(2, "Beoordelingen", { id: "kh-beoordelingen" }),
      paragraph("Beoordelingen zeggen hoe professionals en klanten het instrument ervaren. Ze zeggen niet of het wetenschappelijk werkt.", { class: "kk-hint" }),
      reviewsBody,
      professional ? reviewForm(model, { onSaved: renderReviews, signal }) : null,
      professional ? reviewLinkPart(model) : null,
    ),
    bar.element,
  ];
  renderReviews(model);
  renderPage({ title: model.name, focus, content });
}

function facetSection(model, vocabulary) {
  const labels = facetLabels(model.facets, vocabulary);
  if (labels.length === 0) return null;
  return h(
    "section",
    { "aria-labelledby": "kh-kenmerken" },
    heading(2, "Voor wie en waaraan", { id: "kh-kenmerken" }),
    paragraph("Zo vind je dit instrument met de filters. Staat een kenmerk over de klant er niet bij, dan is het voor iedereen.", { class: "kk-hint" }),
    dataList(labels.map(([label, values]) => [label, values.join(", ")]), { "data-testid": "kh-kenmerken" }),
  );
}

/** The ladder: six steps, the reached ones filled, the current one marked; or "Wettelijk instrument". */
function evidenceSection(evidence) {
  return h(
    "section",
    { class: "kk-kh-section", "aria-labelledby": "kh-onderbouwing", "data-testid": "kh-onderbouwing" },
    heading(2, "Wetenschappelijke onderbouwing", { id: "kh-onderbouwing" }),
    h(
      "p",
      { class: "nl-paragraph kk-kh-evidence__label" },
      h("span", { class: `nl-data-badge kk-evidence-badge kk-evidence-badge--${evidence.statutory ? "wettelijk" : evidence.level}`, "data-testid": "kh-erkenning", "data-value": evidence.statutory ? "wettelijk" : evidence.level }, evidence.label),
      evidence.statutory ? null : h("span", { class: "kk-hint" }, ` ${evidence.stepText}`),
    ),
    paragraph(evidence.explanation, { "data-testid": "kh-erkenning-uitleg" }),
    evidence.statutory
      ? null
      : h(
          "ol",
          { class: "kk-ladder", "aria-label": "Erkenningsladder, van laag naar hoog" },
          evidence.steps.map((step) =>
            h(
              "li",
              { class: `kk-ladder__step${step.reached ? " kk-ladder__step--reached" : ""}${step.current ? " kk-ladder__step--current" : ""}`, "aria-current": step.current ? "step" : null },
              step.label,
              step.current ? h("span", { class: "kk-visually-hidden" }, " (dit instrument)") : null,
            ),
          ),
        ),
    evidence.recognisedOn ? paragraph(`Erkend op ${evidence.recognisedOn}.`, { "data-testid": "kh-erkend-op" }) : null,
  );
}

function researchSection(evidence) {
  return h(
    "section",
    { class: "kk-kh-section", "aria-labelledby": "kh-onderzoek", "data-testid": "kh-onderzoek" },
    heading(2, "Onderzoek en resultaten in Nederland", { id: "kh-onderzoek" }),
    paragraph(h("strong", {}, evidence.research), { "data-testid": "kh-onderzoek-nl", "data-value": evidence.researchCode }),
    evidence.researchNote
      ? h("div", { "data-testid": "kh-onderzoek-toelichting" }, paragraphs(evidence.researchNote))
      : paragraph(evidence.statutory ? "Er is nog niet beschreven wat onderzoek vond." : "Er is geen toelichting bij het onderzoek.", { class: "kk-hint" }),
  );
}

function professionalPart(model) {
  const reviews = model.professionalReviews;
  return h(
    "section",
    { class: "kk-kh-reviews", "aria-labelledby": "kh-door-professionals", "data-testid": "kh-beoordelingen-professionals" },
    heading(3, "Door professionals", { id: "kh-door-professionals" }),
    paragraph(reviews.summary, { class: "kk-kh-reviews__summary", "data-testid": "kh-professionals-samenvatting" }),
    reviews.averages.length > 1 ? dataList(reviews.averages.map((average) => [average.label, average.text])) : null,
    reviews.items.length > 0
      ? h(
          "ul",
          { class: "kk-kh-reviews__list" },
          reviews.items.map((review) =>
            h(
              "li",
              { class: "kk-kh-review", "data-testid": review.mine ? "kh-mijn-beoordeling" : null },
              h("p", { class: "nl-paragraph kk-kh-review__scores" }, scoresText(review), review.mine ? h("strong", {}, " (jij)") : null),
              review.text ? paragraph(review.text, { class: "kk-kh-review__text" }) : null,
              review.at ? paragraph(formatDate(review.at), { class: "kk-hint" }) : null,
            ),
          ),
        )
      : null,
  );
}

function clientPart(model) {
  const reviews = model.clientReviews;
  return h(
    "section",
    { class: "kk-kh-reviews", "aria-labelledby": "kh-door-klanten", "data-testid": "kh-beoordelingen-klanten" },
    heading(3, "Door klanten", { id: "kh-door-klanten" }),
    paragraph(reviews.summary, { class: "kk-kh-reviews__summary", "data-testid": "kh-klanten-samenvatting" }),
    reviews.items.length > 0
      ? h(
          "ul",
          { class: "kk-kh-reviews__list" },
          reviews.items.map((review) =>
            h(
              "li",
              { class: "kk-kh-review" },
              h("p", { class: "nl-paragraph kk-kh-review__scores" }, `Cijfer: ${review.score ?? "?"} van 5`),
              review.text ? paragraph(review.text, { class: "kk-kh-review__text" }) : null,
              review.at ? paragraph(formatDate(review.at), { class: "kk-hint" }) : null,
            ),
          ),
        )
      : null,
  );
}

/** My own review: three radio groups, a text that becomes required at 1 or 5, problems at their fields. */
function reviewForm(model, { onSaved, signal }) {
  const start = reviewValues(model.professionalReviews.mine);
  const groups = new Map(
    REVIEW_SCORES.map(([key, legend]) => [
      key,
      choiceGroup({
        id: `veld-${key}`,
        legend,
        type: "radio",
        name: `kh-${key}`,
        choices: [1, 2, 3, 4, 5].map((number) => [String(number), `${number} – ${SCORE_WORDS[number]}`]),
        checked: start[key] ? [start[key]] : [],
      }),
    ]),
  );
  for (const group of groups.values()) group.element.classList.add("kk-kh-scores");
  const textBox = textField({
    id: "veld-text",
    label: "Toelichting",
    kind: "textarea",
    rows: 4,
    value: start.text,
    description: " ",
  });
  const explain = textBox.element.querySelector(".utrecht-form-field-description");
  const labelHint = h("span", { class: "kk-kh-required", "data-testid": "toelichting-verplicht" });
  textBox.element.querySelector("label").append(labelHint);
  const messages = h("div", { class: "kk-messages", tabindex: "-1" });
  const save = button(model.professionalReviews.mine ? "Beoordeling bijwerken" : "Beoordeling opslaan", { type: "submit", "data-testid": "beoordeling-opslaan" });

  const values = () => ({
    general: groups.get("general").values()[0] ?? "",
    result: groups.get("result").values()[0] ?? "",
    execution: groups.get("execution").values()[0] ?? "",
    text: textBox.control.value,
  });
  const refresh = () => {
    const required = textRequired(values().general);
    labelHint.textContent = required ? " (verplicht)" : " (niet verplicht)";
    explain.textContent = required
      ? `Verplicht: je gaf een ${values().general} als algemeen oordeel. Schrijf kort waarom, zodat collega's er iets aan hebben.`
      : "Niet verplicht. Geef je een 1 of een 5 als algemeen oordeel, dan is een korte toelichting verplicht.";
    if (required) textBox.control.setAttribute("aria-required", "true");
    else textBox.control.removeAttribute("aria-required");
    textBox.setCounter(characterCount(textBox.control.value, REVIEW_TEXT_MAX));
  };

  const form = h(
    "form",
    { class: "kk-inline-form kk-kh-review-form", novalidate: true, "aria-labelledby": "kh-jouw-beoordeling", "data-testid": "beoordeling-formulier" },
    heading(3, "Jouw beoordeling", { id: "kh-jouw-beoordeling" }),
    paragraph(model.professionalReviews.mine ? "Je hebt dit instrument al beoordeeld. Pas je beoordeling hieronder aan; de nieuwe vervangt de oude." : "Geef een cijfer van 1 tot en met 5. Je collega's zien je cijfers en toelichting, niet je naam."),
    [...groups.values()].map((group) => group.element),
    textBox.element,
    alertBox("info", REVIEW_PRIVACY_HINT, [], { role: null }),
    messages,
    h("div", { class: "kk-button-group" }, save),
  );
  form.addEventListener("change", refresh);
  form.addEventListener("input", refresh);

  // Own checks give one message per field, the server's a list.
  const asList = (value) => (Array.isArray(value) ? value : value ? [value] : []);
  const showProblems = (byField) => {
    for (const [key, group] of groups) group.setProblems(asList(byField.get(key)));
    textBox.setProblems(asList(byField.get("text")));
  };
  const focusFirst = (byField) => {
    const first = ["general", "result", "execution", "text"].find((key) => byField.has(key));
    if (first === "text") textBox.control.focus();
    else if (first) (groups.get(first).controls.find((control) => control.checked) ?? groups.get(first).controls[0]).focus();
  };

  let busy = false;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (busy) return;
    replaceChildren(messages);
    const problems = reviewProblems(values());
    showProblems(problems);
    if (problems.size > 0) {
      replaceChildren(messages, alertBox("error", problems.size === 1 ? "Er is nog 1 ding aan te passen:" : `Er zijn nog ${problems.size} dingen aan te passen:`, [...problems.values()], { "data-testid": "foutmelding" }));
      focusFirst(problems);
      return;
    }
    busy = true;
    setButtonBusy(save, true, "Bezig met opslaan…");
    try {
      await api.keuzehulp.review(model.id, reviewBody(values()));
    } catch (error) {
      busy = false;
      setButtonBusy(save, false);
      if (signal.aborted) return;
      const failure = reviewFailure(error);
      showProblems(failure.byField);
      replaceChildren(messages, alertBox("error", failure.message, failure.byField.get("") ?? [], { "data-testid": "foutmelding" }));
      if (failure.byField.size > 0) focusFirst(failure.byField);
      else messages.focus();
      return;
    }
    busy = false;
    setButtonBusy(save, false);
    if (signal.aborted) return;
    save.querySelector(".nl-button__label").textContent = "Beoordeling bijwerken";
    replaceChildren(messages, alertBox("ok", "Je beoordeling is opgeslagen. Dank je wel!", [], { "data-testid": "beoordeling-opgeslagen" }));
    messages.focus();
    // The list and the averages as the API now has them (a review can change what is shown).
    try {
      onSaved(instrumentModel(await api.keuzehulp.instrument(model.id, { signal })));
    } catch {
      // The review is saved; the list shows it after a reload.
    }
  });
  refresh();
  return form;
}

/** "Beoordelingslink voor je klant maken": the absolute link, its expiry and a copy button. */
function reviewLinkPart(model) {
  const result = h("div", { class: "kk-stack" });
  const make = button("Beoordelingslink voor je klant maken", { "data-testid": "beoordelingslink-maken" }, "secondary");
  const said = h("p", { class: "kk-visually-hidden", "aria-live": "polite" });
  make.addEventListener("click", async () => {
    if (make.getAttribute("aria-disabled") === "true") return;
    setButtonBusy(make, true, "Link wordt gemaakt…");
    let created;
    try {
      created = await api.keuzehulp.reviewLink(model.id);
    } catch (error) {
      replaceChildren(result, errorAlert(error));
      return;
    } finally {
      setButtonBusy(make, false);
    }
    const url = reviewLinkUrl(window.location.origin, created?.url);
    const field = textField({ id: "kh-beoordelingslink", label: "Link voor je klant", value: url, testId: "beoordelingslink", attributes: { readonly: true, spellcheck: "false" } });
    const copy = button("Kopieer link", { "data-testid": "kopieer-link" });
    copy.addEventListener("click", async () => {
      let copied = false;
      try {
        await navigator.clipboard.writeText(url);
        copied = true;
      } catch {
        field.control.select();
        try {
          copied = document.execCommand("copy");
        } catch {
          copied = false;
        }
      }
      said.textContent = "";
      setTimeout(() => {
        said.textContent = copied ? "De link is gekopieerd." : "Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.";
      }, 50);
    });
    const expires = formatDay(created?.expiresAt);
    replaceChildren(
      result,
      h(
        "div",
        { class: "kk-inline-form", "data-testid": "beoordelingslink-klaar" },
        field.element,
        h("div", { class: "kk-button-group" }, copy),
        paragraph(
          `De link werkt één keer${expires ? ` en is geldig tot en met ${expires}` : ""}. Je klant heeft geen account nodig en blijft anoniem. Geef de link zelf aan je klant, bijvoorbeeld in een bericht.`,
          { "data-testid": "beoordelingslink-geldig" },
        ),
      ),
    );
    field.control.focus();
    field.control.select();
  });
  return h(
    "section",
    { class: "kk-kh-reviews", "aria-labelledby": "kh-link-klant" },
    heading(3, "Beoordeling door je klant", { id: "kh-link-klant" }),
    paragraph("Maak een link waarmee je klant dit instrument een cijfer geeft, zonder in te loggen. Elke link is voor één klant."),
    make,
    result,
    said,
  );
}

/** "Samen bekijken": the B1 card in large, calm type for the conversation with the client; it prints on one page. */
export async function samenPage({ id, focus, signal }) {
  const back = () => h("p", { class: "nl-paragraph kk-back kk-no-print" }, link(instrumentHref(id), "← Terug naar het instrument", { "data-testid": "terug" }));
  renderPage({ title: "Samen bekijken", focus: false, content: [back(), h("div", { "aria-busy": "true" }, paragraph("Even geduld…"))] });
  let model;
  try {
    model = instrumentModel(await api.keuzehulp.instrument(id, { signal }));
  } catch (error) {
    if (signal.aborted || error?.name === "AbortError") return;
    unavailable({ error, focus, retry: () => samenPage({ id, focus: true, signal }), back: back() });
    return;
  }
  if (signal.aborted) return;
  renderPage({
    title: `${model.name} - samen bekijken`,
    focus,
    content: [
      back(),
      h(
        "article",
        { class: "kk-b1-card kk-b1-card--large", "aria-labelledby": "b1-naam", "data-testid": "b1-kaart" },
        heading(1, model.name, { id: "b1-naam" }),
        model.b1.map((section) =>
          h(
            "section",
            { class: "kk-b1-card__section", "aria-labelledby": `b1-${section.key}`, "data-testid": `b1-${section.key}` },
            heading(2, section.heading, { id: `b1-${section.key}` }),
            paragraph(section.text, { class: section.missing ? "kk-hint" : null }),
          ),
        ),
      ),
      h("div", { class: "kk-button-group kk-no-print" }, button("Afdrukken", { "data-testid": "afdrukken", onclick: () => window.print() }, "secondary")),
    ],
  });
}
