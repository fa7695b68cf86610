"""The project body: the shared block library without what a project page renders itself."""

from home.blocks import BodyBlock


class ProjectBodyBlock(BodyBlock):
    """Everything a page body offers, except key facts.

    A project page shows its key facts (runtime, funding, lead) from its own
    fields, so a second facts box in the body would only contradict them.
    """

    key_facts = None

    class Meta:
        block_counts = {}
