/* Cầu Nối: an indicator's values over time (Apache ECharts): periods in time order on the
   horizontal axis, one series per kind of period,
   so that a January–August figure is not read as a whole year; the server sends the values
   already scaled, as decimal strings, with the text each tooltip shows. */
(function () {
  "use strict";

  var COLORS = {year: "#206bc4", quarter: "#2fb344", month: "#f59f00", range: "#d63939"};

  function escape(text) {
    var div = document.createElement("div");
    div.textContent = text == null ? "" : String(text);
    return div.innerHTML;
  }

  function draw(el) {
    if (!window.echarts) return;
    var chart = window.echarts.init(el);
    fetch(el.dataset.source, {credentials: "same-origin"})
      .then(function (r) { return r.json(); })
      .then(function (data) {
        chart.setOption({
          color: data.series.map(function (s) { return COLORS[s.kind] || "#666"; }),
          legend: {top: 0},
          grid: {left: 60, right: 20, top: 40, bottom: 40},
          tooltip: {trigger: "item", formatter: function (p) {
            var d = p.data.item;
            return "<strong>" + escape(d.period) + "</strong><br>" + escape(d.text) +
              "<br><span style='opacity:.7'>" + escape(el.dataset.labelSource) + ": " +
              escape(d.source) + "</span>";
          }},
          xAxis: {type: "category", data: data.categories, axisLabel: {interval: 0}},
          yAxis: {type: "value", name: data.axis, nameTextStyle: {align: "left"},
            axisLabel: {formatter: function (v) {
              return String(v).replace(".", data.decimal);
            }}},
          series: data.series.map(function (s) {
            return {
              name: s.name,
              type: s.kind === "year" ? "line" : "scatter",
              symbolSize: 10,
              data: s.data.map(function (d) {
                return {value: [d.period, Number(d.value)], item: d};
              })
            };
          })
        });
        el.dataset.ready = "1";
      });
    chart.on("click", function (p) {
      if (p.data && p.data.item && p.data.item.url) window.location.href = p.data.item.url;
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".indicator-chart").forEach(draw);
  });
})();
