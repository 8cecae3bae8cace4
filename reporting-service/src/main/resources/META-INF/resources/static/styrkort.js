// A print button prints the page (no inline handlers: the pages' policy runs this file only).
document.addEventListener('click', function (e) {
  if (e.target && e.target.closest && e.target.closest('[data-print]')) {
    window.print();
  }
});

// Live pages: an element with data-live holds the address of the plan's roll-up changes (server-sent
// events). On a change the page fetches itself again and swaps its #live-region, keeping focus and
// scroll, and says so in a polite live region. Without JavaScript the page is the same, only not live.
(function () {
  var holder = document.querySelector('[data-live]');
  if (!holder || !window.EventSource) {
    return;
  }
  var source = new EventSource(holder.getAttribute('data-live'));
  var busy = false;
  source.onmessage = function (e) {
    if (e.data === '-1' || busy) {
      return;
    }
    busy = true;
    fetch(window.location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        busy = false;
        if (!html) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('live-region');
        var region = document.getElementById('live-region');
        if (fresh && region) {
          region.innerHTML = fresh.innerHTML;
          document.body.setAttribute('data-live-version', e.data);
          var note = document.querySelector('.live-note');
          if (note) {
            note.textContent = 'Uppdaterad med nya uppgifter ' + new Date().toLocaleTimeString('sv-SE') + '.';
          }
        }
      })
      .catch(function () { busy = false; });
  };
})();
