// Shortlisting scores: each mark is saved as soon as it is entered (POST /web/applications/{id}/scores).
(function () {
  "use strict";
  var csrf = document.querySelector('meta[name="csrf-token"]').getAttribute("content");

  function save(form, marks) {
    var status = form.querySelector(".save-status");
    var reference = form.getAttribute("data-reference");
    status.textContent = "Saving…";
    return fetch("/web/applications/" + encodeURIComponent(form.getAttribute("data-application")) + "/scores", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify({ scores: marks })
    }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    }).then(function (res) {
      if (!res.ok) {
        status.textContent = "Not saved: " + (res.body.detail || res.body.title);
        return;
      }
      var ids = Object.keys(marks).sort();
      status.textContent = "Saved " + ids.map(function (id) { return id + " = " + marks[id]; }).join(", ") +
        " for " + reference + "." + (res.body.missing.length ? " Still to score: " + res.body.missing.join(", ") + "." : " All criteria scored.");
    }).catch(function () { status.textContent = "Not saved: FairHire could not be reached. Try again."; });
  }

  function markOf(input) {
    var value = input.value.trim();
    if (value === "") return null;
    var n = Number(value);
    var max = Number(input.getAttribute("max"));
    if (!Number.isInteger(n) || n < 0 || n > max) return undefined;
    return n;
  }

  document.querySelectorAll("form.scores").forEach(function (form) {
    form.addEventListener("change", function (event) {
      var input = event.target;
      if (!input.matches("input[data-criterion]")) return;
      var mark = markOf(input);
      input.removeAttribute("aria-invalid");
      if (mark === null) return;
      if (mark === undefined) {
        input.setAttribute("aria-invalid", "true");
        form.querySelector(".save-status").textContent =
          input.getAttribute("data-criterion") + ": enter a whole number from 0 to " + input.getAttribute("max") + ".";
        return;
      }
      var marks = {};
      marks[input.getAttribute("data-criterion")] = mark;
      save(form, marks);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var marks = {};
      var bad = false;
      form.querySelectorAll("input[data-criterion]").forEach(function (input) {
        var mark = markOf(input);
        if (mark === undefined) { bad = true; input.setAttribute("aria-invalid", "true"); }
        else if (mark !== null) marks[input.getAttribute("data-criterion")] = mark;
      });
      if (bad) { form.querySelector(".save-status").textContent = "Some marks are out of range."; return; }
      if (Object.keys(marks).length) save(form, marks);
    });
  });
})();
