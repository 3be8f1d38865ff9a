"""The library's pages: the list with its search and filters, a resource, its file, the upload
form and her own resources. Signed-in community members read (community.access, READ); an
expelled member gets 403, anyone not signed in the sign-in page. A resource others may not see
is a 404 for them, its file too."""

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from community.access import Action, refusal
from community.gate import member_view
from community.models import Visibility
from core.once import once_begin, once_done, once_release
from core.private_files import send_field
from library.files import CONTENT_TYPES
from library.forms import ResourceForm, SearchForm
from library.selectors import resource_for, resources_of, resources_search, topics
from library.services import ResourceRefused, resource_create

PAGE_SIZE = 20


def _page(request, resources):
    return Paginator(resources, PAGE_SIZE).get_page(request.GET.get("page"))


@member_view
def resource_list(request):
    shelves = topics()
    search = SearchForm(request.GET, topics=shelves)
    found = resources_search(request.user, **search.values())
    return render(
        request,
        "library/list.html",
        {"page": _page(request, found), "search": search, "searched": bool(request.GET)},
    )


@member_view
def resource_detail(request, pk: int):
    resource = resource_for(request.user, pk)
    return render(request, "library/detail.html", {"resource": resource})


@member_view
def resource_file(request, pk: int):
    resource = resource_for(request.user, pk)
    if not resource.file:
        raise Http404
    try:
        response = send_field(
            resource.file,
            filename=resource.file_name,
            as_attachment=True,
            content_type=CONTENT_TYPES[resource.file_type],
        )
    except FileNotFoundError as error:
        raise Http404 from error
    response["X-Content-Type-Options"] = "nosniff"
    return response


@member_view
def my_resources(request):
    return render(
        request,
        "library/mine.html",
        {"page": _page(request, resources_of(request.user)), "pending": Visibility.PENDING},
    )


@member_view
@require_http_methods(["GET", "POST"])
def resource_upload(request):
    back = reverse("library:list")
    refused = refusal(request.user, Action.UPLOAD)
    if refused is not None:
        messages.error(request, refused.message)
        return redirect(refused.url or back)
    shelves = topics()
    if not shelves:
        messages.error(request, _("The library has no topics yet: a coordinator adds them."))
        return redirect(back)
    form = ResourceForm(request.POST or None, request.FILES or None, topics=shelves)
    if request.method == "POST":
        seen = once_begin(request)
        if seen is not None:
            return redirect(seen or reverse("library:mine"))
        if form.is_valid():
            data = form.cleaned_data
            try:
                resource = resource_create(
                    author=request.user,
                    title=data["title"],
                    description=data["description"],
                    language=data["language"],
                    topic=data["topic"],
                    upload=data["file"],
                    link=data["link"],
                    rights_confirmed=data["rights"],
                )
            except ResourceRefused as error:
                once_release(request)
                messages.error(request, str(error))
                if error.url:
                    return redirect(error.url)
            else:
                if resource.visibility == Visibility.PENDING:
                    messages.success(
                        request,
                        _("Thank you. Your resource waits for a moderator's approval."),
                    )
                else:
                    messages.success(request, _("Thank you. Your resource is in the library."))
                url = resource.get_absolute_url()
                once_done(request, url)
                return redirect(url)
        else:
            once_release(request)
    return render(
        request,
        "library/upload.html",
        {"form": form, "max_bytes": settings.LIBRARY_MAX_FILE_BYTES},
    )
