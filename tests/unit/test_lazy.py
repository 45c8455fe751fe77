from recon._lazy import lazy


class _Box:
    def __init__(self) -> None:
        self.calls = 0

    @lazy
    def value(self) -> int:
        """The answer."""
        self.calls += 1
        return 41 + self.calls


def test_lazy_computes_once_per_instance():
    a, b = _Box(), _Box()
    assert (a.value, a.value, a.calls) == (42, 42, 1)
    assert (b.value, b.calls) == (42, 1)
    assert isinstance(_Box.__dict__["value"], lazy)
    assert _Box.value is _Box.__dict__["value"]


def test_lazy_value_can_be_replaced():
    a = _Box()
    a.value = 7
    assert (a.value, a.calls) == (7, 0)
