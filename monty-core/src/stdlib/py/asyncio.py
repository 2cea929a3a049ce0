"""asyncio for Monty: an event loop written in Python over Monty's coroutines.

Everything here is ordinary objects and coroutine frames, so a run paused inside
`asyncio.run` (at a host call, or waiting on host futures) snapshots and resumes
like any other. Time is virtual: `sleep` never blocks, the loop jumps its clock
to the next timer when nothing else can run, so the order of wake-ups is the
order CPython gives, without the waiting. Host functions the embedder runs
asynchronously return host futures; when every task waits, the loop hands all
pending host futures to the embedder at once (`_asyncio.wait_host`).
"""

import _asyncio
from collections import deque
from heapq import heappush, heappop


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

TimeoutError = TimeoutError


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


class Future:
    """A result that will exist later; awaiting it suspends until it does."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def __repr__(self):
        name = type(self).__name__
        if self._state == _FINISHED:
            if self._exception is not None:
                return f"<{name} finished exception={self._exception!r}>"
            return f"<{name} finished result={self._result!r}>"
        return f"<{name} {self._state.lower()}>"

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def _cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not ready.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for cb in callbacks:
            self._loop.call_soon(cb, self)

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f"{self._state}: {self!r}")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f"{self._state}: {self!r}")
        if isinstance(exception, type):
            exception = exception()
        if isinstance(exception, StopIteration):
            raise TypeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [cb for cb in self._callbacks if cb != fn]
        removed = len(self._callbacks) - len(kept)
        self._callbacks = kept
        return removed

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


_task_counter = 0


class Task(Future):
    """A coroutine scheduled on the loop, stepped each time what it awaits is done."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if _asyncio.is_host_future(coro):
            # an async host function's call stands for its coroutine
            coro = _await_host(coro)
        global _task_counter
        _task_counter += 1
        self._name = name if name is not None else f"Task-{_task_counter}"
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._loop._tasks.append(self)
        self._loop.call_soon(self._step)

    def __repr__(self):
        state = self._state.lower()
        if self._state == _FINISHED and self._exception is not None:
            return f"<Task finished name='{self._name}' exception={self._exception!r}>"
        if self._state == _FINISHED:
            return f"<Task finished name='{self._name}' result={self._result!r}>"
        return f"<Task {state} name='{self._name}'>"

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        previous = loop._current
        loop._current = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as e:
            if e.args:
                self._cancel_message = e.args[0]
            Future.cancel(self, msg=self._cancel_message)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            self._suspend_on(result)
        finally:
            loop._current = previous

    def _suspend_on(self, result):
        loop = self._loop
        if _asyncio.is_host_future(result):
            result = loop._host_waiter(result)
        if getattr(result, "_asyncio_future_blocking", None) is not None:
            if result is self:
                loop.call_soon(self._step, RuntimeError(f"Task cannot await on itself: {self!r}"))
                return
            result._asyncio_future_blocking = False
            result.add_done_callback(self._wakeup)
            self._fut_waiter = result
            if self._must_cancel and self._fut_waiter.cancel(msg=self._cancel_message):
                self._must_cancel = False
        elif result is None:
            loop.call_soon(self._step)
        else:
            loop.call_soon(self._step, RuntimeError(f"Task got bad yield: {result!r}"))

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as e:
            self._step(e)
        else:
            self._step()


class _Handle:
    def __init__(self, callback, args):
        self._callback = callback
        self._args = args
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled


class _Loop:
    """The event loop: a queue of ready callbacks, virtual-time timers and host futures."""

    def __init__(self):
        self._ready = deque()
        self._timers = []
        self._seq = 0
        self._time = 0.0
        self._current = None
        self._tasks = []
        self._closed = False
        self._running = False
        self._host = {}

    def time(self):
        return self._time

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        return Task(coro, loop=self, name=name)

    def call_soon(self, callback, *args, context=None):
        handle = _Handle(callback, args)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self._time + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        handle = _Handle(callback, args)
        handle._when = when
        self._seq += 1
        heappush(self._timers, (when, self._seq, handle))
        return handle

    def _host_waiter(self, host_future):
        """The loop-side future that completes when the embedder resolves `host_future`."""
        waiter = self._host.get(host_future)
        if waiter is None:
            waiter = Future(loop=self)
            self._host[host_future] = waiter
        return waiter

    def _run_once(self):
        while self._timers and self._timers[0][2]._cancelled:
            heappop(self._timers)
        if not self._ready:
            pending = [h for h in self._host if not self._host[h].done()]
            if pending:
                for h in _asyncio.wait_host(pending):
                    waiter = self._host.pop(h)
                    if not waiter.done():
                        waiter.set_result(None)
                return
            if not self._timers:
                raise RuntimeError(
                    "asyncio: every task is waiting and nothing can wake one "
                    "(no timer and no pending host call): the program would hang"
                )
            self._time = max(self._time, self._timers[0][0])
        while self._timers and self._timers[0][0] <= self._time:
            handle = heappop(self._timers)[2]
            if not handle._cancelled:
                self._ready.append(handle)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._callback(*handle._args)

    def run_until_complete(self, future):
        global _running_loop
        if self._running:
            raise RuntimeError("This event loop is already running")
        if self._closed:
            raise RuntimeError("Event loop is closed")
        future = ensure_future(future, loop=self)
        previous = _running_loop
        _running_loop = self
        self._running = True
        try:
            while not future.done():
                self._run_once()
        finally:
            self._running = False
            _running_loop = previous
        return future.result()

    def run_forever(self):
        raise RuntimeError("run_forever() would never return in Monty: use run_until_complete()")

    def _cancel_all(self):
        left = [t for t in self._tasks if not t.done()]
        if not left:
            return
        for t in left:
            t.cancel()
        self.run_until_complete(gather(*left, return_exceptions=True))


