/* Cầu Nối: the little behaviour the pages need. No inline scripts anywhere (CSP). */
(function () {
  "use strict";

  // Forms marked data-autosubmit submit when one of their selects changes (language, page size).
  document.addEventListener("change", function (event) {
    var form = event.target.closest("form[data-autosubmit]");
    if (form && event.target.tagName === "SELECT") {
      form.requestSubmit ? form.requestSubmit() : form.submit();
    }
  });

  // Buttons marked data-confirm ask before submitting.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-confirm]");
    if (button && !window.confirm(button.getAttribute("data-confirm"))) {
      event.preventDefault();
    }
  });

  // "/" focuses the page's own search box (a list's, the search page's), else the global one.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    var tag = (document.activeElement && document.activeElement.tagName) || "";
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") return;
    var search = document.querySelector("[data-testid=list-search], [data-testid=search-query]") ||
      document.querySelector("[data-testid=global-search]");
    if (search) { event.preventDefault(); search.focus(); }
  });

  // Tooltips in content swapped in by htmx.
  document.addEventListener("htmx:load", function (event) {
    if (!window.tabler || !window.tabler.Tooltip) return;
    event.target.querySelectorAll("[data-bs-toggle=tooltip]").forEach(function (el) {
      window.tabler.Tooltip.getOrCreateInstance(el);
    });
  });

  // htmx sends the CSRF token with every request it makes.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector("input[name=csrfmiddlewaretoken]");
    if (token) event.detail.headers["X-CSRFToken"] = token.value;
  });
})();
