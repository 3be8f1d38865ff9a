"""The cascade drawn as nested lists, each trainer under the one who trained her (styled as a
tree by trainings/cascade.css; the first two generations open, the others a click away, with
<details>, no JavaScript). Built here rather than by a template loop: a six-generation cascade
has a thousand trainers and more, and this is ten times faster."""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from trainings.cascade import Cascade, Node

OPEN_GENERATIONS = 2


def tree_html(cascade: Cascade, *, link_base: str | None) -> SafeString:
    """`link_base`: each trainer's name links to her own cascade there (coordinators)."""
    parts: list[str] = []
    nobody = escape(_("nobody reached yet"))
    master = escape(_("master trainer"))

    def facts(node: Node) -> str:
        bits = [
            escape(_("generation %(number)s") % {"number": node.generation})
            if node.generation
            else master,
            escape(
                ngettext("%(counter)s session", "%(counter)s sessions", node.sessions)
                % {"counter": node.sessions}
            ),
            escape(_("%(number)s reached") % {"number": node.reached_cell})
            if node.reached_cell
            else nobody,
        ]
        if node.children:
            count = len(node.children)
            bits.append(
                escape(
                    ngettext("trained %(counter)s", "trained %(counter)s", count)
                    % {"counter": count}
                )
            )
        return " · ".join(bits)

    def name(node: Node) -> str:
        if link_base is None:
            return f"<strong>{escape(node.name)}</strong>"
        return f'<a href="{link_base}{node.pk}/">{escape(node.name)}</a>'

    def draw(node: Node) -> None:
        label = f'<span class="node">{name(node)} <span class="facts">{facts(node)}</span></span>'
        if not node.children:
            parts.append(f'<li class="g{node.generation}">{label}</li>')
            return
        opened = " open" if node.generation < OPEN_GENERATIONS else ""
        parts.append(
            f'<li class="g{node.generation}"><details{opened}><summary>{label}</summary><ul>'
        )
        for child in node.children:
            draw(child)
        parts.append("</ul></details></li>")

    draw(cascade.root)
    return mark_safe(f"<ul>{''.join(parts)}</ul>")  # noqa: S308  (every text escaped above)
