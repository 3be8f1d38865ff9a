from .certificate import Certificate
from .printing import PrintChunk, PrintJob, PrintJobItem
from .template import CertificateLogo, CertificateTemplate, Signatory

__all__ = [
    "Certificate",
    "CertificateLogo",
    "CertificateTemplate",
    "PrintChunk",
    "PrintJob",
    "PrintJobItem",
    "Signatory",
]
