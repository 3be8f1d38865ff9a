"""The demo site a newcomer walks through: its texts as YAML files a trainer can read and edit
(demo/content/), the seeders that build it through the apps' real services (demo/seed/), and the
`seed_demo` command. No app imports this one."""
