/* The coordinators' and viewers' menu groups (<details name="nav-group"> in WEB-INF/templates/main.xhtml): the
   browser opens and closes them by mouse, finger or keyboard without any script. This only closes an open group on
   Escape (the focus goes back to its button), when another opens (browsers without exclusive <details name>), and on
   a click or tap anywhere else. */
(function () {
    'use strict';
    var groups = Array.prototype.slice.call(document.querySelectorAll('nav.mainnav details.nav-group'));
    if (!groups.length) {
        return;
    }
    function closeAll(except) {
        groups.forEach(function (g) {
            if (g !== except && g.open) {
                g.open = false;
            }
        });
    }
    groups.forEach(function (g) {
        g.addEventListener('toggle', function () {
            if (g.open) {
                closeAll(g);
            }
        });
    });
    document.addEventListener('keydown', function (e) {
        if (e.key !== 'Escape') {
            return;
        }
        groups.forEach(function (g) {
            if (g.open) {
                g.open = false;
                g.querySelector('summary').focus();
            }
        });
    });
    document.addEventListener('click', function (e) {
        if (!(e.target instanceof Element) || !e.target.closest('details.nav-group')) {
            closeAll(null);
        }
    });
}());
