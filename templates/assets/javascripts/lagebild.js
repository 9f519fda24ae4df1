/* Lagebild: the timeline filter (by actor and by kind).
 * Progressive enhancement: without this script the timeline lists every event and
 * the filter controls stay hidden. No network, no dependencies. The filter state
 * lives in the address (?actor=…&kind=…), so actor pages can link to a filtered view. */
(function () {
  "use strict";
  var filter = document.querySelector(".lb-filter");
  if (!filter) {
    return;
  }
  var actor = filter.querySelector("select[name=actor]");
  var kind = filter.querySelector("select[name=kind]");
  var status = filter.querySelector(".lb-filter-status");
  var rows = Array.prototype.slice.call(document.querySelectorAll(".lb-timeline tr[data-kind]"));
  var tables = Array.prototype.slice.call(document.querySelectorAll(".lb-timeline"));

  function hasOption(select, value) {
    return Array.prototype.some.call(select.options, function (option) { return option.value === value; });
  }

  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var actors = (row.getAttribute("data-actors") || "").split(" ");
      var match = (!actor.value || actors.indexOf(actor.value) !== -1) &&
        (!kind.value || row.getAttribute("data-kind") === kind.value);
      row.classList.toggle("lb-hidden", !match);
      if (match) {
        shown += 1;
      }
    });
    tables.forEach(function (table) {
      table.classList.toggle("lb-empty", !table.querySelector("tr[data-kind]:not(.lb-hidden)"));
    });
    status.textContent = shown + " / " + rows.length;
  }

  function remember() {
    var params = new URLSearchParams(window.location.search);
    [["actor", actor.value], ["kind", kind.value]].forEach(function (pair) {
      if (pair[1]) { params.set(pair[0], pair[1]); } else { params.delete(pair[0]); }
    });
    var query = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") +
      window.location.hash);
  }

  var start = new URLSearchParams(window.location.search);
  if (start.get("actor") && hasOption(actor, start.get("actor"))) {
    actor.value = start.get("actor");
  }
  if (start.get("kind") && hasOption(kind, start.get("kind"))) {
    kind.value = start.get("kind");
  }
  [actor, kind].forEach(function (select) {
    select.addEventListener("change", function () { apply(); remember(); });
  });
  filter.classList.add("lb-filter--active");
  apply();
}());
