"""Drive widgets the way JupyterLab does: by the comm messages its front end sends."""

from __future__ import annotations


def sync(control, **state) -> None:
    """Send the state update a browser sends when a student changes a control."""
    control._handle_msg({"content": {"data": {"method": "update", "state": state, "buffer_paths": []}}, "buffers": []})


def click(button) -> None:
    """Send the message a browser sends when a student clicks a button."""
    button._handle_msg({"content": {"data": {"method": "custom", "content": {"event": "click"}}}, "buffers": []})


def controls(widget) -> list:
    """Every descendant widget of a container, depth first."""
    found = []
    for child in getattr(widget, "children", ()):
        found.append(child)
        found.extend(controls(child))
    return found
