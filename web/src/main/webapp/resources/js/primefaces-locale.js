/* Corrections to PrimeFaces' own Vietnamese texts (its locales/locale-vi.js, loaded before this file on every page
   that has PrimeFaces). Its translator also translated the placeholders that PrimeFaces fills in, so the pager's
   buttons were read to screen readers as "Trang {trang}" instead of "Trang 2" (axe-core's label-content-name-mismatch,
   checked by PagesBrowserIT). The placeholders stay as PrimeFaces names them: {page}, {star}. */
(function () {
    'use strict';
    var vi = window.PrimeFaces && PrimeFaces.locales && PrimeFaces.locales.vi;
    if (vi && vi.aria) {
        vi.aria.pageLabel = 'Trang {page}';
        vi.aria.stars = '{star} sao';
    }
}());
