def register(router) -> None:
    """Endpoints arrive with the models."""
