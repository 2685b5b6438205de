/* The calendar button of every date and time field (WEB-INF/tags/date.xhtml): PrimeFaces' date picker writes the
   placeholder text "ui-button" into it, which screen readers read and axe-core reports as a label that does not
   match its content (label-content-name-mismatch). Give the button the field's own words from the bundle
   ("Chọn ngày", "Chọn giờ"), kept by the input in data-choose, as its name, its hidden text and its tooltip. The
   picker builds the button in script, at load and again after each Ajax update: a MutationObserver catches both. */
(function () {
    function name(root) {
        root.querySelectorAll('.ui-datepicker-trigger').forEach(function (button) {
            var input = button.parentNode.querySelector('input[data-choose]');
            var text = button.querySelector('.ui-button-text');
            if (!input || !text) {
                return;
            }
            var label = input.getAttribute('data-choose');
            if (button.getAttribute('aria-label') !== label || text.textContent !== label) {
                button.setAttribute('aria-label', label);
                button.setAttribute('title', label);
                text.textContent = label;
            }
        });
    }
    name(document);
    new MutationObserver(function (changes) {
        for (var i = 0; i < changes.length; i++) {
            if (changes[i].addedNodes.length) {
                name(document);
                return;
            }
        }
    }).observe(document.documentElement, {childList: true, subtree: true});
})();
