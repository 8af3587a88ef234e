"""The speech worker as a process: started, asked for one line at a time, its answers read
line by line (relaxapp.speech.protocol), its stderr read as it comes and the end kept, to say
why it stopped; a watchdog for an answer that does not come. What to ask, and what to do
when it fails, is the narrator's.

A plain object over a QProcess and a timer owned by the narrator, each let go with
deleteLater: a Python QObject here, deleted later while its owner was collected, crashed."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QProcess, QTimer

from relaxapp.speech import protocol

STDERR_KEPT = 2_000  # bytes of the worker's stderr kept, to say why it stopped


class SpeechProcess:
    def __init__(self, command: list[str], ready_timeout_ms: int, owner: QObject, *,
                 on_ready: Callable[[protocol.Ready], None],
                 on_answer: Callable[[object], None],  # protocol.Rendered or Failed
                 on_ended: Callable[[], None],  # it stopped by itself: crashed, or exited
                 on_hung: Callable[[], None],  # no answer in time (ready, or to a request)
                 on_failed_to_start: Callable[[], None]):
        self._on_ready, self._on_answer = on_ready, on_answer
        self._on_failed_to_start = on_failed_to_start
        self._buffer = b""
        self._closed = False
        # The end of what the worker wrote to stderr. Read as it comes: a pipe nobody reads
        # fills, and the worker would block writing a warning.
        self.stderr = b""
        self._watchdog = QTimer(owner)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(on_hung)
        self._process = process = QProcess(owner)
        process.setProgram(command[0])
        process.setArguments(command[1:])
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.readyReadStandardOutput.connect(self._read)
        process.readyReadStandardError.connect(self._read_stderr)
        process.finished.connect(lambda *_: on_ended())
        process.errorOccurred.connect(self._error)
        process.start()
        self._watchdog.start(ready_timeout_ms)

    def ask(self, request: protocol.Request, timeout_ms: int) -> None:
        """Send one request; its answer is awaited for ``timeout_ms``, then it is hung."""
        self._process.write(protocol.request_line(request))
        self._watchdog.start(timeout_ms)

    def idle(self) -> None:
        """Nothing is awaited: the watchdog rests."""
        self._watchdog.stop()

    def last_words(self) -> str:
        """The worker's last line on stderr, as a reason to show (empty if it said none)."""
        lines = self.stderr.decode("utf-8", "replace").strip().splitlines()
        return lines[-1].strip()[:200] if lines else ""

    def close(self) -> None:
        """Stop the process, and hear nothing more from it. As Qt tears the app down, the
        process may end after its owner's timer is gone: nothing is left to stop then."""
        if self._closed:
            return
        self._closed = True
        try:
            self._watchdog.stop()
        except RuntimeError:  # Qt deleted it with its owner
            return
        self._watchdog.timeout.disconnect()
        self._watchdog.deleteLater()
        process = self._process
        for signal in (process.finished, process.readyReadStandardOutput,
                       process.readyReadStandardError, process.errorOccurred):
            signal.disconnect()
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(1000)  # a killed process ends at once
        process.deleteLater()

    def _read(self) -> None:
        self._buffer += bytes(self._process.readAllStandardOutput())
        *lines, self._buffer = self._buffer.split(b"\n")
        for raw in lines:
            if self._closed:  # closed by what an answer before this one led to
                return
            answer = protocol.read_answer(raw)
            if answer is None:
                continue  # not ours: a library printing to stdout
            if isinstance(answer, protocol.Ready):
                self._watchdog.stop()
                self._on_ready(answer)
            else:
                self._on_answer(answer)

    def _read_stderr(self) -> None:
        self.stderr = (self.stderr + bytes(self._process.readAllStandardError()))[-STDERR_KEPT:]

    def _error(self, error) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._on_failed_to_start()
