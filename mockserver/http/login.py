"""``/__mock/login``: the dashboard's login step when the mock has an admin token.

The form posts the token once; the answer sets it as an HttpOnly, SameSite=Strict cookie scoped
to ``/__mock`` and goes back to the page asked for. A wrong token is 401 with the form again.
"""

from __future__ import annotations

from flask import Blueprint, Response, render_template_string, request

from mockserver.http import admin_guard

bp = Blueprint("kling_login", __name__)

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Log in · kling mock</title></head>
<body><main>
<h1>kling mock</h1>
<form method="post" action="{{ action }}">
  <input type="hidden" name="next" value="{{ next }}">
  <label for="token">Admin token (printed when the mock started)</label>
  <input id="token" name="token" type="password" autocomplete="current-password" required autofocus>
  <button type="submit">Log in</button>
</form>
{% if wrong %}<p role="alert">That is not the admin token.</p>{% endif %}
</main></body></html>
"""


def _next() -> str:
    wanted = request.values.get("next", "")
    return wanted if wanted.startswith(admin_guard.PREFIX + "/") else admin_guard.PREFIX + "/ui"


def _page(wrong: bool, status: int) -> Response:
    html = render_template_string(PAGE, action=admin_guard.LOGIN_PATH, next=_next(), wrong=wrong)
    return Response(html, status=status, mimetype="text/html")


@bp.get(admin_guard.LOGIN_PATH)
def login_page() -> Response:
    return _page(False, 200)


@bp.post(admin_guard.LOGIN_PATH)
def log_in() -> Response:
    guard = admin_guard.current()
    offered = request.form.get("token", "")
    if guard.token is None or guard.authorized(f"Bearer {offered}", None):
        return admin_guard.logged_in(_next())
    return _page(True, 401)
