"""Read this application's windows as a screen reader does: through AT-SPI, over D-Bus.

Orca learns what is on the screen from the accessibility bus, not from Qt. This reader does the same (with
jeepney, a pure-Python D-Bus client) and finds every focusable control that has neither a name nor a
"labelled by" relation, including the parts inside composite widgets (an editable combo box's text field).

Qt answers the bus on its GUI thread, so `unnamed_controls()` reads from a worker thread while the GUI thread
runs an event loop. The application must start with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 on an X display (the
offscreen platform has no bridge), inside a session bus that can start the AT-SPI bus (`dbus-run-session`).
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass

from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

ACCESSIBLE = "org.a11y.atspi.Accessible"
REGISTRY = DBusAddress("/org/a11y/atspi/accessible/root", bus_name="org.a11y.atspi.Registry", interface=ACCESSIBLE)
# AtspiStateType bits and AtspiRelationType values, as at-spi2-core defines them.
FOCUSABLE, SHOWING, DEFUNCT = 11, 25, 6
LABELLED_BY = 2
# Items take their names from the data they show: an empty table cell is not an unnamed control.
ITEM_ROLES = {"table cell", "list item", "tree item", "column header", "row header", "table row", "tree table"}


@dataclass(frozen=True)
class Node:
    role: str
    name: str
    path: str  # the roles and names from the window down, to find it
    focusable: bool
    labelled: bool


class Reader:
    """Blocking calls on the accessibility bus; use from a thread other than Qt's."""

    def __init__(self) -> None:
        with open_dbus_connection(bus="SESSION") as session:
            bus = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
            address = session.send_and_get_reply(new_method_call(bus, "GetAddress"), timeout=10).body[0]
        self.bus: DBusConnection = open_dbus_connection(address)

    def close(self) -> None:
        self.bus.close()

    def call(self, name: str, path: str, method: str, interface: str = ACCESSIBLE, signature: str | None = None,
             body: tuple[object, ...] = ()) -> tuple[object, ...]:
        message = new_method_call(DBusAddress(path, bus_name=name, interface=interface), method, signature, body)
        return tuple(self.bus.send_and_get_reply(message, timeout=10).body)

    def application(self, pid: int, timeout: float = 20.0) -> tuple[str, str]:
        """This process's root on the bus (the registry lists it a moment after the first window shows)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for name, path in self.bus.send_and_get_reply(new_method_call(REGISTRY, "GetChildren")).body[0]:
                owner = new_method_call(DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus",
                                                    interface="org.freedesktop.DBus"),
                                        "GetConnectionUnixProcessID", "s", (name,))
                if self.bus.send_and_get_reply(owner).body[0] == pid:
                    return name, path
            time.sleep(0.1)
        raise TimeoutError("the application never appeared on the accessibility bus")

    def walk(self, name: str, path: str, trail: str = "") -> list[Node]:
        """Every showing object under (name, path), depth first."""
        states = self.call(name, path, "GetState")[0]
        bits = int(states[0]) | int(states[1]) << 32  # type: ignore[index]
        if bits & (1 << DEFUNCT) or (trail and not bits & (1 << SHOWING)):
            return []  # what is not on the screen is not read
        role = str(self.call(name, path, "GetRoleName")[0])
        label = self.call(name, path, "Get", "org.freedesktop.DBus.Properties", "ss", (ACCESSIBLE, "Name"))
        text = str(label[0][1])  # type: ignore[index]
        here = f"{trail} > {role} {text!r}" if trail else f"{role} {text!r}"
        relations = self.call(name, path, "GetRelationSet")[0]
        labelled = any(kind == LABELLED_BY and targets for kind, targets in relations)  # type: ignore[attr-defined]
        nodes = [Node(role, text, here, bool(bits & (1 << FOCUSABLE)), labelled)]
        for child_name, child_path in self.call(name, path, "GetChildren")[0]:  # type: ignore[attr-defined]
            if child_path != "/org/a11y/atspi/null":
                nodes += self.walk(child_name, child_path, here)
        return nodes


def unnamed(nodes: list[Node]) -> list[Node]:
    """The focusable controls a screen reader could only call by their role."""
    return [node for node in nodes
            if node.focusable and node.role not in ITEM_ROLES and not node.name.strip() and not node.labelled]


def run_events_until(done: threading.Event) -> None:
    """Qt's event loop on the GUI thread (where Qt answers the bus) until done is set."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: done.is_set() and loop.quit())
    timer.start()
    loop.exec()


class Tour:
    """What a tour of the windows read: each window's showing and focusable objects, the unnamed ones."""

    def __init__(self) -> None:
        self.read_counts: list[tuple[int, int]] = []
        self.findings: dict[str, str] = {}  # an unnamed control's path -> the first window it was found in

    def read(self, window: str) -> None:
        nodes = read_application(os.getpid())
        self.read_counts.append((len(nodes), sum(node.focusable for node in nodes)))
        for node in unnamed(nodes):
            self.findings.setdefault(node.path, window)

    def summary(self) -> str:
        lines = [f"AT-SPI: {len(self.read_counts)} windows read, {sum(n for n, _ in self.read_counts)} showing "
                 f"objects, {sum(f for _, f in self.read_counts)} of them focusable, {len(self.findings)} without "
                 "a name"]
        return "\n".join(lines + [f"  unnamed in {window}: {path}" for path, window in self.findings.items()])


TOUR = Tour()


def read_application(pid: int) -> list[Node]:
    """Walk the whole application from a thread while Qt's event loop answers on this (the GUI) thread."""
    found: list[Node] = []
    failure: list[BaseException] = []
    done = threading.Event()

    def read() -> None:
        try:
            reader = Reader()
            try:
                found.extend(reader.walk(*reader.application(pid)))
            finally:
                reader.close()
        except BaseException as error:  # handed to the GUI thread below
            failure.append(error)
        finally:
            done.set()

    threading.Thread(target=read, daemon=True).start()
    run_events_until(done)
    if failure:
        raise failure[0]
    return found
