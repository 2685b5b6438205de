/*
 * Ca trực của tôi (me/shifts.xhtml, a light page: no PrimeFaces script).
 * - [data-copy]: copies the field it names (the calendar link); the clipboard API needs HTTPS, elsewhere the selected
 *   field is copied the old way; the button then says so (data-copied).
 * - [data-filter]: while the member types, the list of colleagues it names narrows to the names that contain the
 *   words typed, diacritics and case ignored ("hoa" finds "Hòa"); the search button asks the server for the rest.
 */
(function () {
    'use strict';

    function plain(text) {
        return (text || '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
            .toLowerCase();
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('[data-copy]');
        if (!button) {
            return;
        }
        var field = document.getElementById(button.getAttribute('data-copy'));
        if (!field) {
            return;
        }
        field.select();
        (navigator.clipboard ? navigator.clipboard.writeText(field.value) : Promise.reject()).catch(function () {
            document.execCommand('copy');
        });
        button.textContent = button.getAttribute('data-copied');
    });

    document.addEventListener('input', function (event) {
        var field = event.target;
        if (!field.getAttribute || !field.getAttribute('data-filter')) {
            return;
        }
        var list = document.getElementById(field.getAttribute('data-filter'));
        if (!list) {
            return;
        }
        var words = plain(field.value).split(/\s+/).filter(Boolean);
        list.querySelectorAll('label').forEach(function (label) {
            var name = plain(label.textContent);
            var row = label.closest('tr') || label;
            row.hidden = !words.every(function (w) {
                return name.indexOf(w) >= 0;
            });
        });
    });
})();
