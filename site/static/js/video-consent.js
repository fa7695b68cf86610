/* Two-click consent for external videos, enhanced in place.
 *
 * Without this script the placeholder's form posts to /video-zustimmung/ and the
 * page comes back with the player (see publications/consent.py). With it, the
 * click replaces the placeholder with the player on the spot; when "immer laden"
 * is ticked, the same form is sent in the background so the server stores the
 * choice in its cookie, and the withdraw button appears. Nothing here runs
 * before the visitor's click, and nothing is loaded from the video platform
 * until then.
 */
(function () {
    "use strict";

    var ALLOWED_EMBEDS = [
        "https://www.youtube-nocookie.com/embed/",
        "https://player.vimeo.com/video/",
    ];

    function isAllowedEmbed(src) {
        return ALLOWED_EMBEDS.some(function (prefix) {
            return src.indexOf(prefix) === 0;
        });
    }

    function embed(placeholder) {
        var src = placeholder.getAttribute("data-embed-src") || "";
        if (!isAllowedEmbed(src)) {
            return null;
        }
        var iframe = document.createElement("iframe");
        iframe.className = "video-embed__frame";
        iframe.title = placeholder.getAttribute("data-embed-title") || "";
        iframe.allow = "encrypted-media; fullscreen; picture-in-picture";
        iframe.setAttribute("allowfullscreen", "");
        iframe.referrerPolicy = "strict-origin-when-cross-origin";
        iframe.src = src;
        var wrapper = document.createElement("div");
        wrapper.className = "video-embed";
        wrapper.appendChild(iframe);
        placeholder.replaceWith(wrapper);
        return iframe;
    }

    function showWithdraw(host) {
        document.querySelectorAll("[data-video-withdraw]").forEach(function (form) {
            if (form.getAttribute("data-video-withdraw") === host) {
                form.hidden = false;
            }
        });
    }

    function remember(form, host) {
        return fetch(form.action, {
            method: "POST",
            body: new FormData(form),
            credentials: "same-origin",
            headers: { Accept: "application/json" },
        }).then(function (response) {
            if (response.ok) {
                showWithdraw(host);
            }
        });
    }

    function onSubmit(event) {
        var form = event.target;
        var placeholder = form.closest("[data-video-consent]");
        if (!placeholder) {
            return;
        }
        var host = placeholder.getAttribute("data-host");
        var always = form.querySelector('input[name="immer"]');
        event.preventDefault();
        var iframe = embed(placeholder);
        if (iframe === null) {
            form.submit();
            return;
        }
        // The button that had focus is gone: continue in the player.
        iframe.focus();
        if (always && always.checked) {
            // Other videos of the same platform on this page load as well.
            document.querySelectorAll("[data-video-consent]").forEach(function (other) {
                if (other.getAttribute("data-host") === host) {
                    embed(other);
                }
            });
            remember(form, host).catch(function () {
                /* The video plays anyway; the choice is just not stored. */
            });
        }
    }

    document.querySelectorAll("[data-video-consent] form").forEach(function (form) {
        form.addEventListener("submit", onSubmit);
    });
})();
