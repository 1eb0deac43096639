// The browse app's map: fetches /api/points (the page's filters) and the bundled Natural Earth 1:110m
// countries, draws them as SVG (equirectangular, framed on the points), one circle per place coloured
// by its commonest event type and sized by fatalities. Clicking a circle opens the events at that place.
// Sets <body data-map="ok" data-points=N> when drawn, data-map="error" and data-error on failure.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var COLORS = ["#c0392b", "#e67e22", "#8e44ad", "#2980b9", "#16a085", "#7f8c8d", "#d35400", "#2c3e50"];
  var host = document.getElementById("map");
  var query = host.getAttribute("data-query") || "";

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }
  function fail(msg) {
    document.body.setAttribute("data-map", "error");
    document.body.setAttribute("data-error", msg);
    host.innerHTML = "";
    var div = document.createElement("div");
    div.className = "error";
    div.setAttribute("role", "alert");
    div.textContent = msg;
    host.appendChild(div);
  }
  function json(url) {
    return fetch(url, {credentials: "same-origin"}).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error(body.error || ("HTTP " + r.status)); }
        return body;
      });
    });
  }
  function bbox(points) {
    if (!points.length) { return [-180, -60, 180, 85]; }
    var xs = points.map(function (p) { return p.lon; }), ys = points.map(function (p) { return p.lat; });
    var minX = Math.min.apply(null, xs), maxX = Math.max.apply(null, xs);
    var minY = Math.min.apply(null, ys), maxY = Math.max.apply(null, ys);
    var pad = Math.max(2, 0.15 * Math.max(maxX - minX, maxY - minY));
    return [Math.max(minX - pad, -180), Math.max(minY - pad, -90), Math.min(maxX + pad, 180), Math.min(maxY + pad, 90)];
  }
  function draw(world, data) {
    var W = 960, H = 480, b = bbox(data.points);
    var s = Math.min(W / (b[2] - b[0]), H / (b[3] - b[1]));
    var ox = (W - s * (b[2] - b[0])) / 2, oy = (H - s * (b[3] - b[1])) / 2;
    var px = function (lon) { return ox + (lon - b[0]) * s; };
    var py = function (lat) { return oy + (b[3] - lat) * s; };
    host.innerHTML = "";
    var svg = el("svg", {viewBox: "0 0 " + W + " " + H, role: "img", id: "map-svg"}, host);
    var g = el("g", {}, svg);
    world.features.forEach(function (f) {
      var d = "";
      f.geometry.coordinates.forEach(function (poly) {
        poly.forEach(function (ring) {
          d += ring.map(function (c, i) { return (i ? "L" : "M") + px(c[0]).toFixed(1) + "," + py(c[1]).toFixed(1); }).join("") + "Z";
        });
      });
      var path = el("path", {d: d, fill: "#fdfefe", stroke: "#95a5a6", "stroke-width": 0.6, "vector-effect": "non-scaling-stroke"}, g);
      el("title", {}, path).textContent = f.properties.name;
    });
    var colors = {};
    data.types.forEach(function (t, i) { colors[t] = COLORS[i % COLORS.length]; });
    var dense = data.points.length > 500;
    // Big circles first, so small ones stay clickable on top.
    data.points.slice().sort(function (a, b2) { return b2.fatalities - a.fatalities; }).forEach(function (p) {
      var r = (dense ? 1.5 : 4) + Math.min(Math.sqrt(p.fatalities), dense ? 3 : 10);
      var c = el("circle", {"class": "event", cx: px(p.lon).toFixed(1), cy: py(p.lat).toFixed(1), r: r.toFixed(1),
                            fill: colors[p.type] || "#555", "fill-opacity": 0.7, stroke: "#222", "stroke-width": 0.5,
                            "data-point": p.lat + "," + p.lon}, svg);
      el("title", {}, c).textContent = (p.location || "") + ": " + p.events + " event" + (p.events > 1 ? "s" : "") +
        ", " + p.fatalities + " killed (" + (p.type || "?") + ")";
      c.addEventListener("click", function () {
        window.location.href = "/events?" + (query ? query + "&" : "") + "point=" + encodeURIComponent(p.lat + "," + p.lon);
      });
    });
    var legend = document.getElementById("legend");
    data.types.forEach(function (t) {
      var item = document.createElement("span"), sw = document.createElement("i");
      sw.style.background = colors[t];
      item.appendChild(sw);
      item.appendChild(document.createTextNode(t));
      legend.appendChild(item);
    });
    document.body.setAttribute("data-points", String(data.points.length));
    document.body.setAttribute("data-map", "ok");
  }
  Promise.all([json("/static/world.json"), json("/api/points?" + query)])
    .then(function (r) { draw(r[0], r[1]); })
    .catch(function (err) { fail(String(err && err.message || err)); });
}());
