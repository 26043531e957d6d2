"""Undoable edits of a plan. Every change to an open plan is one of these, pushed on the
session's undo stack; each is small and symmetric, composites use macros."""

from .base import InvalidEdit, PlanCommand
from .collection import AddItem, MoveItem, RemoveItem
from .field_edit import EditField

__all__ = ["AddItem", "EditField", "InvalidEdit", "MoveItem", "PlanCommand", "RemoveItem"]
