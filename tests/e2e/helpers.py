"""Steps the browser tests share."""


def choose(scope, css: str, label: str, typed: str) -> None:
    """Choose ``label`` in a select over a large registry (``core/remote_select.py``): it holds
    only the chosen options, so type ``typed`` into the search box above it, wait for the
    match to arrive from the search API, and select it."""
    select = scope.locator(css)
    box = select.locator("xpath=preceding-sibling::input[@data-testid='remote-search'][1]")
    box.fill(typed)
    select.locator("option", has_text=label).first.wait_for(state="attached")
    select.select_option(label=label)
