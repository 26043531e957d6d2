"""Finding the items of one open plan by id quickly: an index owned by the plan's owner.

Typing in a field looks items up several times per keystroke, and walking a large plan
each time costs ~1.5 ms. Whoever owns a plan for a while (the window's
``DocumentSession``, as ``session.items``) keeps one :class:`ItemFinder` and passes it to
the lookups and changes of :mod:`canvas_app.model.ops` (``items=``); a one-off caller (the
command line, a test) passes nothing and the plan is walked.
"""

from __future__ import annotations

from .base import Item
from .plan import Plan
from .walk import ItemIndex, Location, index_items


def still_there(item: Item, location: Location) -> bool:
    """Whether ``item`` is still at ``location`` (the list may have changed since)."""
    try:
        return location.container[location.index] is item
    except (IndexError, AttributeError, TypeError):
        return False


class ItemFinder:
    """The items of a plan by id, from an index built on first use.

    Every structural change through ``model.ops`` with this finder clears it; a hit is
    checked (the item is still where the index says) and a miss or a failed check walks
    the plan again, so an edit made around ``ops`` is never served stale for the list it
    touched. Asked about another plan than last time, it indexes that one instead.
    """

    __slots__ = ("_plan", "_index")

    def __init__(self) -> None:
        self._plan: Plan | None = None
        self._index: ItemIndex = {}

    def locate(self, plan: Plan, item_id: str) -> tuple[Item, Location] | None:
        """The item ``item_id`` of ``plan`` and where it lives; None when it is not there."""
        found = self._index_of(plan).get(item_id)
        if found is None or not still_there(*found):
            self.invalidate()
            found = self._index_of(plan).get(item_id)
        return found

    def invalidate(self) -> None:
        """Forget the index (after a change of the plan's structure)."""
        self._plan, self._index = None, {}

    def _index_of(self, plan: Plan) -> ItemIndex:
        if self._plan is not plan:
            self._plan, self._index = plan, index_items(plan)
        return self._index
