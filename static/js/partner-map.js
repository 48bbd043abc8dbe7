/* Cầu Nối: the partner map (Apache ECharts, world GeoJSON served from static/vendor/world). */
(function () {
  "use strict";

  var COLORS = ["#e9ecef", "#c7d2fe", "#93c5fd", "#3b82f6", "#1e3a8a"];
  var charts = [];

  function draw(el) {
    if (!window.echarts) return;
    var chart = window.echarts.init(el);
    charts.push(chart);
    var form = document.getElementById("map-filters");
    var geo = fetch(el.dataset.geo).then(function (r) { return r.json(); });

    function load() {
      var params = form ? new URLSearchParams(new FormData(form)).toString() : "";
      Promise.all([geo, fetch(el.dataset.source + "?" + params, {credentials: "same-origin"})
        .then(function (r) { return r.json(); })]).then(function (res) {
        var world = res[0], data = res[1];
        if (!window.echarts.getMap("world")) {
          world.features.forEach(function (f) { f.properties.name = f.properties.iso_a2; });
          window.echarts.registerMap("world", world);
        }
        var levelLabels = {0: el.dataset.labelNone};
        data.levels.forEach(function (l) { levelLabels[l.rank] = l.label; });
        chart.setOption({
          tooltip: {trigger: "item", formatter: function (p) {
            if (p.seriesType === "scatter") return p.data.name + "<br>" + p.data.kind;
            if (!p.data) return p.name;
            return p.data.label + ": " + p.data.partners + " " + el.dataset.labelPartners +
              "<br>" + levelLabels[p.data.value];
          }},
          visualMap: {type: "piecewise", show: true, left: 10, bottom: 10, seriesIndex: 0,
            pieces: [0, 1, 2, 3, 4].map(function (v) {
              return {value: v, label: levelLabels[v], color: COLORS[v]};
            })},
          geo: {map: "world", roam: true, itemStyle: {areaColor: "#f8f9fa", borderColor: "#adb5bd"},
            emphasis: {label: {show: false}}},
          series: [
            {type: "map", geoIndex: 0, data: data.countries.map(function (c) {
              return {name: c.iso, value: c.rank, partners: c.partners, label: c.label};
            })},
            {type: "scatter", coordinateSystem: "geo", symbolSize: 9,
              itemStyle: {color: "#b91c1c", borderColor: "#fff", borderWidth: 1},
              data: data.points}
          ]
        }, true);
      });
    }
    chart.on("click", function (p) {
      if (p.seriesType === "scatter" && p.data && p.data.url) window.location.href = p.data.url;
    });
    if (form) form.addEventListener("change", load);
    window.addEventListener("resize", function () { chart.resize(); });
    load();
  }

  // A map inside a collapsed panel has no size until the panel opens.
  document.addEventListener("shown.bs.collapse", function () {
    charts.forEach(function (c) { c.resize(); });
  });

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".partner-map").forEach(draw);
  });
})();
