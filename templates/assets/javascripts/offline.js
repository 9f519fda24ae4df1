/* Lagebild: the site opened straight from disk (file://) works as it does over HTTP.
 *
 * 1. Pages live in folders (briefings/x/index.html) and links end in "/": over file:// a
 *    browser shows a directory listing for those, so "index.html" is added to such a link
 *    before it is followed (and to every link on the page once it has loaded).
 * 2. Browsers refuse Web Workers from file://, and Material's search runs in one. Over file://
 *    the worker script runs in a hidden frame instead; Material's worker knows this set-up by
 *    the name IFrameWorker (it then finds its language files beside its own script), and
 *    Material loads the index from search/search_index.js, which our plugin writes.
 *
 * 3. Material reads sitemap.xml beside every <link rel="alternate"> (for language versions); from
 *    disk that read is refused with an error, so the feed's link, of no use there, is dropped.
 *
 * Over http(s) this script does nothing. No network, no dependencies. */
(function () {
  "use strict";
  if (window.location.protocol !== "file:") {
    return;
  }

  Array.prototype.forEach.call(document.querySelectorAll("link[rel=alternate]"), function (link) {
    link.remove();
  });

  function withIndex(href) {
    var url;
    try {
      url = new URL(href, document.baseURI);
    } catch (error) {
      return null;
    }
    if (url.protocol !== "file:" || url.pathname.slice(-1) !== "/") {
      return null;
    }
    url.pathname += "index.html";
    return url.href;
  }

  function fix(link) {
    var href = link.getAttribute("href");
    var fixed = href && href.charAt(0) !== "#" ? withIndex(href) : null;
    if (fixed) {
      link.setAttribute("href", fixed);
    }
  }

  function fixFollowed(event) {
    var link = event.target && event.target.closest ? event.target.closest("a[href]") : null;
    if (link) {
      fix(link);
    }
  }

  document.addEventListener("click", fixFollowed, true);
  document.addEventListener("auxclick", fixFollowed, true);
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("a[href]"), fix);
  });

  function loadScript(scope, src) {
    return new Promise(function (resolve, reject) {
      var script = scope.document.createElement("script");
      script.src = new URL(src, document.baseURI).href;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("cannot load " + src)); };
      scope.document.head.appendChild(script);
    });
  }

  /* The part of the Worker interface Material uses: postMessage, message events, terminate. */
  class IFrameWorker extends EventTarget {
    constructor(url) {
      super();
      var worker = this;
      this.frame = document.createElement("iframe");
      this.frame.hidden = true;
      this.frame.setAttribute("aria-hidden", "true");
      this.frame.tabIndex = -1;
      (document.body || document.documentElement).appendChild(this.frame);
      var scope = this.frame.contentWindow;
      scope.postMessage = function (data) {  // the worker's answer goes to this page
        worker.dispatchEvent(new MessageEvent("message", { data: data }));
      };
      scope.importScripts = function () {
        var urls = Array.prototype.slice.call(arguments);
        return urls.reduce(function (done, src) {
          return done.then(function () { return loadScript(scope, src); });
        }, Promise.resolve());
      };
      this.ready = loadScript(scope, url);
    }

    postMessage(data) {
      var scope = this.frame.contentWindow;
      this.ready.then(function () {
        scope.dispatchEvent(new scope.MessageEvent("message", { data: data }));
      });
    }

    terminate() {
      this.frame.remove();
    }
  }

  window.IFrameWorker = IFrameWorker;
  window.Worker = IFrameWorker;
}());
