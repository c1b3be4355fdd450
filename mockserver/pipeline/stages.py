"""The request pipeline: every API request passes these stages, listed once, in this order.

    request limits -> faults -> auth -> rate -> parse -> relax -> validate -> retire -> refer
    -> handle -> quirks -> project + envelope

A stage is a plain function of the mock's state and the ``Exchange``: it reads what earlier
stages found, adds what it finds, or raises a ``KlingError``, which ends the run; the envelope is
then the error's. Nothing here knows Flask: the HTTP layer builds the exchange, calls ``run`` and
writes ``exchange.answer``; the observers then read the finished exchange. The order lives here
and nowhere else (Prism's ``core/src/factory.ts`` is the model: route, validate, mock, written
once), so no answer depends on the order in which hooks happened to be registered.
"""

from __future__ import annotations

from collections.abc import Callable

from mockserver.core.call import Call
from mockserver.core.errors import KlingError
from mockserver.core.fault_plan import HEADER, HeaderFaults, parse_header
from mockserver.core.spec_index import Kind, Operation
from mockserver.core.state import MockState
from mockserver.domain import sync, task_queries, tasks
from mockserver.domain.handled import Handled
from mockserver.domain.references import check_references
from mockserver.faults import quirks
from mockserver.faults.retirement import refuse_retired
from mockserver.pipeline import request_limits, traffic
from mockserver.pipeline.envelope import failure, success
from mockserver.pipeline.exchange import Exchange
from mockserver.security.auth import authenticate
from mockserver.validation import leniency

Handler = Callable[[MockState, Operation, Call], Handled]
Stage = Callable[[MockState, Exchange], None]

HANDLERS: dict[Kind, Handler] = {
    Kind.CREATE: tasks.create_task,
    Kind.GET: tasks.get_task,
    Kind.LIST: tasks.list_tasks,
    Kind.SYNC: sync.answer,
}


def handler_of(op: Operation) -> Handler:
    """The handler of an operation's kind; a query of several ids or of cursor pages (its
    x-kling-query says ``batch`` / ``paging.style: cursor``) has its own."""
    if op.kind is Kind.GET and op.query.batch is not None:
        return task_queries.batch_tasks
    if op.kind is Kind.LIST and op.query.paging.style == "cursor":
        return task_queries.cursor_page
    return HANDLERS[op.kind]


def _op(ex: Exchange) -> Operation:
    assert ex.operation is not None, "the API stages run on routed requests only"
    return ex.operation


def _fault_header(call: Call) -> HeaderFaults | None:
    raw = call.header(HEADER)
    return parse_header(raw) if raw else None


# ----------------------------------------------------------------------------- the stages
def limit_sizes(state: MockState, ex: Exchange) -> None:
    """400/1200 for a URL or a header over the gateways' limits."""
    request_limits.check_sizes(ex.url_bytes, ex.request_headers)


def inject_faults(state: MockState, ex: Exchange) -> None:
    """Read the fault plan (once), draw the request's quirks (``signature_invalid`` refuses it
    here), then sleep and/or fail as the plan and the X-Mock-Fault header decide."""
    header = _fault_header(ex.call)
    ex.plan = state.fault_plan()
    plan = traffic.applying(ex.plan, ex.call.path)
    ex.call = ex.call.changed(fault_header=header, plan=plan)
    ex.quirks = quirks.request_quirks(state, plan, header)
    if "signature_invalid" in ex.quirks:
        raise KlingError(1002, "Signature is invalid")
    traffic.inject_faults(state, plan, header)


def authenticate_caller(state: MockState, ex: Exchange) -> None:
    """The account the credentials name (401 in the words of the operation's design)."""
    owner = authenticate(state.settings, ex.call, ex.operation, state.index)
    ex.call = ex.call.changed(owner=owner)


def count_rate(state: MockState, ex: Exchange) -> None:
    """429/1302 once the account is over its rate limit (counted across workers)."""
    traffic.count_request(state, ex.call.owner)


