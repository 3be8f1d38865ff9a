"""The cascade pages: a coordinator chooses a master trainer; a trainer sees her own cascade,
drawn as a tree and counted in a table (trainings.cascade)."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from audit.services import Action, audited
from core.exports import csv_response
from core.suppression import count_note, count_page
from people.counting import flat_labels
from people.models import User
from people.roles import Role, has_role
from trainings.cascade import cascade_of, has_cascade, master_trainers, reach_flat, reach_table
from trainings.cascade_forms import ReachFilter
from trainings.cascade_tree import tree_html

count_page("trainings:cascade_detail")
count_page("trainings:cascade_csv")


def sees_every_cascade(user) -> bool:
    return has_role(user, Role.COORDINATOR, Role.ADMINISTRATOR)


def _master_for(request, user_id: int) -> User:
    """Coordinators open any trainer's cascade; a trainer only her own. Anyone else, or a person
    who trains nobody, gets a 404: whether she is there is not confirmed."""
    if request.user.pk != user_id and not sees_every_cascade(request.user):
        raise Http404
    master = get_object_or_404(User, pk=user_id, is_active=True)
    if not has_cascade(master):
        raise Http404
    return master


@login_required
def cascade_index(request):
    if not sees_every_cascade(request.user):
        if has_cascade(request.user):
            return redirect("trainings:cascade_detail", user_id=request.user.pk)
        raise Http404
    return render(request, "trainings/cascade/index.html", {"masters": master_trainers()})


@login_required
@audited("trainings.cascade")
def cascade_detail(request, user_id: int):
    master = _master_for(request, user_id)
    form = ReachFilter(request.GET, viewer=request.user)
    cascade = cascade_of(master)
    reach = reach_table(
        master,
        viewer=request.user,
        picked_group=form.picked_group(),
        region=form.picked_region(),
    )
    context = {
        "cascade": cascade,
        "reach": reach,
        "counts": reach.counts,
        "form": form,
        "query": request.GET.urlencode(),
        "links": sees_every_cascade(request.user),
        "tree": tree_html(
            cascade,
            link_base=reverse("trainings:cascade") if sees_every_cascade(request.user) else None,
        ),
    }
    return render(request, "trainings/cascade/detail.html", context)


@login_required
@audited("trainings.cascade", Action.EXPORTED)
def cascade_csv(request, user_id: int):
    master = _master_for(request, user_id)
    form = ReachFilter(request.GET, viewer=request.user)
    reach = reach_table(
        master,
        viewer=request.user,
        picked_group=form.picked_group(),
        region=form.picked_region(),
    )
    header, rows = reach_flat(reach, flat_labels())
    note = count_note(reach.counts)
    return csv_response(
        f"cascade-{master.pk}.csv",
        header,
        [*rows, [], [note], [_("Reached: attended at least one day.")]],
    )
