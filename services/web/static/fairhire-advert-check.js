/* FairHire advert checker: a web component for an ATS's own advert editor.
 *
 *   <script src="https://fairhire.example/static/fairhire-advert-check.js" defer></script>
 *   <textarea id="advert"></textarea>
 *   <fairhire-advert-check for="advert" api-key="fh_..."></fairhire-advert-check>
 *
 * Without `for`, the element shows its own labelled text box. It calls POST /v1/adverts/check on the
 * FairHire that served this script (or on `endpoint`), with a key that should hold only the `recruiter` role:
 * a key in a web page can be read by anyone who can open the page. Each result is also dispatched as a
 * `fairhire-result` event (detail: the API's response) so the host page can use it.
 */
(function () {
  "use strict";
  if (window.customElements.get("fairhire-advert-check")) return;

  var scriptOrigin = (function () {
    try { return new URL(document.currentScript.src).origin; } catch (e) { return window.location.origin; }
  })();

  var STYLE = [
    ":host { display: block; font: inherit; color: #0b0c0c; }",
    ".box { border: 1px solid #6f777b; padding: 0.5rem 0.75rem; }",
    "label { display: block; font-weight: 700; }",
    "textarea { font: inherit; width: 100%; min-height: 10rem; box-sizing: border-box; border: 2px solid #0b0c0c; padding: 0.4rem; }",
    "textarea:focus-visible, button:focus-visible { outline: 3px solid #ffdd00; box-shadow: inset 0 0 0 2px #0b0c0c; }",
    ".score { font-size: 1.5rem; font-weight: 700; margin: 0.25rem 0; }",
    ".pass { color: #00703c; } .fail { color: #b10e1e; }",
    "ol, ul { padding-left: 1.25rem; margin: 0.25rem 0; }",
    "li { margin-bottom: 0.5rem; }",
    ".cat { display: inline-block; border: 1px solid #0b0c0c; padding: 0 0.3rem; font-size: 0.85rem; font-weight: 600; }",
    ".hint { color: #484949; font-size: 0.9rem; margin: 0.25rem 0; }",
    "h3 { font-size: 1rem; margin: 0.75rem 0 0.25rem; }"
  ].join("\n");

  function el(doc, tag, attrs, children) {
    var node = doc.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k]; else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { node.appendChild(typeof c === "string" ? doc.createTextNode(c) : c); });
    return node;
  }

  var counter = 0;

  class FairHireAdvertCheck extends HTMLElement {
    connectedCallback() {
      if (this._root) return;
      var self = this;
      this._id = "fh-check-" + (++counter);
      this._root = this.attachShadow({ mode: "open" });
      var style = document.createElement("style");
      style.textContent = STYLE;
      this._root.appendChild(style);
      var box = el(document, "div", { "class": "box", "role": "region", "aria-label": "FairHire advert check" });
      this._root.appendChild(box);
      var target = this.getAttribute("for") ? document.getElementById(this.getAttribute("for")) : null;
      if (!target) {
        box.appendChild(el(document, "label", { "for": this._id + "-text", text: this.getAttribute("label") || "Advert text" }));
        target = el(document, "textarea", { id: this._id + "-text" });
        box.appendChild(target);
      }
      this._target = target;
      this._status = el(document, "p", { "class": "hint", role: "status", "aria-live": "polite", text: "Type to check the advert." });
      this._score = el(document, "p", { "class": "score" });
      this._findings = el(document, "ol");
      this._signals = el(document, "ul");
      box.appendChild(this._score);
      box.appendChild(this._status);
      box.appendChild(el(document, "h3", { text: "Wording to change" }));
      box.appendChild(this._findings);
      box.appendChild(el(document, "h3", { text: "Missing from the advert" }));
      box.appendChild(this._signals);
      this._timer = null;
      this._seq = 0;
      this._onInput = function () {
        window.clearTimeout(self._timer);
        self._timer = window.setTimeout(function () { self.check(); }, 600);
      };
      target.addEventListener("input", this._onInput);
      if (target.value && target.value.trim()) this.check();
    }

    disconnectedCallback() {
      if (this._target) this._target.removeEventListener("input", this._onInput);
      window.clearTimeout(this._timer);
    }

    check() {
      var self = this;
      var mine = ++this._seq;
      var endpoint = (this.getAttribute("endpoint") || scriptOrigin).replace(/\/$/, "");
      this._status.textContent = "Checking…";
      return fetch(endpoint + "/v1/adverts/check", {
        method: "POST",
        mode: "cors",
        credentials: "omit",
        headers: {
          "Content-Type": "application/json",
          "Accept": "application/json",
          "Authorization": "Bearer " + (this.getAttribute("api-key") || "")
        },
        body: JSON.stringify({ text: this._target.value, title: this.getAttribute("job-title") || null })
      }).then(function (r) {
        return r.json().then(function (body) { return { ok: r.ok, body: body }; });
      }).then(function (res) {
        if (mine !== self._seq) return;
        if (!res.ok) {
          self._status.textContent = "The check failed: " + (res.body.detail || res.body.title);
          return;
        }
        self.render(res.body);
        self.dispatchEvent(new CustomEvent("fairhire-result", { detail: res.body, bubbles: true }));
      }).catch(function () {
        if (mine === self._seq) self._status.textContent = "The check failed: FairHire could not be reached.";
      });
    }

    render(result) {
      var pass = result.score >= 80;
      this._score.textContent = result.scored ? "Score " + result.score + " / 100 (" + (pass ? "passes" : "below 80") + ")" : "";
      this._score.className = "score " + (pass ? "pass" : "fail");
      this._status.textContent = result.scored
        ? result.findings.length + " finding(s), " + result.missing_signals.length + " missing signal(s)."
        : (result.message || "Nothing to check yet.");
      this._findings.textContent = "";
      this._signals.textContent = "";
      result.findings.forEach(function (f) {
        var item = el(document, "li", {}, [
          el(document, "span", { "class": "cat", text: f.category.replace(/_/g, " ") }), " ",
          el(document, "q", { text: f.text.length > 100 ? f.text.slice(0, 97) + "…" : f.text }), " – " + f.message
        ]);
        if (f.suggestion) item.appendChild(el(document, "div", {}, [el(document, "strong", { text: "Instead: " }), f.suggestion]));
        this._findings.appendChild(item);
      }, this);
      if (!result.findings.length) this._findings.appendChild(el(document, "li", { text: "Nothing to change." }));
      result.missing_signals.forEach(function (id) {
        this._signals.appendChild(el(document, "li", {}, [
          el(document, "strong", { text: id.replace(/_/g, " ") + ": " }), result.suggested_wording[id] || ""
        ]));
      }, this);
      if (!result.missing_signals.length) this._signals.appendChild(el(document, "li", { text: "Nothing missing." }));
    }
  }

  window.customElements.define("fairhire-advert-check", FairHireAdvertCheck);
})();
