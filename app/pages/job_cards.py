"""Job cards page wiring: the list, the reception form per card, QC, print preview."""

from __future__ import annotations

from app.pages import PageEnv


def make_page(env: PageEnv):
    from viewmodels.job_cards.listing import JobCardListViewModel
    from viewmodels.job_cards.reception import ReceptionViewModel, page_images
    from views.job_cards.area import JobCardsPage

    ctx = env.ctx
    list_vm = JobCardListViewModel(ctx.job_cards, env.actor, env.tasks)

    def make_reception() -> ReceptionViewModel:
        # the customer file makes an unknown car in place; the claims area's 三包 watch warns at reception
        return ReceptionViewModel(ctx.job_cards, ctx.parts, env.actor, env.tasks, customers=ctx.customers,
                                  sanbao_warnings=ctx.claims.sanbao_warnings,
                                  paper_for=getattr(env.settings, "paper_for", None),
                                  purposes=env.settings if hasattr(env.settings, "purpose_for") else None)

    page = JobCardsPage(list_vm, make_reception, page_images)
    list_vm.setParent(page)
    return page
