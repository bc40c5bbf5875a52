"""Job cards page wiring: the list, the reception form per card, QC, print preview."""

from __future__ import annotations

from app.pages import PageEnv


def make_page(env: PageEnv):
    from viewmodels.job_cards import JobCardListViewModel
    from viewmodels.job_cards_reception import ReceptionViewModel, page_images
    from views.job_cards import JobCardsPage

    ctx = env.ctx
    list_vm = JobCardListViewModel(ctx.job_cards, env.actor, env.tasks)

    def make_reception() -> ReceptionViewModel:
        return ReceptionViewModel(ctx.job_cards, ctx.parts, env.actor, env.tasks)

    page = JobCardsPage(list_vm, make_reception, page_images)
    list_vm.setParent(page)
    return page
