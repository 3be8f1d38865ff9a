"""The admin's chooser of H5P packages, for the lesson block: only packages that are ready."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet

from h5p.models import H5PPackage


class ReadyPackagesMixin:
    def get_object_list(self):
        return H5PPackage.objects.ready().order_by("title")


class H5PChooseView(ReadyPackagesMixin, ChooseView):
    pass


class H5PChooseResultsView(ReadyPackagesMixin, ChooseResultsView):
    pass


class H5PPackageChooserViewSet(ChooserViewSet):
    model = H5PPackage
    icon = "media"
    choose_one_text = _("Choose an H5P package")
    choose_another_text = _("Choose another H5P package")
    choose_view_class = H5PChooseView
    choose_results_view_class = H5PChooseResultsView


h5p_chooser_viewset = H5PPackageChooserViewSet("h5p_package_chooser")
