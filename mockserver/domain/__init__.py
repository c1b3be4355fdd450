"""The simulated Kling account: tasks, lifecycle, results, limits, ledger, sync answers."""
