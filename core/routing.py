from django.http import Http404
from wagtail.models import Page
from wagtail.url_routing import RouteResult


class FlatRoutingMixin:
    """Route a whole path below this page in two queries (the pages on the path, then the last
    one as its own type) instead of Wagtail's two per level, so that a lesson five levels deep
    costs no more than the page above it. The pages on the path are kept on the routed page
    (`route_ancestors`) for the views and templates that need them."""

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        prefixes = [
            f"{self.url_path}{'/'.join(path_components[: depth + 1])}/"
            for depth in range(len(path_components))
        ]
        pages = list(
            Page.objects.filter(locale_id=self.locale_id, url_path__in=prefixes).order_by("depth")
        )
        if len(pages) != len(prefixes) or not all(page.live for page in pages):
            raise Http404
        page = pages[-1].specific
        page._cached_parent_obj = pages[-2] if len(pages) > 1 else self
        page.route_ancestors = [self, *pages[:-1]]
        return RouteResult(page)