_running_loop = None
_default_loop = None


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def get_event_loop():
    global _default_loop
    if _running_loop is not None:
        return _running_loop
    if _default_loop is None:
        _default_loop = _Loop()
    return _default_loop


def new_event_loop():
    return _Loop()


def set_event_loop(loop):
    global _default_loop
    _default_loop = loop


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in loop._tasks if not t.done()}


async def _coroutine_probe():
    pass


_probe = _coroutine_probe()
_coroutine_type = type(_probe)
_probe.close()
del _probe


def iscoroutine(obj):
    return type(obj) is _coroutine_type or _asyncio.is_host_future(obj)


def iscoroutinefunction(func):
    return _asyncio.iscoroutinefunction(func)


def isfuture(obj):
    return getattr(obj, "_asyncio_future_blocking", None) is not None


async def _await_host(host_future):
    return await host_future


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(coro_or_future):
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, "__await__"):
        return loop.create_task(_wrap_awaitable(coro_or_future))
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


async def _wrap_awaitable(awaitable):
    return await awaitable


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def run(main, *, debug=None):
    global _running_loop
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError(f"a coroutine was expected, got {main!r}")
    loop = _Loop()
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            loop._cancel_all()
        finally:
            loop.close()


def _toplevel_await(awaitable):
    """A script's top-level `await x`: run x to completion on the script's one loop
    (the default loop, which tasks and gathers made at top level are bound to)."""
    if _running_loop is not None:
        raise RuntimeError("top-level await inside a running event loop")
    return get_event_loop().run_until_complete(awaitable)


class _Yield:
    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def _set_result_unless_cancelled(future, result):
    if not future.cancelled():
        future.set_result(result)


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    loop = None
    children = []
    made = {}
    for arg in coros_or_futures:
        fut = made.get(arg)
        if fut is None:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            made[arg] = fut
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    unique = list(made.values())
    state = {"finished": 0}

    def on_child_done(fut):
        state["finished"] += 1
        if outer.done():
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state["finished"] == len(unique):
            results = []
            for child in children:
                if child.cancelled():
                    results.append(child._cancelled_error())
                elif child.exception() is not None:
                    results.append(child.exception())
                else:
                    results.append(child.result())
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for child in unique:
        child.add_done_callback(on_child_done)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    waiter = fut.get_loop().create_future()
    fut.add_done_callback(lambda f: _release_waiter(waiter))
    fut.cancel()
    await waiter


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    handle = loop.call_later(timeout, _release_waiter, waiter)

    def on_done(f):
        _release_waiter(waiter)

    fut.add_done_callback(on_done)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(on_done)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(on_done)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    loop = get_running_loop()
    fs = [ensure_future(f, loop=loop) for f in fs]
    waiter = loop.create_future()
    handle = None
    if timeout is not None:
        handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = [len(fs)]

    def on_done(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            if handle is not None:
                handle.cancel()
            _release_waiter(waiter)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if handle is not None:
            handle.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    loop = get_event_loop()
    todo = []
    for f in fs:
        f = ensure_future(f, loop=loop)
        if f not in todo:
            todo.append(f)
    finished = Queue()
    handle = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            finished.put_nowait(None)
        todo.clear()

    def on_completion(f):
        if f not in todo:
            return
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and handle is not None:
            handle.cancel()

    async def wait_for_one():
        f = await finished.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        handle = loop.call_later(timeout, on_timeout)
    return [wait_for_one() for _ in range(len(todo))]


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def copy_state(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    inner.add_done_callback(copy_state)
    return outer


async def to_thread(func, /, *args, **kwargs):
    """Monty has no threads: the function runs in the calling task."""
    return func(*args, **kwargs)


class Timeout:
    """`async with asyncio.timeout(delay):` cancels the body when the delay passes."""

    def __init__(self, when):
        self._when = when
        self._handle = None
        self._task = None
        self._expired = False

    def when(self):
        return self._when

    def expired(self):
        return self._expired

    def reschedule(self, when):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self._when = when
        if when is not None and self._task is not None:
            self._handle = self._task.get_loop().call_at(when, self._on_timeout)

    def _on_timeout(self):
        self._task.cancel()
        self._expired = True
        self._handle = None

    async def __aenter__(self):
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._expired and exc_type is CancelledError:
            self._task.uncancel()
            raise TimeoutError from exc_val
        return None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


class Lock:
    def __init__(self):
        self._waiters = deque()
        self._locked = False

    def __repr__(self):
        return f"<asyncio.locks.Lock [{'locked' if self._locked else 'unlocked'}]>"

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        if self._waiters:
            fut = self._waiters[0]
            if not fut.done():
                fut.set_result(True)

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Event:
    def __init__(self):
        self._waiters = deque()
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = deque()

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = deque()
        self._putters = deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def _wait_while(self, blocked, waiters):
        """Park on `waiters` until `blocked()` is false; a cancelled waiter passes its turn on."""
        while blocked():
            waiter = get_running_loop().create_future()
            waiters.append(waiter)
            try:
                await waiter
            except BaseException:
                waiter.cancel()
                if waiter in waiters:
                    waiters.remove(waiter)
                if not blocked() and not waiter.cancelled():
                    self._wakeup_next(waiters)
                raise

    async def put(self, item):
        await self._wait_while(self.full, self._putters)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        await self._wait_while(self.empty, self._getters)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heappush(self._queue, item)

    def _get(self):
        return heappop(self._queue)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop()
