"""The domain, with no Qt: the database and its kernel modules, and one package per area."""
