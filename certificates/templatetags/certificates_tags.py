"""My learning shows each course's certificate; courses never import this app, its template
loads these tags."""

from django import template

from certificates.selectors import (
    certificates_by_course_for,
    may_manage_certificates,
    training_certificates_for,
)

register = template.Library()


@register.simple_tag(takes_context=True)
def my_certificates(context):
    """Her current certificates by course, in one query for the whole page."""
    return certificates_by_course_for(context["request"].user)


@register.inclusion_tag("certificates/includes/my_training_certificates.html", takes_context=True)
def my_training_certificates(context):
    """The certificates of the face-to-face sessions she took part in."""
    return {"certificates": training_certificates_for(context["request"].user)}


@register.inclusion_tag("certificates/includes/my_certificate.html")
def certificate_link(certificates, course_key):
    return {"certificate": certificates.get(course_key)}


@register.filter
def manages_certificates(user) -> bool:
    return may_manage_certificates(user)
