/* Cầu Nối, shared calendar: ← and → move a month (or week), T goes to today. The buttons
   themselves are links that htmx swaps in place; this only adds the keys. */
(function () {
  "use strict";

  function typing() {
    var tag = (document.activeElement && document.activeElement.tagName) || "";
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT";
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing()) return;
    var target = null;
    if (event.key === "ArrowLeft") target = document.querySelector("[data-calendar-move=previous]");
    else if (event.key === "ArrowRight") target = document.querySelector("[data-calendar-move=next]");
    else if (event.key === "t" || event.key === "T") target = document.querySelector("[data-testid=calendar-today]");
    if (target) { event.preventDefault(); target.click(); }
  });

  // After a swap, keep the keyboard where it was: on the button that moved.
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.target.id !== "calendar") return;
    var title = event.target.querySelector("[data-testid=calendar-title]");
    if (title) document.title = title.textContent.trim() + " · Cầu Nối";
  });

  // "Copy" buttons on the subscription page.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) return;
    var field = document.querySelector(button.getAttribute("data-copy"));
    if (!field) return;
    field.select();
    if (navigator.clipboard) navigator.clipboard.writeText(field.value);
  });
})();
