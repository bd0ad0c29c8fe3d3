// Advert preview: scores the advert as it is typed, marks each finding in place, offers fixes.
// Vanilla JS, no build step. Talks to POST /web/adverts/check with the session cookie and X-CSRF-Token.
(function () {
  "use strict";

  var CATEGORY = {
    gender_masculine: ["Masculine-coded", "♂"],
    gender_feminine: ["Feminine-coded", "♀"],
    age: ["Age", "A"],
    disability: ["Disability", "D"],
    race_nationality: ["Race or nationality", "R"],
    socioeconomic: ["Background", "B"],
    exclusionary_jargon: ["Off-putting jargon", "J"],
    gendered_term: ["Gendered word", "G"],
    unnecessary_requirement: ["Unneeded requirement", "U"],
    complex_word: ["Plain English", "P"],
    long_sentence: ["Long sentence", "L"],
    passive_voice: ["Passive voice", "V"],
    unexplained_acronym: ["Acronym", "Ac"]
  };
  var SEVERITY = { high: "High", medium: "Medium", low: "Low" };
  var SIGNAL = {
    salary: "Salary shown",
    disability_confident: "Disability Confident guaranteed interview",
    reasonable_adjustments: "Adjustments and other formats offered",
    flexible_working: "Flexible working",
    care_experienced_gis: "Care-experienced guaranteed interview",
    apply_anyway: "'Apply anyway' encouragement",
    closing_date: "Closing date",
    contact_for_informal_chat: "Contact for an informal chat",
    interview_format_options: "Face-to-face or online interview"
  };

  var csrf = document.querySelector('meta[name="csrf-token"]').getAttribute("content");
  var textarea = document.getElementById("advert-text");
  var title = document.getElementById("advert-title");
  var marked = document.getElementById("marked");
  var findingsList = document.getElementById("findings");
  var status = document.getElementById("score-status");
  var scoreValue = document.getElementById("score-value");
  var scoreGrade = document.getElementById("score-grade");
  var readability = document.getElementById("readability");
  var longest = document.getElementById("longest");
  var signals = document.getElementById("signals");
  var timer = null;
  var sequence = 0;
  var checkedText = "";

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function categoryLabel(c) { return (CATEGORY[c] || [c.replace(/_/g, " ")])[0]; }
  function categoryIcon(c) { return (CATEGORY[c] || ["", "!"])[1]; }

  // The replacement text a suggestion offers, or null when it is advice rather than wording.
  function replacementFor(finding) {
    var s = finding.suggestion;
    if (!s) return null;
    var words = s.trim().split(/\s+/).length;
    var value = null;
    if (words <= 4 && !/[.:]/.test(s)) {
      value = s.split(",")[0].trim();
    } else {
      // 'Write "fluent in English"' is wording; 'Write "you" ("you will lead") or "they"' is advice.
      var m = /^(?:Write|Use|Say) "([^"]+)"/.exec(s);
      if (m && (s.match(/"/g) || []).length === 2) value = m[1];
    }
    if (!value) return null;
    if (/^[A-Z]/.test(finding.text) && /^[a-z]/.test(value)) value = value[0].toUpperCase() + value.slice(1);
    return value;
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(check, 400);
  }

  function check() {
    var text = textarea.value;
    var mine = ++sequence;
    status.textContent = "Checking…";
    fetch("/web/adverts/check", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf, "Accept": "application/json" },
      body: JSON.stringify({ text: text, title: title.value || null })
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      if (mine !== sequence) return; // a newer check is on its way
      if (!result.ok) {
        status.textContent = "The check failed: " + (result.body.detail || result.body.title || "unknown error");
        return;
      }
      checkedText = text;
      render(text, result.body);
    }).catch(function () {
      if (mine === sequence) status.textContent = "The check failed: FairHire could not be reached.";
    });
  }

  function render(text, result) {
    scoreValue.textContent = result.scored ? String(result.score) : "–";
    scoreGrade.textContent = result.scored ? "(" + result.grade + (result.score >= 80 ? ", passes" : ", below 80") + ")" : "";
    scoreGrade.className = "grade " + (result.score >= 80 ? "pass" : "fail");
    status.textContent = result.scored
      ? "Score " + result.score + " out of 100, " + result.findings.length + " finding" +
        (result.findings.length === 1 ? "" : "s") + ", " + result.missing_signals.length + " missing signal" +
        (result.missing_signals.length === 1 ? "" : "s") + "."
      : (result.message || "Nothing to check yet.");
    renderMarked(text, result.findings);
    renderFindings(result.findings);
    renderReadability(text, result);
    renderSignals(result);
  }

  function renderMarked(text, findings) {
    marked.textContent = "";
    if (!text.trim()) {
      marked.appendChild(el("p", { "class": "muted", text: "Start typing to see your advert marked up here." }));
      return;
    }
    var pos = 0;
    findings.forEach(function (f, i) {
      if (f.start < pos || f.end > text.length) return; // overlaps an earlier mark: listed, not marked
      marked.appendChild(document.createTextNode(text.slice(pos, f.start)));
      var tipId = "tip-" + i;
      var mark = el("mark", {
        "class": "finding cat-" + f.category + " sev-" + f.severity,
        "tabindex": "0", "aria-describedby": tipId, "data-index": String(i)
      }, [
        el("span", { "class": "marker", "aria-hidden": "true", text: categoryIcon(f.category) }),
        el("span", { "class": "visually-hidden", text: categoryLabel(f.category) + " finding: " }),
        text.slice(f.start, f.end)
      ]);
      var tip = el("span", { "class": "tip", "role": "tooltip", "id": tipId }, [
        el("strong", { text: categoryLabel(f.category) + " (" + SEVERITY[f.severity] + "). " }),
        f.message + (f.suggestion ? " Instead: " + f.suggestion : "")
      ]);
      marked.appendChild(el("span", { "class": "finding-wrap" }, [mark, tip]));
      pos = f.end;
    });
    marked.appendChild(document.createTextNode(text.slice(pos)));
  }

  function renderFindings(findings) {
    findingsList.textContent = "";
    if (!findings.length) {
      findingsList.appendChild(el("li", { "class": "muted", text: "No findings." }));
      return;
    }
    findings.forEach(function (f, i) {
      var replacement = replacementFor(f);
      var item = el("li", { "class": "finding-item sev-" + f.severity }, [
        el("span", { "class": "badge cat-" + f.category }, [
          el("span", { "aria-hidden": "true", text: categoryIcon(f.category) + " " }), categoryLabel(f.category)
        ]),
        " ",
        el("span", { "class": "severity", text: SEVERITY[f.severity] }),
        el("p", {}, [el("q", { text: f.text.length > 120 ? f.text.slice(0, 117) + "…" : f.text }), " – " + f.message]),
      ]);
      if (f.suggestion) item.appendChild(el("p", { "class": "suggestion" }, [el("strong", { text: "Instead: " }), f.suggestion]));
      if (replacement !== null) {
        var button = el("button", { "type": "button", "class": "button small" }, [
          "Accept suggestion",
          el("span", { "class": "visually-hidden", text: ": replace “" + f.text + "” with “" + replacement + "”" })
        ]);
        button.addEventListener("click", function () { accept(f, replacement); });
        item.appendChild(button);
      }
      findingsList.appendChild(item);
    });
  }

  function renderReadability(text, result) {
    var r = result.readability;
    readability.textContent = "";
    [
      ["Reading age", r.reading_age.toFixed(1) + " (aim for 9 to 11)"],
      ["Average sentence", r.average_sentence_length.toFixed(1) + " words (aim for 15 to 20)"],
      ["Longest sentence", r.longest_sentence_length + " words"],
      ["Words", r.word_count + " (guide " + r.word_count_guidance_min + " to " + r.word_count_guidance_max + ")"]
    ].forEach(function (row) {
      readability.appendChild(el("div", {}, [el("dt", { text: row[0] }), el("dd", { text: row[1] })]));
    });
    longest.textContent = "";
    var over = {};
    result.findings.forEach(function (f) { if (f.category === "long_sentence") over[f.text.trim()] = true; });
    longestSentences(text).forEach(function (s) {
      var item = el("li", {}, [el("q", { text: s.text.length > 160 ? s.text.slice(0, 157) + "…" : s.text }),
        " " + s.words + " words" + (over[s.text] ? " – over 25, split it" : "")]);
      longest.appendChild(item);
    });
    if (!longest.children.length) longest.appendChild(el("li", { "class": "muted", text: "No sentences yet." }));
  }

  // The three longest sentences (a line break ends a sentence too, as in lists).
  function longestSentences(text) {
    return text.split(/\n+|(?<=[.!?])\s+/).map(function (t) { return t.trim(); })
      .filter(function (t) { return t; })
      .map(function (t) { return { text: t, words: t.split(/\s+/).length }; })
      .sort(function (a, b) { return b.words - a.words; }).slice(0, 3);
  }

  function renderSignals(result) {
    signals.textContent = "";
    result.signals.forEach(function (s) {
      var label = SIGNAL[s.signal] || s.signal.replace(/_/g, " ");
      var item = el("li", { "class": s.present ? "present" : "missing" }, [
        el("span", { "class": "tick", "aria-hidden": "true", text: s.present ? "✓" : "✗" }),
        el("span", { "class": "visually-hidden", text: s.present ? "Present: " : "Missing: " }),
        label
      ]);
      if (!s.present && s.suggestion) {
        var button = el("button", { "type": "button", "class": "button small secondary" }, [
          "Add wording", el("span", { "class": "visually-hidden", text: " for " + label })
        ]);
        button.addEventListener("click", function () { insertSignal(s.suggestion); });
        item.appendChild(button);
      }
      signals.appendChild(item);
    });
  }

  function accept(finding, replacement) {
    // Only replace when the text is still what was checked, so offsets are right.
    if (textarea.value !== checkedText || textarea.value.slice(finding.start, finding.end) !== finding.text) {
      status.textContent = "The advert changed since the check; wait a moment and try again.";
      return;
    }
    var v = textarea.value;
    textarea.value = v.slice(0, finding.start) + replacement + v.slice(finding.end);
    status.textContent = "Replaced “" + finding.text + "” with “" + replacement + "”.";
    document.getElementById("findings-h").focus(); // the button is about to be re-rendered away
    check();
  }

  function insertSignal(wording) {
    var v = textarea.value.replace(/\s+$/, "");
    textarea.value = (v ? v + "\n\n" : "") + wording;
    document.getElementById("signals-h").focus();
    check();
  }

  textarea.addEventListener("input", schedule);
  title.addEventListener("input", schedule);
  if (textarea.value.trim()) check();
})();