def parse(state: MockState, ex: Exchange) -> None:
    """The body parsed once, as strict JSON (1200 for anything else)."""
    ex.has_body, ex.body = state.checker.read_body(_op(ex), ex.call)


def relax(state: MockState, ex: Exchange) -> None:
    """The body and query as Kling reads them in this request's mode (X-Mock-Strict, else
    KLING_STRICT): what it ignores is dropped, with a warning each."""
    strict = leniency.strict_mode(ex.call, state.settings.strict)
    ex.mode = "strict" if strict else "lenient"
    ex.call, ignored = state.checker.relaxed_query(_op(ex), ex.call, strict)
    ex.body, warnings = state.checker.relaxed(_op(ex), ex.body, strict, ex.call.path_args)
    ex.warnings = [*warnings, *ignored]


def validate(state: MockState, ex: Exchange) -> None:
    """openapi-core's and the x-kling rules' verdict, in the API's words (one 400)."""
    state.checker.validate(_op(ex), ex.call, ex.has_body, ex.body)


def retire(state: MockState, ex: Exchange) -> None:
    """Refuse a model or value the spec records as retired (under KLING_RETIREMENT)."""
    refuse_retired(state, _op(ex), ex.body, ex.call.path_args)


def refer(state: MockState, ex: Exchange) -> None:
    """Refuse an id the body names that the account does not hold (x-kling-refers)."""
    if _op(ex).kind is Kind.CREATE:
        check_references(state, _op(ex), ex.call.changed(body=ex.body))


def handle(state: MockState, ex: Exchange) -> None:
    """The operation's handler: its outcome, tasks still as views."""
    ex.clock_ms = state.clock.now_ms()  # the request's one clock read
    ex.call = ex.call.changed(body=ex.body, now_ms=ex.clock_ms)
    op = _op(ex)
    ex.outcome = handler_of(op)(state, op, ex.call)


def play_quirks(state: MockState, ex: Exchange) -> None:
    """The answer-side quirks, on the task views before they are projected (a task that never
    finishes shows no result and no final charge)."""
    if ex.outcome is not None:
        ex.outcome = quirks.play(state, _op(ex), ex.call.plan, ex.quirks, ex.outcome)


def project_and_envelope(state: MockState, ex: Exchange) -> None:
    """Each task view in its design's words, the data in the Kling envelope."""
    assert ex.outcome is not None
    ex.answer = success(ex.request_id, ex.outcome.projected())


def expire_assets(state: MockState, ex: Exchange) -> None:
    """403/1103 for a result URL whose asset has expired (the ``asset_expired`` quirk)."""
    if not ex.call.path.startswith(quirks.ASSETS):
        return
    header = _fault_header(ex.call)
    if quirks.asset_expired(state, state.fault_plan(), header, ex.call.path):
        raise KlingError(1103, "the URL has expired (Request has expired)")


#: What every request that is no API operation passes (admin API, assets, dashboard, no route).
ADMISSION: tuple[Stage, ...] = (limit_sizes, expire_assets)

#: What every API request passes.
STAGES: tuple[Stage, ...] = (
    limit_sizes,
    inject_faults,
    authenticate_caller,
    count_rate,
    parse,
    relax,
    validate,
    retire,
    refer,
    handle,
    play_quirks,
    project_and_envelope,
)


def run(state: MockState, ex: Exchange, stages: tuple[Stage, ...] | None = None) -> Exchange:
    """Every stage in order (``STAGES`` unless told) until one refuses; ``ex.answer`` is set
    either way."""
    try:
        for stage in STAGES if stages is None else stages:
            stage(state, ex)
    except KlingError as error:
        refuse(ex, error)
    warn(ex)
    return ex


def refuse(ex: Exchange, error: KlingError) -> None:
    """The exchange answered with ``error`` in the envelope."""
    ex.answer = failure(ex.request_id, error)


def warn(ex: Exchange) -> None:
    """``X-Mock-Warnings`` on the answer when leniency changed the body."""
    shown = leniency.warnings_header(ex.warnings)
    if shown is not None and ex.answer is not None:
        ex.answer.headers[leniency.WARNINGS_HEADER] = shown
