// Inlined into the page's head by ExplorerServlet (allowed by its hash in the Content-Security-Policy): sends the queries
// of the view the server bound for this URL (the JSON just above) that came without their answer to the SPARQL
// endpoint at once, before any file loads; app.js takes the answers from window.pgEarly.
(function () {
  try {
    var view = JSON.parse(document.getElementById('pg-view').textContent);
    var sparql = document.querySelector('meta[name="policygraph-sparql"]').content;
    var answers = {};
    Object.keys(view.queries).filter(function (name) { return !view.answers[name]; }).forEach(function (name) {
      answers[name] = fetch(sparql, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
        body: new URLSearchParams({ query: view.queries[name] })
      });
      answers[name].catch(function () {}); // app.js reports a failure when it reads the answer
    });
    window.pgEarly = { url: location.pathname + location.search, view: view, answers: answers };
  } catch (e) {
    window.pgEarly = null; // app.js asks for the view itself
  }
})();
