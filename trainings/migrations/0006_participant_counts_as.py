from django.db import migrations, models


def write_who_each_counts_as(apps, schema_editor):
    # The reach is written again, and with it each record's counts_as (trainings.reach).
    from trainings.reach import reach_rebuild

    reach_rebuild()


class Migration(migrations.Migration):
    dependencies = [
        ("trainings", "0005_verbose_names"),
    ]

    operations = [
        migrations.AddField(
            model_name="participant",
            name="counts_as",
            field=models.BigIntegerField(db_index=True, editable=False, null=True),
        ),
        migrations.RunPython(write_who_each_counts_as, migrations.RunPython.noop),
    ]
