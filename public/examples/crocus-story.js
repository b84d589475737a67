// The host side of the example story: size the embed, and drive it as the reader scrolls.
// Kept out of the page so the page itself runs under a strict Content-Security-Policy.
var frame = document.getElementById('faultlines-story');
var steps = document.querySelectorAll('.steps p');
var active = null;
var embedReady = false;
function send(step) {
  if (!step || !embedReady) return;
  try {
    frame.contentWindow.postMessage(JSON.parse(step.getAttribute('data-select')), '*');
  } catch (e) {
    /* a malformed data-select is skipped */
  }
}
// Height: the listener Faultlines hands out (source-matched, bounded, never navigates).
// The first height message also says the embed is listening: send it the current step.
window.addEventListener('message', function (event) {
  var data = event.data;
  if (event.source !== frame.contentWindow || !data || data.type !== 'faultlines:height') return;
  var height = Number(data.height);
  if (!isFinite(height) || height < 120 || height > 6000) return;
  frame.style.height = Math.round(height) + 'px';
  if (!embedReady) {
    embedReady = true;
    send(active);
  }
});
// Scroll: the paragraph crossing the middle of the screen sends its selection.
var observer = new IntersectionObserver(
  function (entries) {
    entries.forEach(function (entry) {
      if (!entry.isIntersecting) return;
      active = entry.target;
      steps.forEach(function (p) {
        p.classList.toggle('is-active', p === active);
      });
      send(active);
    });
  },
  { rootMargin: '-45% 0px -45% 0px' },
);
steps.forEach(function (p) {
  observer.observe(p);
});
