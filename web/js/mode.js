// Which view this page is, on <html> before the first paint (a classic script in <head>, not a module), so
// the layout of the view is there from the start and nothing shifts when the modules arrive.
(function mode() {
  var gemeente = /^\/gemeente\/GM\d{4}$/.test(window.location.pathname);
  var analyst = new URLSearchParams(window.location.search).get('view') === 'analyse';
  document.documentElement.classList.add(gemeente ? 'mode-gemeente' : analyst ? 'mode-analyst' : 'mode-programme');
}());
