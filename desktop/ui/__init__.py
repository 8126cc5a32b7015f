"""The Qt desktop application: windows, dialogs, models. `app.py` is the composition root."""
