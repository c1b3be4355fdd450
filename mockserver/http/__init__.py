"""The HTTP layer: the Flask app, its routes, blueprints (admin API, assets), the gunicorn worker.

Only this layer (and the dashboard, ui/) talks to Flask; the layers below take plain values."""
