// "Een andere aanpak?": colleagues' proposals for a third (or fourth) option, most supported first, with "Steun"
// and a small form. Redacteuren read them as input for new Kopkrakers (#/derde-opties).
import { api } from "../api.js";
import { button, h, heading, paragraph, replaceChildren, setButtonBusy } from "../dom.js";
import { alertBox, errorAlert } from "../layout.js";
import { LIMITS, postFailure, retryWhileNotVoted } from "../reacties-model.js";
import { countedText } from "./reacties.js";

/** "1 collega steunt dit" / "4 collega's steunen dit". */
export function supportText(count) {
  const number = Number(count) || 0;
  if (number === 0) return "Nog geen steun";
  return number === 1 ? "1 collega steunt dit" : `${number} collega's steunen dit`;
}

/** One proposal, for the Kopkraker page (`onSupport` given) and the redactie list (read only). */
export function proposalElement(proposal, { onSupport = null, headingLevel = 4 } = {}) {
  const id = String(proposal.id);
  const support = h("span", { class: "kk-hint", "data-testid": `steun-aantal-${id}`, "data-value": String(Number(proposal.support) || 0) }, supportText(proposal.support));
  let toggle = null;
  if (onSupport && !proposal.mine) {
    toggle = button(proposal.supportedByMe ? "Je steunt dit" : "Steun", {
      "data-testid": `steun-${id}`,
      "aria-pressed": proposal.supportedByMe ? "true" : "false",
    }, "secondary");
    toggle.classList.toggle("nl-button--pressed", Boolean(proposal.supportedByMe));
    toggle.addEventListener("click", () => onSupport(proposal, toggle));
  }
  return h(
    "article",
    { class: "kk-proposal", "data-testid": `derde-optie-${id}`, "aria-labelledby": `derde-optie-titel-${id}` },
    heading(headingLevel, proposal.title, { id: `derde-optie-titel-${id}` }),
    paragraph(proposal.explanation),
    h("p", { class: "nl-paragraph kk-reaction__meta" },
      proposal.organisation ? h("span", {}, proposal.mine ? `${proposal.organisation} (jij)` : proposal.organisation) : null,
      support),
    toggle,
  );
}

export function createDerdeOpties({ caseId }) {
  let proposals = [];
  let started = false;
  const list = h("ol", { class: "kk-proposals", "data-testid": "derde-opties" });
  const listMessages = h("div", { class: "kk-messages" });
  const announcement = h("p", { class: "kk-visually-hidden", "aria-live": "polite", "data-testid": "derde-opties-melding" });

  const title = countedText({ id: "derde-optie-titel", label: "Titel van jouw aanpak", max: LIMITS.proposalTitle, kind: "text" });
  const explanation = countedText({
    id: "derde-optie-uitleg",
    label: "Hoe werkt het, en waarom past het bij deze klant?",
    max: LIMITS.proposalExplanation,
    description: "Schrijf over de aanpak, niet over een echte klant.",
  });
  const messages = h("div", { class: "kk-messages", tabindex: "-1" });
  const submit = button("Voorstel plaatsen", { type: "submit", "data-testid": "derde-optie-plaatsen" }, "secondary");
  const form = h("form", { class: "kk-inline-form", novalidate: true, "aria-labelledby": "derde-optie-form-titel" },
    heading(3, "Stel een andere aanpak voor", { id: "derde-optie-form-titel" }),
    title.element, explanation.element, messages, submit);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    propose();
  });

  const element = h(
    "section",
    { class: "kk-third-options", "aria-labelledby": "derde-opties-titel" },
    heading(2, "Een andere aanpak?", { id: "derde-opties-titel" }),
    paragraph("Zou jij het anders doen dan A of B? Stel een aanpak voor, of steun het voorstel van een collega. De redactie gebruikt de voorstellen voor nieuwe Kopkrakers."),
    listMessages,
    list,
    form,
    announcement,
  );

  function render() {
    replaceChildren(list, proposals.length === 0
      ? h("li", {}, paragraph("Nog geen voorstellen.", { class: "kk-hint" }))
      : proposals.map((proposal) => h("li", {}, proposalElement(proposal, { onSupport: support }))));
  }

  async function load() {
    try {
      proposals = await retryWhileNotVoted(() => api.reacties.proposals(caseId));
      replaceChildren(listMessages);
      render();
    } catch (error) {
      replaceChildren(listMessages, errorAlert(error, { role: "status" }));
    }
  }

  async function support(proposal, toggle) {
    if (toggle.getAttribute("aria-disabled") === "true") return;
    toggle.setAttribute("aria-disabled", "true");
    try {
      const updated = await api.reacties.support(proposal.id, !proposal.supportedByMe);
      // Keep the order while the reader is here; a reload ranks again.
      proposals = proposals.map((entry) => (entry.id === updated.id ? updated : entry));
      render();
      list.querySelector(`[data-testid="steun-${CSS.escape(String(updated.id))}"]`)?.focus();
      announcement.textContent = updated.supportedByMe ? "Je steunt dit voorstel." : "Je steunt dit voorstel niet meer.";
    } catch (error) {
      toggle.removeAttribute("aria-disabled");
      announcement.textContent = postFailure(error).message;
    }
  }

  async function propose() {
    if (submit.getAttribute("aria-disabled") === "true") return;
    replaceChildren(messages);
    title.setProblems([]);
    explanation.setProblems([]);
    setButtonBusy(submit, true, "Bezig met plaatsen…");
    let created;
    try {
      created = await retryWhileNotVoted(() => api.reacties.propose(caseId, title.value(), explanation.value()));
    } catch (error) {
      setButtonBusy(submit, false);
      const titleProblems = problemsFor(error, "title");
      const explanationProblems = problemsFor(error, "explanation");
      title.setProblems(titleProblems);
      explanation.setProblems(explanationProblems);
      replaceChildren(messages, alertBox("error", postFailure(error).message, [], { "data-testid": "derde-optie-fout" }));
      (titleProblems.length ? title.control : explanationProblems.length ? explanation.control : messages).focus();
      return;
    }
    setButtonBusy(submit, false);
    title.reset();
    explanation.reset();
    proposals = [...proposals, created];
    render();
    announcement.textContent = "Je voorstel is geplaatst.";
    list.querySelector(`[data-testid="derde-optie-${CSS.escape(String(created.id))}"]`)?.setAttribute("tabindex", "-1");
    list.querySelector(`[data-testid="derde-optie-${CSS.escape(String(created.id))}"]`)?.focus();
  }

  return {
    element,
    start() {
      if (started) return;
      started = true;
      load();
    },
  };
}

/** The server's messages for one field (errors[].field), e.g. a phone number found in the explanation. */
const problemsFor = (error, field) =>
  (Array.isArray(error?.problem?.errors) ? error.problem.errors : [])
    .filter((entry) => entry?.field === field && typeof entry?.message === "string")
    .map((entry) => entry.message);
