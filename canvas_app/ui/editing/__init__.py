"""Editing the plan on the pages: fields and tables bound to items of the open plan.

Every edit becomes a command on the session's undo stack (``canvas_app.commands``);
a wrong value is refused at the field with a sentence in the UI language and never
reaches the plan. Widgets here know nothing of a particular step: the step pages put
them together. The table model is the one every table of the pages uses, read-only ones
included (columns that name no field); ``paths`` checks the fields they name.
"""
