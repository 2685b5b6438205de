/* CDTT service worker (served from the application's root, so its scope covers every page of it).
   - The member's pages (KEPT: home, Ca trực của tôi, Ca cần người, Hồ sơ, Phụ cấp, Thông báo, Mật khẩu): network
     first; every copy a member gets online is kept (the page marks itself data-pwa-keep="true"), in a cache of that
     member's account only, under its address with and without its query (?page=2, ?month=…); without signal the
     last copy of that address, or else of that page, is served, marked data-pwa-state="offline" so the page shows
     "Bản lưu lúc dd/MM/yyyy HH:mm – đang ngoại tuyến" (resources/js/pwa.js). No other page is kept.
   - Scripts, stylesheets, fonts and images of the pages (/jakarta.faces.resource/): a versioned one (?v=…) from
     the cache first (a new release is a new address), the others from the network first, the cache without signal.
   - Another account signs in, or the member signs out (pwa.js): the kept page is deleted.
   - Web push: shows the notification the server sent (its text is in the member's language).
   - Background Sync: sends the check-ins queued without signal once there is signal, even with the page closed.
   Texts shown to the member are in the page (from the bundles) or the push, never here. */
'use strict';

var PAGE_PREFIX = 'cdtt-page-';
var RESOURCES = 'cdtt-resources-v1';
var STATE = 'cdtt-state';
var SCOPE = new URL(self.registration.scope).pathname;
var KEPT = ['index.xhtml', 'me/shifts.xhtml', 'me/open.xhtml', 'me/record.xhtml', 'me/allowance.xhtml',
    'account/inbox.xhtml', 'account/password.xhtml'].map(function (p) {
    return SCOPE + p;
});

/** The address a page is kept under: the application's root is its home page. */
function pathOf(url) {
    return url.pathname === SCOPE ? SCOPE + 'index.xhtml' : url.pathname;
}

function kept(url) {
    return KEPT.indexOf(pathOf(url)) >= 0;
}

self.addEventListener('install', function () {
    self.skipWaiting();
});

self.addEventListener('activate', function (event) {
    event.waitUntil(self.clients.claim());
});

function account() {
    return caches.open(STATE).then(function (c) {
        return c.match(SCOPE + '__account');
    }).then(function (r) {
        return r ? r.text() : '';
    });
}

/** Makes this account the phone's current one; the pages kept for any other account are deleted. */
function setAccount(name) {
    return account().then(function (current) {
        if (current === name) {
            return;
        }
        return caches.keys().then(function (keys) {
            return Promise.all(keys.filter(function (k) {
                return k.indexOf(PAGE_PREFIX) === 0 && k !== PAGE_PREFIX + encodeURIComponent(name);
            }).map(function (k) {
                return caches.delete(k);
            }));
        }).then(function () {
            return caches.open(STATE);
        }).then(function (c) {
            return c.put(SCOPE + '__account', new Response(name));
        });
    });
}

function forget() {
    return caches.keys().then(function (keys) {
        return Promise.all(keys.filter(function (k) {
            return k.indexOf(PAGE_PREFIX) === 0 || k === STATE;
        }).map(function (k) {
            return caches.delete(k);
        }));
    });
}

/** Keeps a copy of a member's page if it is one (not the login page a lapsed session is sent to). */
function keep(response, address) {
    if (!response.ok || response.redirected) {
        return Promise.resolve();
    }
    var url = new URL(address || response.url);
    return response.text().then(function (html) {
        if (html.indexOf('data-pwa-keep="true"') < 0) {
            return;
        }
        var match = /data-account="([^"]+)"/.exec(html);
        if (!match) {
            return;
        }
        var name = match[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
        return setAccount(name).then(function () {
            return caches.open(PAGE_PREFIX + encodeURIComponent(name));
        }).then(function (c) {
            var copy = function () {
                return new Response(html, {status: 200, headers: response.headers});
            };
            return Promise.all([c.put(pathOf(url) + url.search, copy()), c.put(pathOf(url), copy())]);
        });
    });
}

/** The last copy of this address, or else of this page with another query; null if none is kept. */
function keptPage(url) {
    return account().then(function (name) {
        return name ? caches.open(PAGE_PREFIX + encodeURIComponent(name)) : null;
    }).then(function (c) {
        return c ? c.match(pathOf(url) + url.search).then(function (r) {
            return r || c.match(pathOf(url));
        }) : null;
    }).then(function (r) {
        if (!r) {
            return null;
        }
        return r.text().then(function (html) {
            return new Response(html.replace('data-pwa-state="online"', 'data-pwa-state="offline"'),
                {status: 200, headers: r.headers});
        });
    });
}

function page(event) {
    var url = new URL(event.request.url);
    return fetch(event.request).then(function (response) {
        event.waitUntil(keep(response.clone(), event.request.url).catch(function () {}));
        return response;
    }, function (failure) {
        return keptPage(url).then(function (r) {
            if (r) {
                return r;
            }
            throw failure;
        });
    });
}

function resource(request) {
    var versioned = new URL(request.url).searchParams.has('v');
    return caches.open(RESOURCES).then(function (c) {
        var fromNetwork = function () {
            return fetch(request).then(function (response) {
                if (response.ok) {
                    c.put(request, response.clone());
                }
                return response;
            });
        };
        if (versioned) {
            return c.match(request).then(function (hit) {
                return hit || fromNetwork();
            });
        }
        return fromNetwork().catch(function (failure) {
            return c.match(request).then(function (hit) {
                if (hit) {
                    return hit;
                }
                throw failure;
            });
        });
    });
}

