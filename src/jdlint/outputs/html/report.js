/* jdlint report: sort and filter the documents table; open every finding before printing.
   The page reads fully without this script: it only adds controls. */
(function () {
  "use strict";
  var table = document.getElementById("documents");
  var controls = document.getElementById("controls");
  if (!table || !controls) { return; }
  var text = document.getElementById("filter-text");
  var status = document.getElementById("filter-status");
  var count = document.getElementById("filter-count");
  var headers = table.tHead.rows[0].cells;

  function bodies() { return Array.prototype.slice.call(table.tBodies); }

  function key(body, column, kind) {
    var cell = body.rows[0].cells[column];
    var value = cell.getAttribute("data-sort-value");
    if (value === null) { value = cell.textContent.trim().toLowerCase(); }
    return kind === "number" && !isNaN(Number(value)) ? Number(value) : value;
  }

  function sortBy(column) {
    var th = headers[column];
    var kind = th.getAttribute("data-sort");
    var direction = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    var rows = bodies();
    rows.sort(function (a, b) {
      var x = key(a, column, kind), y = key(b, column, kind);
      if (x < y) { return -direction; }
      if (x > y) { return direction; }
      return Number(a.getAttribute("data-index")) - Number(b.getAttribute("data-index"));
    });
    rows.forEach(function (body) { table.appendChild(body); });
    for (var i = 0; i < headers.length; i++) { headers[i].removeAttribute("aria-sort"); }
    th.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");
  }

  function filter() {
    var words = text.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    var wanted = status.value;
    var rows = bodies();
    var shown = 0;
    rows.forEach(function (body) {
      var haystack = body.getAttribute("data-search") || "";
      var visible = (!wanted || body.getAttribute("data-status") === wanted) &&
        words.every(function (word) { return haystack.indexOf(word) !== -1; });
      body.hidden = !visible;
      if (visible) { shown += 1; }
    });
    count.textContent = shown === rows.length
      ? "Showing all " + rows.length + " documents."
      : "Showing " + shown + " of " + rows.length + " documents.";
  }

  Array.prototype.forEach.call(headers, function (th, column) {
    if (!th.hasAttribute("data-sort")) { return; }
    var button = document.createElement("button");
    button.type = "button";
    while (th.firstChild) { button.appendChild(th.firstChild); }
    th.appendChild(button);
    button.addEventListener("click", function () { sortBy(column); });
  });
  text.addEventListener("input", filter);
  status.addEventListener("change", filter);
  controls.addEventListener("submit", function (event) { event.preventDefault(); });
  controls.hidden = false;

  var opened = [];
  window.addEventListener("beforeprint", function () {
    opened = Array.prototype.filter.call(document.querySelectorAll("details:not([open])"),
      function (details) { details.open = true; return true; });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (details) { details.open = false; });
    opened = [];
  });
}());
