// "Download als CSV": the national results of one Kopkraker for redacteuren and analisten (who need not have
// voted). A plain link cannot carry the Bearer token, so the file is fetched first and then saved from memory.
import { api } from "../api.js";
import { button, h, paragraph, replaceChildren, setButtonBusy } from "../dom.js";
import { filenameFromDisposition, saveFile } from "../download.js";
import { errorAlert } from "../layout.js";

export function createExportControl(caseId) {
  const messages = h("div", { class: "kk-messages" });
  const trigger = button("Download als CSV", { "data-testid": "stemoverzicht-export" }, "secondary");
  let busy = false;

  trigger.addEventListener("click", async () => {
    if (busy) return;
    busy = true;
    replaceChildren(messages);
    setButtonBusy(trigger, true, "Bezig met downloaden…");
    try {
      const { blob, disposition } = await api.stemoverzichtExport(caseId);
      saveFile(blob, filenameFromDisposition(disposition, `stemoverzicht-${caseId}.csv`));
    } catch (error) {
      replaceChildren(messages, errorAlert(error));
    } finally {
      busy = false;
      setButtonBusy(trigger, false);
    }
  });

  return h(
    "div",
    { class: "kk-export" },
    paragraph("Voor redactie en analyse: de landelijke uitslag per groep als bestand. Kleine groepen staan er niet in.", { class: "kk-hint" }),
    trigger,
    messages,
  );
}
