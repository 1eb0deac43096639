// Draws the report's charts and map as inline SVG from the embedded JSON. No network, no libraries.
// On success it sets <body data-report="ok" data-bars=N data-points=N data-countries=N>; on any error
// data-report="error" and data-error, so headless tests can tell a drawn report from a broken one.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var COLORS = ["#c0392b", "#e67e22", "#8e44ad", "#2980b9", "#16a085", "#7f8c8d", "#d35400", "#2c3e50"];

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    for (var k in attrs) { node.setAttribute(k, attrs[k]); }
    if (parent) { parent.appendChild(node); }
    return node;
  }
  function text(parent, x, y, s, attrs) {
    var t = el("text", Object.assign({x: x, y: y}, attrs || {}), parent);
    t.textContent = s;
    return t;
  }
  function fail(err) {
    document.body.setAttribute("data-report", "error");
    document.body.setAttribute("data-error", String(err && err.message || err));
  }
  window.addEventListener("error", function (e) { fail(e.error || e.message); });

  function colorFor(types) {
    var map = {};
    types.forEach(function (t, i) { map[t] = COLORS[i % COLORS.length]; });
    return map;
  }

  function drawTimeline(host, data, colors) {
    var W = 900, H = 260, L = 48, R = 36, T = 10, B = 40;
    var svg = el("svg", {viewBox: "0 0 " + W + " " + H, width: "100%", role: "img", id: "timeline-svg"}, host);
    var periods = data.periods, series = data.series;
    var totals = periods.map(function (_, i) {
      return Object.keys(series).reduce(function (s, k) { return s + (series[k][i] || 0); }, 0);
    });
    var max = Math.max.apply(null, totals.concat([1]));
    var bw = Math.min((W - L - R) / Math.max(periods.length, 1), 60);
    var y = function (v) { return H - B - (H - T - B) * v / max; };
    el("line", {x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: "#333"}, svg);
    var ticks = [0, Math.round(max / 2), max].filter(function (v, i, a) { return a.indexOf(v) === i; });
    ticks.forEach(function (v) {
      el("line", {x1: L, y1: y(v), x2: W - R, y2: y(v), stroke: "#ddd"}, svg);
      text(svg, L - 6, y(v) + 4, String(Math.round(v)), {"text-anchor": "end", "font-size": 11});
    });
    var bars = 0;
    periods.forEach(function (p, i) {
      var base = 0;
      Object.keys(series).forEach(function (k) {
        var v = series[k][i] || 0;
        if (!v) { return; }
        var r = el("rect", {"class": "bar", x: L + i * bw + 1, y: y(base + v), width: Math.max(bw - 2, 1),
                            height: y(base) - y(base + v), fill: colors[k]}, svg);
        el("title", {}, r).textContent = p + " " + k + ": " + v;
        base += v;
        bars++;
      });
      var every = Math.ceil(periods.length / 12);
      if (i % every === 0) {
        text(svg, L + i * bw + bw / 2, H - B + 16, p, {"text-anchor": "middle", "font-size": 10});
      }
    });
    return bars;
  }

  function drawLegend(host, colors) {
    Object.keys(colors).forEach(function (k) {
      var item = document.createElement("span");
      item.className = "legend-item";
      var sw = document.createElement("i");
      sw.style.background = colors[k];
      item.appendChild(sw);
      item.appendChild(document.createTextNode(k));
      host.appendChild(item);
    });
  }

  function drawMap(host, world, points, bbox, colors, highlight) {
    var W = 900, H = 450;
    var minX = bbox[0], minY = bbox[1], maxX = bbox[2], maxY = bbox[3];
    // Equirectangular: keep degrees square, fit the box into the frame.
    var s = Math.min(W / (maxX - minX), H / (maxY - minY));
    var ox = (W - s * (maxX - minX)) / 2, oy = (H - s * (maxY - minY)) / 2;
    var px = function (lon) { return ox + (lon - minX) * s; };
    var py = function (lat) { return oy + (maxY - lat) * s; };
    var svg = el("svg", {viewBox: "0 0 " + W + " " + H, width: "100%", role: "img", id: "map-svg"}, host);
    el("rect", {x: 0, y: 0, width: W, height: H, fill: "#eaf2f8"}, svg);
    var g = el("g", {}, svg);
    var countries = 0;
    world.features.forEach(function (f) {
      var d = "";
      f.geometry.coordinates.forEach(function (poly) {
        poly.forEach(function (ring) {
          d += ring.map(function (c, i) {
            return (i ? "L" : "M") + px(c[0]).toFixed(1) + "," + py(c[1]).toFixed(1);
          }).join("") + "Z";
        });
      });
      var fill = f.properties.iso3 === highlight ? "#fcf3cf" : "#fdfefe";
      var path = el("path", {d: d, "class": "country", fill: fill, stroke: "#95a5a6",
                             "stroke-width": 0.6, "vector-effect": "non-scaling-stroke"}, g);
      el("title", {}, path).textContent = f.properties.name;
      countries++;
    });
    var drawn = 0, dense = points.length > 500;
    points.forEach(function (p) {
      var r = dense ? 1.5 + Math.min(Math.sqrt(p.fatalities || 0), 3) : 3 + Math.min(Math.sqrt(p.fatalities || 0), 9);
      var c = el("circle", {"class": "event", cx: px(p.lon).toFixed(1), cy: py(p.lat).toFixed(1), r: r,
                            fill: colors[p.type] || "#555", "fill-opacity": 0.65, stroke: "#222",
                            "stroke-width": 0.5}, svg);
      el("title", {}, c).textContent = p.date + " " + (p.location || "") + " (" + p.type + ", " +
        (p.fatalities || 0) + " killed)";
      drawn++;
    });
    return {countries: countries, points: drawn};
  }

  try {
    var data = JSON.parse(document.getElementById("report-data").textContent);
    var world = JSON.parse(document.getElementById("world-data").textContent);
    var colors = colorFor(data.types);
    var bars = drawTimeline(document.getElementById("timeline"), data.timeline, colors);
    drawLegend(document.getElementById("legend"), colors);
    var m = drawMap(document.getElementById("map"), world, data.points, data.bbox, colors, data.highlight);
    document.body.setAttribute("data-bars", bars);
    document.body.setAttribute("data-points", m.points);
    document.body.setAttribute("data-countries", m.countries);
    if (document.body.getAttribute("data-report") !== "error") {
      document.body.setAttribute("data-report", "ok");
    }
  } catch (err) {
    fail(err);
  }
})();
