// Draws the report's chart and map as inline SVG and its incident list (one row per incident) from the
// embedded JSON. No network, no libraries. Clicking a map point opens a popup with its incidents; the list
// filters by text, type, fatalities and map point. On success it sets <body data-report="ok" data-bars=N
// data-points=N data-countries=N data-events=N (incident rows listed now)>; on any error data-report="error" and data-error,
// so headless tests can tell a drawn report from a broken one.
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

  function drawMap(host, world, points, bbox, colors, highlight, onPoint) {
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
      var fat = p.events.reduce(function (t, e) { return t + (e.fat || 0); }, 0);
      var r = dense ? 1.5 + Math.min(Math.sqrt(fat), 3) : 3 + Math.min(Math.sqrt(fat), 9);
      var c = el("circle", {"class": "event", cx: px(p.lon).toFixed(1), cy: py(p.lat).toFixed(1), r: r,
                            fill: colors[p.events[0].type] || "#555", "fill-opacity": 0.65, stroke: "#222",
                            "stroke-width": 0.5, "data-point": p.id}, svg);
      el("title", {}, c).textContent = (p.events[0].loc || "") + ": " + p.events.length + " incident" +
        (p.events.length > 1 ? "s" : "") + ", " + fat + " killed";
      c.addEventListener("click", function (ev) { ev.stopPropagation(); onPoint(p, c); });
      drawn++;
    });
    return {countries: countries, points: drawn};
  }

  function node(tag, attrs, text) {
    var n = document.createElement(tag);
    for (var k in attrs || {}) { n.setAttribute(k, attrs[k]); }
    if (text !== undefined && text !== null) { n.textContent = text; }
    return n;
  }
  function actors(e) { return [e.a1, e.a2].filter(Boolean).join(" vs "); }
  function place(e, names) {
    return [e.loc, e.admin1, names[e.country] || e.country].filter(Boolean).join(", ");
  }
  function sourceLink(e) {
    if (!e.url) { return node("span", {"class": "meta"}, "(no link)"); }
    var host = e.url.replace(/^[a-z]+:\/\/(www\.)?/i, "").split("/")[0];
    var a = node("a", {href: e.url, target: "_blank", rel: "noopener noreferrer"}, host);
    if (e.n > 1) { a.title = e.n + " outlets reported this incident"; }
    return a;
  }

  // Incidents at the same coordinates share one map point.
  function groupPoints(events) {
    var byKey = {}, out = [];
    events.forEach(function (e, i) {
      e.i = i;
      if (e.lat === null || e.lon === null || e.lat === undefined) { return; }
      var key = e.lat.toFixed(3) + "," + e.lon.toFixed(3);
      if (!byKey[key]) { byKey[key] = {id: out.length, lat: e.lat, lon: e.lon, events: []}; out.push(byKey[key]); }
      byKey[key].events.push(e);
    });
    return out;
  }

  function EventList(events, names, colors) {
    var body = document.querySelector("#event-list tbody");
    var text = document.getElementById("f-text"), type = document.getElementById("f-type");
    var fatal = document.getElementById("f-fatal"), clear = document.getElementById("f-clear");
    var placeTag = document.getElementById("f-place"), count = document.getElementById("list-count");
    var only = null, LIMIT = 1000;
    var haystack = events.map(function (e) {
      return [e.date, e.type, e.sub, e.a1, e.a2, place(e, names), e.ev, e.url].join(" ").toLowerCase();
    });
    Object.keys(colors).forEach(function (t) { type.appendChild(node("option", {value: t}, t)); });
    function render() {
      var words = text.value.toLowerCase().split(/\s+/).filter(Boolean);
      var rows = events.filter(function (e) {
        if (only && only.indexOf(e.i) < 0) { return false; }
        if (type.value && e.type !== type.value) { return false; }
        if (fatal.checked && !(e.fat > 0)) { return false; }
        return words.every(function (w) { return haystack[e.i].indexOf(w) >= 0; });
      });
      body.textContent = "";
      rows.slice(0, LIMIT).forEach(function (e) {
        var tr = node("tr", {"data-event": e.i});
        tr.appendChild(node("td", {}, e.date || "?"));
        var td = node("td");
        var tag = node("span", {"class": "tag"}, e.type);
        tag.style.background = colors[e.type] || "#555";
        td.appendChild(tag);
        td.appendChild(node("div", {"class": "meta"}, e.sub));
        tr.appendChild(td);
        tr.appendChild(node("td", {}, actors(e)));
        tr.appendChild(node("td", {}, place(e, names)));
        tr.appendChild(node("td", {"class": "n"}, e.fat === null ? "" : String(e.fat)));
        tr.appendChild(node("td", {"class": "evidence"}, e.ev));
        var src = node("td");
        src.appendChild(sourceLink(e));
        tr.appendChild(src);
        body.appendChild(tr);
      });
      var shown = Math.min(rows.length, LIMIT);
      count.textContent = rows.length + " of " + events.length + " incidents" +
        (rows.length > LIMIT ? " (the first " + LIMIT + " listed: narrow the filter)" : "");
      clear.hidden = !(only || text.value || type.value || fatal.checked);
      document.body.setAttribute("data-events", shown);
      return shown;
    }
    [text, type, fatal].forEach(function (c) { c.addEventListener("input", function () { render(); }); });
    fatal.addEventListener("change", function () { render(); });
    clear.addEventListener("click", function () {
      only = null; text.value = ""; type.value = ""; fatal.checked = false; placeTag.hidden = true; render();
    });
    return {
      render: render,
      showOnly: function (point) {
        only = point.events.map(function (e) { return e.i; });
        placeTag.hidden = false;
        placeTag.textContent = "at " + (point.events[0].loc || point.lat.toFixed(2) + ", " + point.lon.toFixed(2));
        render();
        document.getElementById("event-list").scrollIntoView({block: "start"});
      }
    };
  }

  function Popup(host, names, list) {
    var box = document.getElementById("popup");
    var selected = null;
    function close() {
      box.hidden = true;
      if (selected) { selected.classList.remove("selected"); selected = null; }
    }
    document.addEventListener("keydown", function (e) { if (e.key === "Escape") { close(); } });
    host.addEventListener("click", function (e) { if (!box.contains(e.target)) { close(); } });
    return function open(point, circle) {
      close();
      selected = circle;
      circle.classList.add("selected");
      box.textContent = "";
      var x = node("button", {"class": "close", type: "button", "aria-label": "close"}, "\u00d7");
      x.addEventListener("click", close);
      box.appendChild(x);
      var fat = point.events.reduce(function (t, e) { return t + (e.fat || 0); }, 0);
      box.appendChild(node("h3", {}, place(point.events[0], names) + ": " + point.events.length + " incident" +
                           (point.events.length > 1 ? "s" : "") + ", " + fat + " killed"));
      point.events.slice(0, 20).forEach(function (e) {
        var d = node("div", {"class": "ev"});
        d.appendChild(node("b", {}, (e.date || "?") + " " + e.type));
        d.appendChild(document.createTextNode(" " + (e.sub || "") + (e.fat ? ", " + e.fat + " killed" : "")));
        if (actors(e)) { d.appendChild(node("div", {}, actors(e))); }
        d.appendChild(node("div", {"class": "meta"}, e.ev));
        d.appendChild(sourceLink(e));
        box.appendChild(d);
      });
      var more = node("button", {type: "button", id: "popup-list"}, "show these in the incident list");
      more.addEventListener("click", function () { list.showOnly(point); close(); });
      box.appendChild(more);
      var r = circle.getBoundingClientRect(), h = host.getBoundingClientRect();
      var left = Math.min(Math.max(r.left - h.left + 12, 0), Math.max(h.width - 390, 0));
      box.style.left = left + "px";
      box.style.top = Math.max(r.top - h.top - 20, 0) + "px";
      box.hidden = false;
      document.body.setAttribute("data-popup", point.events.length);
    };
  }

  try {
    var data = JSON.parse(document.getElementById("report-data").textContent);
    var world = JSON.parse(document.getElementById("world-data").textContent);
    var colors = colorFor(data.types);
    var bars = drawTimeline(document.getElementById("timeline"), data.timeline, colors);
    drawLegend(document.getElementById("legend"), colors);
    var mapHost = document.getElementById("map");
    var list = EventList(data.events, data.names, colors);
    var popup = Popup(mapHost, data.names, list);
    var m = drawMap(mapHost, world, groupPoints(data.events), data.bbox, colors, data.highlight, popup);
    list.render();
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
