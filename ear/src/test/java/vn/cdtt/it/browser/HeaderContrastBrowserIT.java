package vn.cdtt.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every control of the header (the application's name, the language switch, *Đăng xuất*) can be read on every kind of
 * page: its text colour against the background it is drawn on has a contrast of at least 4.5:1 (WCAG 1.4.3), for
 * every role, on pages with PrimeFaces' theme and on the light member pages without it. axe-core leaves white on
 * white as "to be reviewed" (it cannot tell hidden text from unreadable text), so the colours are read here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeaderContrastBrowserIT extends BrowserTest {

    /**
     * "text: ratio (colour on background)" for every visible link and button of the header; the background is the
     * first one that is not transparent from the control up through its ancestors, semi-transparent ones blended
     * over what is behind them.
     */
    static final String HEADER_CONTRAST = """
            const rgba = s => { const m = s.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
            const over = (top, below) => top.slice(0, 3).map((c, i) => c * top[3] + below[i] * (1 - top[3])).concat([1]);
            const background = e => {
                const layers = [];
                for (let n = e; n; n = n.parentElement) {
                    const c = rgba(getComputedStyle(n).backgroundColor);
                    if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
                }
                return layers.reduceRight((below, top) => over(top, below), [255, 255, 255, 1]);
            };
            const luminance = c => { const l = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2]; };
            const out = [];
            for (const e of document.querySelectorAll('header.topbar a, header.topbar button, header.topbar input[type=submit], header.topbar input[type=button]')) {
                const r = e.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || getComputedStyle(e).visibility === 'hidden') continue;
                const bg = background(e);
                const fg = over(rgba(getComputedStyle(e).color), bg);
                const a = luminance(fg), b = luminance(bg);
                const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                out.push((e.value || e.textContent).trim() + ': ' + ratio.toFixed(2) + ' (rgb(' + fg.slice(0, 3).map(Math.round)
                    + ') on rgb(' + bg.slice(0, 3).map(Math.round) + '))');
            }
            return out;
            """;

    @ArquillianResource
    URL base;

    @Test
    void everyHeaderControlCanBeReadOnEveryKindOfPage() {
        List<String> unreadable = new ArrayList<>();
        // one page per role: the theme's pages of every role, and two of a member's light pages (no theme)
        String[][] pages = {
                {"tinh.demo", "roster/members.xhtml", "1366"},
                {"xa.demo", "duty/board.xhtml", "1366"},
                {"xem.demo", "dashboard/index.xhtml", "1366"},
                {"tt.demo", "site/today.xhtml", "360"},
                {"tv.demo", "me/shifts.xhtml", "360"},
                {"tv.demo", "account/password.xhtml", "360"}};
        for (String[] page : pages) {
            try (Browser b = new Browser("header-" + page[0] + "-" + page[1].replace('/', '-'), Integer.parseInt(page[2]), 800)) {
                try {
                    b.login(base, page[0], "Demo@2026");
                    b.open(base + page[1]);
                    b.visible(By.cssSelector("main h1"));
                    List<?> controls = (List<?>) ((JavascriptExecutor) b.driver()).executeScript(HEADER_CONTRAST);
                    assertFalse(controls.isEmpty(), page[1] + ": the header has controls");
                    assertTrue(controls.stream().anyMatch(c -> c.toString().startsWith("Đăng xuất")),
                            page[0] + " " + page[1] + " shows Đăng xuất: " + controls);
                    for (Object control : controls) {
                        double ratio = Double.parseDouble(control.toString().replaceAll(".*: ([\\d.]+) \\(.*", "$1"));
                        if (ratio < 4.5) {
                            unreadable.add(page[0] + " " + page[1] + ": " + control);
                        }
                    }
                    b.step("header");
                } catch (AssertionError | RuntimeException e) {
                    b.failed();
                    throw e;
                }
            }
        }
        assertTrue(unreadable.isEmpty(), "header controls under 4.5:1:\n" + String.join("\n", unreadable));
    }
}
