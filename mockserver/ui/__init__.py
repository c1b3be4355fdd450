"""The dashboard at ``/__mock/ui``: tasks, journal, coverage and callbacks in a browser.

Server-rendered Jinja2 pages (no build step, no CDN: the mock runs offline) with one small script
that polls the page's live region and drives the controls through the admin API. Reads the
same store as every worker, so any worker serves any page.
"""

from .views import bp

__all__ = ["bp"]