self.addEventListener('fetch', function (event) {
    var request = event.request;
    if (request.method !== 'GET') {
        return;
    }
    var url = new URL(request.url);
    if (url.origin !== self.location.origin) {
        return;
    }
    if (request.mode === 'navigate' && kept(url)) {
        event.respondWith(page(event));
    } else if (url.pathname.indexOf(SCOPE + 'jakarta.faces.resource/') === 0) {
        event.respondWith(resource(request));
    }
});

/* Web push (Notifier → PushChannel → PushSender): the payload is {title, body, url}, written in the member's
   language on the server; a tap opens the page it is about. */
self.addEventListener('push', function (event) {
    var data = {};
    try {
        data = event.data ? event.data.json() : {};
    } catch (e) {
        data = {body: event.data ? event.data.text() : ''};
    }
    event.waitUntil(self.registration.showNotification(data.title || 'CDTT', {
        body: data.body || '', icon: SCOPE + 'icons/icon-192.png', lang: 'vi', data: {url: data.url || SCOPE}
    }));
});

self.addEventListener('notificationclick', function (event) {
    event.notification.close();
    event.waitUntil(self.clients.openWindow(event.notification.data && event.notification.data.url || SCOPE));
});

/* Background Sync (where the browser has it): the check-ins pwa.js queued without signal (IndexedDB "cdtt",
   store "checkins") are sent once the phone has signal again, even if no page of the application is open; the
   server's answers go to the open pages (pwa.js shows them), and nothing is lost if none is. A failed send keeps
   the queue and lets the browser try again later. pwa.js sends the same queue on its own (online event, next load):
   a Web Lock keeps the two from sending one check-in twice. */
function queue(mode, work) {
    return new Promise(function (resolve, reject) {
        var open = indexedDB.open('cdtt', 1);
        open.onupgradeneeded = function () {
            open.result.createObjectStore('checkins', {keyPath: 'id', autoIncrement: true});
        };
        open.onsuccess = function () {
            var tx = open.result.transaction('checkins', mode);
            var result = work(tx.objectStore('checkins'));
            tx.oncomplete = function () {
                resolve(result && result.result);
            };
            tx.onerror = function () {
                reject(tx.error);
            };
        };
        open.onerror = function () {
            reject(open.error);
        };
    });
}

function sendQueued() {
    var work = function () {
        return account().then(function (me) {
            if (!me) {
                return;
            }
            return queue('readonly', function (s) {
                return s.getAll();
            }).then(function (all) {
                var mine = (all || []).filter(function (c) {
                    return c.account === me;
                });
                var messages = [];
                return mine.reduce(function (previous, c) {
                    return previous.then(function () {
                        return fetch(SCOPE + 'me/offline-check-in', {
                            method: 'POST', credentials: 'same-origin',
                            headers: {'Content-Type': 'application/json', 'X-CDTT-Offline': '1'},
                            body: JSON.stringify({shift: c.shift, madeAt: c.madeAt})
                        }).then(function (r) {
                            var json = (r.headers.get('Content-Type') || '').indexOf('application/json') === 0;
                            if (!json || (r.status !== 200 && r.status !== 422)) {
                                throw new Error('not sent');
                            }
                            return r.json().then(function (answer) {
                                messages.push(answer.message);
                                return queue('readwrite', function (s) {
                                    return s.delete(c.id);
                                });
                            });
                        });
                    });
                }, Promise.resolve()).then(function () {
                    if (!messages.length) {
                        return;
                    }
                    return self.clients.matchAll({type: 'window'}).then(function (pages) {
                        pages.forEach(function (p) {
                            p.postMessage({type: 'checkin-answers', account: me, messages: messages});
                        });
                    });
                });
            });
        });
    };
    return self.navigator.locks ? self.navigator.locks.request('cdtt-checkins', work) : work();
}

self.addEventListener('sync', function (event) {
    if (event.tag === 'cdtt-checkins') {
        event.waitUntil(sendQueued());
    }
});

/* From the pages (pwa.js): who is signed in, the page's resources to keep, sign-out. */
self.addEventListener('message', function (event) {
    var data = event.data || {};
    if (data.type === 'account' && data.account) {
        event.waitUntil(setAccount(data.account).then(function () {
            return caches.open(RESOURCES);
        }).then(function (c) {
            return Promise.all((data.resources || []).map(function (url) {
                return c.match(url).then(function (hit) {
                    return hit || fetch(url, {credentials: 'same-origin'}).then(function (r) {
                        return r.ok ? c.put(url, r) : null;
                    });
                }).catch(function () {});
            }));
        }).then(function () {
            if (!data.keep) {
                return;
            }
            // a page this worker did not serve (the first visit, before it took over): fetch a copy of it once
            var url = new URL(data.page || '', self.location.origin);
            if (url.origin !== self.location.origin || !kept(url)) {
                return;
            }
            return caches.open(PAGE_PREFIX + encodeURIComponent(data.account)).then(function (c) {
                return c.match(pathOf(url) + url.search);
            }).then(function (hit) {
                return hit || fetch(url.href, {credentials: 'same-origin'}).then(function (r) {
                    return keep(r, url.href);
                });
            });
        }).catch(function () {}));
    } else if (data.type === 'logout') {
        event.waitUntil(forget());
    }
});
