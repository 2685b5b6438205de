/*
 * Buttons with data-confirm ask the phone's own confirmation before their form is posted: the light member pages
 * (vn.cdtt.web.common.LightPages) load no PrimeFaces script, so no PrimeFaces confirm dialog either.
 */
document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-confirm]') : null;
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
        event.preventDefault();
    }
});
