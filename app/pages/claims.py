"""The claims page's wiring: warranty claims, the 三包 watch and the insurance desk over ``ctx.claims``."""

from __future__ import annotations

from app.pages import PageEnv


def make_page(env: PageEnv):
    from services.users.permissions import Permission
    from viewmodels.claims.extras import ClaimPhotosViewModel, SubmissionLayoutViewModel
    from viewmodels.claims.insurance import InsuranceViewModel
    from viewmodels.claims.page import ClaimsViewModel
    from viewmodels.job_cards.reception import page_images
    from views.claims.page import ClaimsPage

    vm = ClaimsViewModel(env.ctx.claims, env.actor, env.tasks, clock=env.ctx.clock)
    photos = ClaimPhotosViewModel(env.ctx.claims, env.actor, env.tasks, clock=env.ctx.clock)
    layouts = SubmissionLayoutViewModel(env.ctx.claims, env.actor, env.tasks)
    insurance = None
    if env.actor.can(Permission.VIEW_INSURANCE):
        insurance = InsuranceViewModel(env.ctx.claims, env.actor, env.tasks, clock=env.ctx.clock)
    page = ClaimsPage(vm, page_images, insurance=insurance, photos=photos, layouts=layouts)
    for model in (vm, photos, layouts):
        model.setParent(page)
    if insurance is not None:
        insurance.setParent(page)
    return page
