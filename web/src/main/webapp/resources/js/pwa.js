/* Installable and offline, the page's side (the service worker is sw.js at the application's root).
   - Registers the service worker and tells it who is signed in and which scripts and stylesheets this page needs,
     so that the member's pages can be shown again without signal (data-pwa-keep: this page is one of them).
   - Shows "Bản lưu lúc dd/MM/yyyy HH:mm – đang ngoại tuyến" when the page is the kept copy (data-pwa-state="offline") or the
     phone loses its signal; the text comes from the page (#pwa data-text-*, from the bundles).
   - A check-in button (data-checkin-shift) pressed without signal: the check-in is kept in IndexedDB with the time
     it was made and sent to the server (#pwa data-endpoint) once the phone is online again (by this page, or by the
     service worker's Background Sync where the browser has it); the server's answer (recorded, or why not) is shown.
     A check-in button rendered for a window still to come (data-checkin-from/-until) shows when the phone's clock
     is inside it.
   - Web push: the record page's button asks the browser's permission (only then), subscribes it with the
     installation's VAPID key and posts the subscription; sign-out takes the device off again.
   - Sign-out deletes the kept pages. */
(function () {
    'use strict';
    var pwa = document.getElementById('pwa');
    if (!pwa) {
        return;
    }
    var d = pwa.dataset;
    var me = d.account || '';
    var NOTICE = 'cdtt.pwa.notice';

    function text(kind, arg) {
        return (d['text' + kind] || '').replace('{0}', arg || '');
    }

    function show(message, offline) {
        var p = document.createElement('p');
        p.className = offline ? 'pwa-offline' : 'pwa-notice';
        p.textContent = message;
        pwa.appendChild(p);
        return p;
    }

    var banner = null;
    function offline() {
        if (!banner) {
            banner = show(text('Offline', d.asOf), true);
        }
    }
    if (d.pwaState === 'offline' || !navigator.onLine) {
        offline();
    }
    window.addEventListener('offline', offline);
    window.addEventListener('online', function () {
        if (banner && d.pwaState !== 'offline') {
            banner.remove();
            banner = null;
        }
        send();
    });
    var notice = sessionStorage.getItem(NOTICE);
    if (notice) {
        sessionStorage.removeItem(NOTICE);
        JSON.parse(notice).forEach(function (m) {
            show(m);
        });
    }

    /* --- check-ins made without signal, in IndexedDB until sent --- */
    function db() {
        return new Promise(function (resolve, reject) {
            var open = indexedDB.open('cdtt', 1);
            open.onupgradeneeded = function () {
                open.result.createObjectStore('checkins', {keyPath: 'id', autoIncrement: true});
            };
            open.onsuccess = function () {
                resolve(open.result);
            };
            open.onerror = function () {
                reject(open.error);
            };
        });
    }

    function store(mode, work) {
        return db().then(function (conn) {
            return new Promise(function (resolve, reject) {
                var tx = conn.transaction('checkins', mode);
                var result = work(tx.objectStore('checkins'));
                tx.oncomplete = function () {
                    resolve(result && result.result);
                };
                tx.onerror = function () {
                    reject(tx.error);
                };
            });
        });
    }

    /* the queue is sent by this page (online event, next load) or by the service worker (Background Sync, even
       with the page closed): a lock keeps the two from sending one check-in twice */
    function locked(work) {
        return navigator.locks ? navigator.locks.request('cdtt-checkins', work) : work();
    }

    /* the server's answers (from this page or the service worker): shown here, or after the reload that shows the
       check-in on the card */
    function answered(messages) {
        if (messages.length && document.querySelector('[data-checkin-shift]')) {
            sessionStorage.setItem(NOTICE, JSON.stringify(messages));
            location.reload();
        } else {
            messages.forEach(function (m) {
                show(m);
            });
        }
    }

    var sending = false;
    function send() {
        if (sending || !me || !navigator.onLine || !window.indexedDB) {
            return;
        }
        sending = true;
        locked(function () {
            return store('readonly', function (s) {
                return s.getAll();
            }).then(function (all) {
                var mine = (all || []).filter(function (c) {
                    return c.account === me;
                });
                var messages = [];
                return mine.reduce(function (previous, c) {
                    return previous.then(function () {
                        return fetch(d.endpoint, {
                            method: 'POST', credentials: 'same-origin',
                            headers: {'Content-Type': 'application/json', 'X-CDTT-Offline': '1'},
                            body: JSON.stringify({shift: c.shift, madeAt: c.madeAt})
                        }).then(function (r) {
                            var json = (r.headers.get('Content-Type') || '').indexOf('application/json') === 0;
                            if (!json || (r.status !== 200 && r.status !== 422)) {
                                throw new Error('not sent');     // signed out, server down: kept for later
                            }
                            return r.json().then(function (answer) {
                                messages.push(answer.message);
                                return store('readwrite', function (s) {
                                    return s.delete(c.id);
                                });
                            });
                        });
                    });
                }, Promise.resolve()).then(function () {
                    answered(messages);
                }, function () {
                    show(text('Failed'));
                });
            });
        }).catch(function () {
        }).then(function () {
            sending = false;
        });
    }
    if (navigator.serviceWorker) {
        navigator.serviceWorker.addEventListener('message', function (event) {
            var data = event.data || {};
            if (data.type === 'checkin-answers' && data.account === me) {
                answered(data.messages || []);
            }
        });
    }

    /* the check-in button of a shift whose window opens later (me/shifts.xhtml renders it hidden, with the window
       in epoch ms): shown while the phone's clock is inside the window, so a page loaded earlier in the day checks
       in without signal too; the server still checks the time the check-in was made */
    function windows() {
        var now = Date.now();
        document.querySelectorAll('[data-checkin-from][data-checkin-until]').forEach(function (b) {
            var open = now >= Number(b.getAttribute('data-checkin-from'))
                && now < Number(b.getAttribute('data-checkin-until'));
            if (b.classList.contains('checkin-wait') === open) {
                b.classList.toggle('checkin-wait', !open);
            }
        });
    }
    if (document.querySelector('[data-checkin-from]')) {
        windows();
        setInterval(windows, 5000);
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('[data-checkin-shift]');
        if (!button || navigator.onLine || !me || !window.indexedDB) {
            return;
        }
        // without signal the Ajax check-in would be lost: keep it instead, with the time it was made
        event.preventDefault();
        event.stopImmediatePropagation();
        var shift = Number(button.getAttribute('data-checkin-shift'));
        store('readwrite', function (s) {
            return s.add({account: me, shift: shift, madeAt: Date.now()});
        }).then(function () {
            button.disabled = true;
            button.setAttribute('aria-disabled', 'true');
            show(text('Queued'));
            // Background Sync: the service worker sends the queue once there is signal, even if the page is closed
            if (navigator.serviceWorker && window.SyncManager) {
                navigator.serviceWorker.ready.then(function (registration) {
                    return registration.sync.register('cdtt-checkins');
                }).catch(function () {
                });
            }
        });
    }, true);

    /* --- web push: turned on for this device only when the member presses the button (me/record.xhtml) --- */
    function key(base64url) {
        var text = atob(base64url.replace(/-/g, '+').replace(/_/g, '/')
            + '===='.substring(0, (4 - base64url.length % 4) % 4));
        var bytes = new Uint8Array(text.length);
        for (var i = 0; i < text.length; i++) {
            bytes[i] = text.charCodeAt(i);
        }
        return bytes;
    }

    function post(url, body, keepalive) {
        return fetch(url, {
            method: 'POST', credentials: 'same-origin', keepalive: !!keepalive,
            headers: {'Content-Type': 'application/json', 'X-CDTT-Offline': '1'}, body: JSON.stringify(body)
        });
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('[data-push-key]');
        if (!button) {
            return;
        }
        var b = button.dataset;
        var status = document.getElementById('pushStatus') || pwa;
        if (!('serviceWorker' in navigator) || !('PushManager' in window) || !window.Notification) {
            status.textContent = b.textUnsupported;
            return;
        }
        Notification.requestPermission().then(function (permission) {
            if (permission !== 'granted') {
                status.textContent = b.textDenied;
                return;
            }
            return navigator.serviceWorker.register(d.sw, {scope: d.scope}).then(function () {
                return navigator.serviceWorker.ready;
            }).then(function (registration) {
                return registration.pushManager.getSubscription().then(function (existing) {
                    return existing || registration.pushManager.subscribe({userVisibleOnly: true,
                        applicationServerKey: key(b.pushKey)});
                });
            }).then(function (subscription) {
                return post(b.pushEndpoint, subscription.toJSON());
            }).then(function (r) {
                return r.json();
            }).then(function (answer) {
                status.textContent = answer.message;
            });
        }).catch(function () {
            status.textContent = b.textUnsupported;
        });
    });

    /* --- sign-out: the kept page goes, and this device stops getting the member's pushes --- */
    document.addEventListener('click', function (event) {
        if (event.target.closest && event.target.closest('.logout')) {
            if (navigator.serviceWorker) {
                navigator.serviceWorker.getRegistration(d.scope).then(function (registration) {
                    return registration && registration.pushManager.getSubscription();
                }).then(function (subscription) {
                    if (subscription) {
                        post(d.scope + 'me/push-subscription', {endpoint: subscription.endpoint, remove: true}, true)
                            .catch(function () {});
                        subscription.unsubscribe();
                    }
                }).catch(function () {});
            }
            if (navigator.serviceWorker && navigator.serviceWorker.controller) {
                navigator.serviceWorker.controller.postMessage({type: 'logout'});
            }
            if (window.caches) {
                caches.keys().then(function (keys) {
                    keys.filter(function (k) {
                        return k.indexOf('cdtt-page-') === 0 || k === 'cdtt-state';
                    }).forEach(function (k) {
                        caches.delete(k);
                    });
                });
            }
        }
    }, true);

    /* --- the service worker --- */
    if ('serviceWorker' in navigator && me && d.pwaState !== 'offline') {
        navigator.serviceWorker.register(d.sw, {scope: d.scope}).then(function () {
            return navigator.serviceWorker.ready;
        }).then(function (registration) {
            var resources = performance.getEntriesByType('resource').map(function (e) {
                return e.name;
            }).filter(function (url) {
                return url.indexOf(location.origin + d.scope + 'jakarta.faces.resource/') === 0;
            });
            registration.active.postMessage({type: 'account', account: me, keep: d.pwaKeep === 'true',
                page: location.pathname + location.search, resources: resources});
        }).catch(function () {
        });
    }
    send();
})();
