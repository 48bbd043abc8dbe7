"""The form renderer: Django's, except that a select's options are written in Python.

Django renders every ``<option>`` through two template includes (the option, its attributes).
A filter panel's unit select holds 2,000 units nationally, and those includes were most of a
list page's time (docs/performance.md). The HTML is what Django's templates write: the same
elements, attributes and escaping; only the whitespace between options differs.
"""

from __future__ import annotations

from django.forms.renderers import DjangoTemplates
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

SELECT = "django/forms/widgets/select.html"


def _attrs(attrs: dict) -> str:
    """As ``django/forms/widgets/attrs.html``: False left out, True as a bare name."""
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        if value is True:
            parts.append(f" {conditional_escape(name)}")
        else:
            parts.append(format_html(' {}="{}"', name, str(value)))
    return "".join(parts)


def render_select(widget: dict) -> str:
    html = [format_html('<select name="{}"', widget["name"]), _attrs(widget["attrs"]), ">"]
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            html.append(format_html('\n  <optgroup label="{}">', group_name))
        for option in options:
            html.append(
                format_html('\n  <option value="{}"', str(option["value"]))
                + _attrs(option["attrs"])
                + format_html(">{}</option>", option["label"])
            )
        if group_name:
            html.append("\n  </optgroup>")
    html.append("\n</select>")
    return mark_safe("".join(html))  # noqa: S308 (every part escaped above)


class FormRenderer(DjangoTemplates):
    def render(self, template_name, context, request=None):
        if template_name == SELECT and "widget" in context:
            return render_select(context["widget"])
        return super().render(template_name, context, request=request)
