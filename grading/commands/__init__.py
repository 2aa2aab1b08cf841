"""One module per ``powerwith`` subcommand, each with ``add_parser`` and ``run``."""
