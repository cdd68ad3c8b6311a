// A client's review (#/beoordeel/{token}): no account. The professional gave the link; the client gives one score
// (five big choices with words) and, if they like, a short text. A link works once and for 14 days; a used, expired or
// unknown link is explained kindly.
import { api } from "../api.js";
import { textField } from "../components/form.js";
import { button, h, heading, paragraph, replaceChildren, setButtonBusy } from "../dom.js";
import { formatDay } from "../keuzehulp-instrument.js";
import {
  CLIENT_PRIVACY_HINT,
  CLIENT_SCORES,
  CLIENT_TEXT_MAX,
  clientCounter,
  clientReviewBody,
  clientReviewProblems,
  clientSendFailure,
  linkFailure,
} from "../keuzehulp-publiek.js";
import { alertBox, renderPage } from "../layout.js";

const TITLE = "Geef je mening";

export async function beoordeelPage({ token, focus, signal }) {
  renderPage({ title: TITLE, focus: false, content: [heading(1, TITLE), h("div", { "aria-busy": "true" }, paragraph("Even geduld…"))] });
  let info;
  try {
    info = await api.keuzehulp.publiek.link(token, { signal });
  } catch (error) {
    if (signal.aborted || error?.name === "AbortError") return;
    showRefusal(linkFailure(error), focus);
    return;
  }
  if (signal.aborted) return;
  showForm({ token, info, focus, signal });
}

function showRefusal(failure, focus) {
  renderPage({
    title: failure.title,
    focus,
    content: [
      heading(1, failure.title),
      alertBox(failure.kind === "gebruikt" ? "ok" : failure.kind === "fout" ? "error" : "warning", failure.message, [], {
        "data-testid": "link-melding",
        "data-kind": failure.kind,
        role: null,
      }),
    ],
  });
}

function showForm({ token, info, focus, signal }) {
  const instrument = String(info?.instrument ?? "dit instrument");
  const organisation = String(info?.organisation ?? "");
  const expires = formatDay(info?.expiresAt);
  const problem = h("p", { class: "utrecht-form-field-error-message kk-problem", id: "probleem-score", "data-testid": "probleem-score", hidden: true });
  const choices = CLIENT_SCORES.map(([score, words]) => {
    const id = `cijfer-${score}`;
    const control = h("input", { type: "radio", class: "kk-score__input", name: "cijfer", id, value: String(score), "data-testid": id });
    return {
      control,
      element: h(
        "div",
        { class: "kk-score" },
        control,
        h("label", { class: "kk-score__label", for: id }, h("span", { class: "kk-score__number" }, String(score)), h("span", { class: "kk-score__words" }, words)),
      ),
    };
  });
  const scoreGroup = h(
    "fieldset",
    { class: "kk-fieldset kk-scores", "aria-describedby": "cijfer-uitleg", "data-testid": "cijfers" },
    h("legend", { class: "utrecht-form-fieldset__legend kk-scores__legend" }, `Welk cijfer geef je ${instrument}?`),
    h("p", { class: "nl-paragraph kk-hint", id: "cijfer-uitleg" }, "1 is slecht, 5 is heel goed."),
    problem,
    h("div", { class: "kk-scores__choices" }, choices.map((choice) => choice.element)),
  );
  const textBox = textField({
    id: "veld-tekst",
    label: "Wil je nog iets vertellen? (niet verplicht)",
    kind: "textarea",
    rows: 4,
    description: "Bijvoorbeeld wat goed ging of wat beter kan.",
  });
  const messages = h("div", { class: "kk-messages", tabindex: "-1" });
  const send = button("Verstuur", { type: "submit", "data-testid": "verstuur", class: "kk-big-button" });

  const values = () => ({ score: choices.find((choice) => choice.control.checked)?.control.value ?? "", text: textBox.control.value });
  const setScoreProblem = (messagesForScore) => {
    problem.hidden = messagesForScore.length === 0;
    problem.textContent = messagesForScore.join(" ");
    scoreGroup.setAttribute("aria-describedby", messagesForScore.length > 0 ? "probleem-score cijfer-uitleg" : "cijfer-uitleg");
  };
  const refresh = () => textBox.setCounter(clientCounter(textBox.control.value, CLIENT_TEXT_MAX));

  const form = h(
    "form",
    { class: "kk-client-review", novalidate: true, "aria-labelledby": "beoordeel-titel" },
    scoreGroup,
    textBox.element,
    alertBox("info", CLIENT_PRIVACY_HINT, [], { "data-testid": "privacy-hint", role: null }),
    messages,
    send,
  );
  form.addEventListener("input", refresh);
  scoreGroup.addEventListener("change", () => setScoreProblem([]));

  let busy = false;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (busy) return;
    replaceChildren(messages);
    const problems = clientReviewProblems(values());
    setScoreProblem(problems.has("score") ? [problems.get("score")] : []);
    textBox.setProblems(problems.has("text") ? [problems.get("text")] : []);
    if (problems.size > 0) {
      if (problems.has("score")) choices[0].control.focus();
      else textBox.control.focus();
      return;
    }
    busy = true;
    setButtonBusy(send, true, "Bezig met versturen…");
    let answer;
    try {
      answer = await api.keuzehulp.publiek.review(token, clientReviewBody(values()));
    } catch (error) {
      busy = false;
      setButtonBusy(send, false);
      if (signal.aborted) return;
      const failure = clientSendFailure(error);
      if (failure.kind === "gebruikt" || failure.kind === "verlopen" || failure.kind === "onbekend") {
        showRefusal(failure, true);
        return;
      }
      setScoreProblem(failure.byField.get("score") ?? []);
      textBox.setProblems(failure.byField.get("text") ?? []);
      replaceChildren(messages, alertBox("error", failure.message, [], { "data-testid": "foutmelding" }));
      if (failure.byField.has("text")) textBox.control.focus();
      else messages.focus();
      return;
    }
    if (signal.aborted) return;
    renderPage({
      title: "Dank je wel",
      focus: true,
      content: [
        heading(1, "Dank je wel!"),
        alertBox("ok", typeof answer?.message === "string" && answer.message ? answer.message : "Je beoordeling is verstuurd. Die helpt anderen kiezen.", [], {
          "data-testid": "beoordeling-verstuurd",
          role: null,
        }),
        paragraph("Je kunt deze pagina nu sluiten."),
      ],
    });
  });

  refresh();
  renderPage({
    title: TITLE,
    focus,
    content: [
      heading(1, `Wat vond je van ${instrument}?`, { id: "beoordeel-titel", "data-testid": "beoordeel-titel" }),
      paragraph(
        `${organisation ? `${organisation} wil` : "We willen"} graag weten wat jij ervan vond. Dat helpt andere mensen en hun begeleiders om te kiezen.`,
        { class: "nl-paragraph--lead" },
      ),
      expires ? paragraph(`Deze link werkt één keer, tot en met ${expires}.`, { class: "kk-hint", "data-testid": "link-geldig" }) : null,
      form,
    ],
  });
}
