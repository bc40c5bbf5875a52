import multiprocessing

from app.cli import main

# the frozen bundle is also the executable of TaskRunner's spawned worker processes (the price-list
# import): in such a child, freeze_support() runs the worker and exits instead of starting the app
multiprocessing.freeze_support()
raise SystemExit(main())
