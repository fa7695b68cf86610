"""Two-click consent for external videos: what the visitor agreed to, and when it counts.

An external video (YouTube, Vimeo) is embedded only after the visitor agrees,
because loading the player sends their IP address and more to the platform.
Until then the page shows a placeholder that makes no request to the platform
(see ``site/templates/publications/includes/video_consent.html``).

Consent is given in one of two ways:

* **Once, for this page view.** Without JavaScript the placeholder's form posts
  to :func:`publications.views.video_consent`, which redirects back to the page
  with ``?video=laden``; that request renders the player. With JavaScript
  (``site/static/js/video-consent.js``) the player replaces the placeholder in
  place and nothing is stored.
* **Always, for this platform** ("Videos von YouTube immer laden"). The same form
  with the box ticked: the view (accepting posts from this site only, see
  :mod:`home.csrf`) stores the platform in the cookie :data:`COOKIE_NAME` (one
  year, ``HttpOnly``, ``SameSite=Lax``), the only cookie an anonymous visitor
  ever gets, and every video page embeds that platform's videos at once. The
  page then shows a button to withdraw the consent, which posts to the same view.

``?video=laden`` is honoured only when the request comes from this site itself
(:func:`is_same_site_request`): a link to ``…/?video=laden`` posted elsewhere
must not load the platform without the visitor's click here.

Pages that read the cookie send ``Vary: Cookie`` (see ``VideoPage.serve``), so a
shared cache never hands one visitor's embedded player to another. A front
cache that ignores ``Vary`` must bypass the cache for requests with this cookie.
"""

from home.csrf import provenance_problem
from publications.videos import HOSTS

COOKIE_NAME = "video_consent"
COOKIE_MAX_AGE = 365 * 24 * 60 * 60
# Host keys in the cookie are joined with this character (no quoting needed).
SEPARATOR = "."
ONCE_PARAMETER = "video"
ONCE_VALUE = "laden"


def consented_hosts(request):
    """The platform keys (``{"youtube"}``) the visitor always allows, from the cookie."""
    value = request.COOKIES.get(COOKIE_NAME, "") if request is not None else ""
    return {key for key in value.split(SEPARATOR) if key in HOSTS}


def cookie_value(hosts):
    return SEPARATOR.join(sorted(key for key in hosts if key in HOSTS))


def is_same_site_request(request):
    """Whether the request was made from a page of this site (a form, a redirect).

    ``home.csrf.provenance_problem`` decides, as for the site's forms: a link from
    elsewhere, a typed address, or a request that says nothing about where it comes
    from (an old browser with referrers switched off) shows the placeholder, so the
    player never loads without a click on this site.
    """
    return provenance_problem(request) is None


def wants_once(request):
    """Whether this request asks to load the external video once (``?video=laden``)."""
    return request.GET.get(ONCE_PARAMETER) == ONCE_VALUE and is_same_site_request(request)
