/* Cầu Nối: selects over large registries (partners, contacts, events…) hold only the chosen
   options; a search box above each fetches matches from the global search API.
   See caunoi/core/remote_select.py. No inline scripts (CSP). */
(function () {
  "use strict";

  function enhance(select) {
    if (select.dataset.remoteReady) return;
    select.dataset.remoteReady = "1";
    var box = document.createElement("input");
    box.type = "search";
    box.className = "form-control form-control-sm mb-1";
    box.placeholder = select.dataset.remotePlaceholder || "";
    box.setAttribute("aria-label", box.placeholder);
    box.dataset.testid = "remote-search";
    select.parentNode.insertBefore(box, select);
    var timer = null;
    var asked = 0;
    box.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { lookup(select, box.value.trim(), ++asked); }, 250);
    });
    function lookup(sel, term, ticket) {
      if (term.length < 2) return;
      var url = sel.dataset.remoteSearch + "&q=" + encodeURIComponent(term);
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) {
          if (ticket !== asked) return; // a newer search is on its way
          Array.prototype.slice.call(sel.options).forEach(function (option) {
            if (!option.selected && option.value !== "") option.remove();
          });
          var present = {};
          Array.prototype.forEach.call(sel.options, function (o) { present[o.value] = true; });
          (data.results || []).forEach(function (hit) {
            if (present[String(hit.id)]) return;
            sel.add(new Option(hit.title, hit.id));
          });
        });
    }
  }

  function scan(root) {
    (root || document).querySelectorAll("select[data-remote-search]").forEach(enhance);
  }
  document.addEventListener("DOMContentLoaded", function () { scan(document); });
  document.addEventListener("htmx:load", function (event) { scan(event.target); });
})();
