/* Cầu Nối, event form: when partners or countries are chosen and the time zone is still
   Hà Nội's, suggest the partner's zone (from the server, which knows the partners' countries
   and coordinates). The officer can always pick another zone. */
(function () {
  "use strict";

  var HANOI = "Asia/Ho_Chi_Minh";

  function suggest() {
    var holder = document.querySelector("[data-events-zone-url]");
    var zone = document.querySelector("[data-events-zone]");
    if (!holder || !zone || zone.dataset.touched) return;
    if (zone.value !== HANOI && !zone.dataset.suggested) return;
    var params = new URLSearchParams();
    ["partners", "countries"].forEach(function (name) {
      var select = document.querySelector("select[name=" + name + "]");
      if (!select) return;
      Array.prototype.forEach.call(select.selectedOptions, function (option) {
        params.append(name, option.value);
      });
    });
    fetch(holder.getAttribute("data-events-zone-url") + "?" + params.toString(), {
      credentials: "same-origin",
      headers: { "Accept": "application/json" }
    }).then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data || zone.dataset.touched) return;
        zone.value = data.zone;
        zone.dataset.suggested = "1";
      });
  }

  document.addEventListener("change", function (event) {
    var name = event.target.getAttribute("name");
    if (name === "partners" || name === "countries") suggest();
    if (event.target.hasAttribute("data-events-zone")) event.target.dataset.touched = "1";
  });
})();
