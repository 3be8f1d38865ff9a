"""Certificate PDFs and print jobs move out of MEDIA_ROOT (where /media/certificates/<code>.pdf
and /media/print-jobs/certificates-<n>.pdf were public) into the private storage, under random
names."""

from django.core.files.storage import storages
from django.db import migrations, models

import core.private_files

FILES = [
    ("Certificate", "pdf", "certificates"),
    ("PrintJob", "file", "print-jobs"),
    ("PrintChunk", "file", "print-jobs/chunks"),
]


def move_to_private(apps, schema_editor):
    public, private = storages["default"], storages["private"]
    for model_name, field, folder in FILES:
        model = apps.get_model("certificates", model_name)
        for row in model.objects.exclude(**{field: ""}).iterator():
            old = getattr(row, field).name
            if not public.exists(old):
                continue  # already moved, or lost: nothing public to take away
            with public.open(old, "rb") as source:
                new = private.save(core.private_files.RandomName(folder)(row, old), source)
            model.objects.filter(pk=row.pk).update(**{field: new})
            public.delete(old)


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0005_print_job_title_and_progress_per_certificate"),
    ]

    operations = [
        migrations.AlterField(
            model_name="certificate",
            name="pdf",
            field=models.FileField(
                blank=True,
                storage=core.private_files.private_storage,
                upload_to=core.private_files.RandomName("certificates"),
            ),
        ),
        migrations.AlterField(
            model_name="printchunk",
            name="file",
            field=models.FileField(
                blank=True,
                storage=core.private_files.private_storage,
                upload_to=core.private_files.RandomName("print-jobs/chunks"),
            ),
        ),
        migrations.AlterField(
            model_name="printjob",
            name="file",
            field=models.FileField(
                blank=True,
                storage=core.private_files.private_storage,
                upload_to=core.private_files.RandomName("print-jobs"),
            ),
        ),
        # Backwards the files stay private: moving them back would publish them again.
        migrations.RunPython(move_to_private, migrations.RunPython.noop),
    ]
