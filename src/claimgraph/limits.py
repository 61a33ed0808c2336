"""Time and memory limits for work that a query can make unbounded.

``claimgraph serve`` limits Oxigraph (its ``--timeout-s``, a memory cap); ``claimgraph query``
runs the same engine in-process, where a cross join could run for minutes and take
gigabytes.  :func:`run_limited` runs a function in a forked child with a data-segment limit
and a deadline, and returns its result or raises :class:`LimitExceeded` with a one-line
reason.  On systems without ``fork`` (or without ``RLIMIT_DATA``) it only applies the
deadline it can, in-process where it cannot fork.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

__all__ = ["LimitExceeded", "run_limited"]

T = TypeVar("T")


class LimitExceeded(RuntimeError):
    """The work took longer or needed more memory than allowed; the message is one line."""


def run_limited(
    function: Callable[[], T], *, timeout_s: float, max_memory_mb: int, what: str = "the query"
) -> T:
    """``function()`` under a deadline and a memory limit, in a forked child.

    Exceptions raised by ``function`` are raised again here (they must pickle).
    """
    if sys.platform != "linux":  # pragma: no cover - the limits are Linux facts
        return function()
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_child, args=(function, sender, max_memory_mb * 1024**2), daemon=True
    )
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout_s):
            raise LimitExceeded(
                f"{what} was stopped after {timeout_s:g} s (--timeout-s); narrow it or add a LIMIT"
            )
        try:
            ok, payload = receiver.recv()
        except EOFError:
            child.join(5)
            if child.exitcode == _OUT_OF_MEMORY_EXIT or (child.exitcode or 0) < 0:
                raise LimitExceeded(
                    f"{what} needed more than {max_memory_mb} MB of memory (--max-memory-mb) "
                    "and was stopped; narrow it or add a LIMIT"
                ) from None
            raise RuntimeError(f"{what} failed (exit status {child.exitcode})") from None
        except Exception as error:  # an exception that does not unpickle here
            raise RuntimeError(f"{what} failed: {error}") from None
    finally:
        if child.is_alive():
            os.kill(child.pid or 0, signal.SIGKILL)
        child.join()
        receiver.close()
    if ok:
        return payload  # type: ignore[no-any-return]
    if isinstance(payload, MemoryError):
        raise LimitExceeded(
            f"{what} needed more than {max_memory_mb} MB of memory (--max-memory-mb) and was "
            "stopped; narrow it or add a LIMIT"
        )
    raise payload


def _child(function: Callable[[], Any], sender: Connection, data_bytes: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_DATA, (data_bytes, data_bytes))
    # the engine reports running out of memory on stderr (a Rust backtrace); the parent says
    # it in one line instead
    os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
    try:
        result: tuple[bool, Any] = (True, function())
    except BaseException as error:  # noqa: BLE001 - handed to the parent as it is
        result = (False, error)
    try:
        sender.send(result)
    except MemoryError:
        os._exit(_OUT_OF_MEMORY_EXIT)  # the parent reads EOF: out of memory
    except Exception as error:  # a result or an exception that does not pickle
        sender.send((False, RuntimeError(" ".join(repr(error).split()))))
    finally:
        sender.close()


_OUT_OF_MEMORY_EXIT = 3
