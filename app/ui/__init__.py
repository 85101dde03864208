"""The Qt desktop app: windows, views, dialogs and the workers that bridge to core."""
