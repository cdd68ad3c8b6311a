import assert from "node:assert/strict";
import { test } from "node:test";
import { PROFILE_FIELDS, choicePairs, formValues, hasProfile, problemsPerField, profileBody } from "../src/js/profile-form.js";

const WAARDEN = {
  functions: [{ code: "klantmanager", label: "Klantmanager" }, { code: "jobcoach", label: "Jobcoach" }],
  yearsInField: [{ code: "0-5", label: "0–5 jaar" }, { code: "20+", label: "20 jaar of meer" }],
};

test("the two selects are function and years, with their test ids", () => {
  assert.deepEqual(PROFILE_FIELDS.map(({ field, id }) => [field, id]), [["function", "profiel-functie"], ["yearsInField", "profiel-jaren"]]);
});

test("a stored profile fills the selects; nothing stored leaves them on 'zeg ik liever niet'", () => {
  assert.deepEqual(formValues({ function: "jobcoach", yearsInField: null }, WAARDEN), {
    values: { function: "jobcoach", yearsInField: "" },
    choices: {
      function: [["klantmanager", "Klantmanager"], ["jobcoach", "Jobcoach"]],
      yearsInField: [["0-5", "0–5 jaar"], ["20+", "20 jaar of meer"]],
    },
  });
  assert.deepEqual(formValues(null, WAARDEN).values, { function: "", yearsInField: "" });
});

test("a stored code the list no longer has stays selectable, so saving does not drop it", () => {
  const { values, choices } = formValues({ function: "oud", yearsInField: "0-5" }, WAARDEN);
  assert.equal(values.function, "oud");
  assert.deepEqual(choices.function.at(-1), ["oud", "oud"]);
});

test("broken vocabulary entries are skipped; a missing label shows the code", () => {
  assert.deepEqual(choicePairs([null, { code: "" }, { code: "x" }, { code: "y", label: "Y" }]), [["x", "x"], ["y", "Y"]]);
  assert.deepEqual(choicePairs(undefined), []);
});

test("an empty choice is sent as null", () => {
  assert.deepEqual(profileBody({ function: "", yearsInField: "20+" }), { function: null, yearsInField: "20+" });
  assert.deepEqual(profileBody({}), { function: null, yearsInField: null });
});

test("a profile counts as filled in when either field has a value", () => {
  assert.equal(hasProfile({ function: null, yearsInField: null }), false);
  assert.equal(hasProfile({ function: null, yearsInField: "0-5" }), true);
  assert.equal(hasProfile(null), false);
});

test("the server's 422 problems land next to their field; others go to the form", () => {
  const problem = {
    detail: "De invoer klopt niet op 3 plaatsen.",
    errors: [
      { field: "function", message: "Kies een functie uit de lijst." },
      { field: "yearsInField", message: "Kies het aantal jaren uit de lijst." },
      { field: "iets", message: "Anders." },
      { field: "function", message: "  " },
    ],
  };
  assert.deepEqual(problemsPerField(problem), {
    "": ["Anders."],
    function: ["Kies een functie uit de lijst."],
    yearsInField: ["Kies het aantal jaren uit de lijst."],
  });
  assert.deepEqual(problemsPerField({}), { "": [], function: [], yearsInField: [] });
});
