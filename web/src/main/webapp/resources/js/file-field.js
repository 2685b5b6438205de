/* PrimeFaces' skinned file field hides its real input from assistive technology (aria-hidden) although the input
   keeps the keyboard focus; screen readers then announce nothing. Show it to them again (WCAG 2, axe-core
   "aria-hidden-focus"). Loaded only by the pages with a file field. */
(function () {
    function reveal() {
        document.querySelectorAll('.ui-fileupload-simple input[type=file][aria-hidden]').forEach(function (input) {
            input.removeAttribute('aria-hidden');
            var button = input.parentNode.querySelector('.ui-button-text');
            if (input.labels.length === 0 && !input.hasAttribute('aria-label') && button) {
                input.setAttribute('aria-label', button.textContent.trim());
            }
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', reveal);
    } else {
        reveal();
    }
    document.addEventListener('pfAjaxComplete', reveal);
})();
