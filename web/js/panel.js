// The side panel folds away on a phone: there it is a sheet under the map, closed and opened again by its
// toggle button (open at first, so the legend is one scroll away); on wider screens it always shows.

const PHONE = window.matchMedia('(max-width: 760px)');

export function wirePanelToggle(toggle, body) {
  const set = (open) => {
    toggle.setAttribute('aria-expanded', String(open));
    body.hidden = !open;
    document.body.classList.toggle('panel-open', open);
  };
  toggle.addEventListener('click', () => set(toggle.getAttribute('aria-expanded') !== 'true'));
  PHONE.addEventListener('change', () => set(true));
  set(true);
}
