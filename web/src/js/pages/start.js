// Start page for visitors who are not signed in: choose your organisation ("Kies je organisatie").
import { api } from "../api.js";
import { signIn } from "../auth.js";
import { button, h, heading, link, paragraph, replaceChildren, setButtonBusy } from "../dom.js";
import { publicKeuzehulpHref } from "../keuzehulp-publiek.js";
import { alertBox, errorAlert, renderPage } from "../layout.js";

export async function startPage({ notice, returnTo, focus, signal }) {
  const chooser = h("div", { class: "kk-tenant-chooser", "aria-busy": "true" }, paragraph("Organisaties laden…"));
  const publicPages = h("div", { class: "kk-stack" });
  const signInError = h("div", { class: "kk-messages" });

  renderPage({
    title: "Kies je organisatie",
    focus,
    content: [
      heading(1, "Welkom bij Kenniskompas"),
      paragraph(
        "Lees een korte casus uit de praktijk: een Kopkraker. Kies wat jij zou doen. Daarna zie je wat collega's kozen.",
        { class: "nl-paragraph--lead" },
      ),
      notice ? alertBox(notice.kind ?? "info", notice.message, [], { "data-testid": "melding" }) : null,
      h(
        "section",
        { "aria-labelledby": "kies-organisatie" },
        heading(2, "Kies je organisatie", { id: "kies-organisatie" }),
        paragraph("Je logt in bij je eigen organisatie. Daarna kom je weer hier terug."),
        signInError,
        chooser,
      ),
      h(
        "section",
        { "aria-labelledby": "zonder-account", "data-testid": "publieke-keuzehulpen" },
        heading(2, "Zoek je hulp bij werk?", { id: "zonder-account" }),
        paragraph("Bekijk zonder account wat een organisatie voor je kan doen, in eenvoudige taal."),
        publicPages,
      ),
    ],
  });

  let data;
  try {
    data = await api.tenants();
  } catch (error) {
    if (signal.aborted) return;
    chooser.removeAttribute("aria-busy");
    replaceChildren(
      chooser,
      errorAlert(error),
      button("Probeer opnieuw", { onclick: () => startPage({ notice, returnTo, focus: true, signal }) }, "secondary"),
    );
    return;
  }

  if (signal.aborted) return;
  const tenants = Array.isArray(data?.tenants) ? data.tenants : [];
  chooser.removeAttribute("aria-busy");
  replaceChildren(
    publicPages,
    tenants.length > 0
      ? h(
          "ul",
          { class: "utrecht-unordered-list kk-public-links" },
          tenants.map((tenant) =>
            h("li", { class: "utrecht-unordered-list__item" }, link(publicKeuzehulpHref(tenant.id), `Keuzehulp van ${tenant.name}`, { "data-testid": `publiek-${tenant.id}` })),
          ),
        )
      : null,
  );
  if (tenants.length === 0) {
    replaceChildren(chooser, alertBox("warning", "Er zijn nog geen organisaties aangesloten."));
    return;
  }

  const choose = async (event, tenant) => {
    const target = event.currentTarget;
    if (target.getAttribute("aria-disabled") === "true") return;
    setButtonBusy(target, true, "Je gaat naar het inlogscherm…");
    replaceChildren(signInError);
    try {
      await signIn({ ...tenant, clientId: data.clientId }, returnTo);
    } catch {
      setButtonBusy(target, false);
      replaceChildren(
        signInError,
        alertBox("error", `Inloggen bij ${tenant.name} lukt nu niet. Probeer het zo opnieuw.`, [], { "data-testid": "foutmelding" }),
      );
    }
  };

  replaceChildren(
    chooser,
    h(
      "ul",
      { class: "kk-tenant-list", "aria-label": "Organisaties" },
      tenants.map((tenant) =>
        h(
          "li",
          {},
          button(tenant.name, {
            class: "kk-tenant-button",
            id: `tenant-${tenant.id}`,
            "data-testid": `tenant-${tenant.id}`,
            onclick: (event) => choose(event, tenant),
          }),
        ),
      ),
    ),
  );
}
