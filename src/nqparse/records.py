"""What extractors hand to ``assemble``: small frozen values, never the output models.

An extractor reads the layout and the document's mentions and returns records of its own
(frozen dataclasses defined in its module); ``assemble`` alone turns them into the output,
shaped as ``models.py`` defines it, placing every ``At`` on its page, paragraph, cell or box.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, FrozenInstanceError, dataclass, fields
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Literal, TypeVar, get_args, overload

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:
    def dataclass_transform(**_: object) -> Callable[[Any], Any]:
        return lambda decorated: decorated

# the document kinds and body levels, as the lexicon, records and output models all name them
DocumentKind = Literal[
    "nghi_quyet", "ket_luan", "chi_thi", "quy_dinh", "quyet_dinh", "thong_bao", "bao_cao",
    "ke_hoach", "chuong_trinh", "to_trinh", "huong_dan", "cong_van", "article", "unknown",
]
Level = Literal["central", "province", "district", "commune"]  # highest first
LEVELS: tuple[Level, ...] = tuple(reversed(get_args(Level)))
"""The levels of the administrative ladder, lowest first: a level's rank is its place here."""
# the words around a figure, as records and output models both name them
Comparator = Literal["=", ">=", ">", "<=", "<", "~"]
Change = Literal["increase", "decrease"]
Verdict = Literal["exceeded", "met", "missed"]


_T = TypeVar("_T")


@overload
def record(cls: type[_T], /) -> type[_T]: ...
@overload
def record(*, slots: bool = True) -> Callable[[type[_T]], type[_T]]: ...


@dataclass_transform(frozen_default=True)
def record(cls: type[Any] | None = None, /, *, slots: bool = True) -> Any:
    """``@dataclass(frozen=True, slots=True)`` at a fifth of the cost of defining one.

    A frozen dataclass compiles six methods of its own when its module is imported, 0.6 ms
    each class, a tenth of a text extract's start-up over forty records. Here only
    ``__init__`` is compiled; equality, hash, repr and the frozen guard are shared closures
    over the field names. The class is a dataclass all the same (``dataclasses.replace``,
    ``fields``, ``asdict``); fields may have defaults, not ``field(init=False)`` and the like.
    Fields are held in slots unless ``slots=False``: a slot is set through its own setter and
    read without a per-instance dict, which a document's hundreds of blocks and figures feel.
    """
    def make(cls: type[Any]) -> type[Any]:
        if not cls.__doc__:
            cls.__doc__ = cls.__name__  # else dataclass() writes the signature, slowly
        cls = dataclass(cls, init=False, repr=False, eq=False, slots=slots)
        names = tuple(f.name for f in fields(cls))
        for name, method in _methods(cls, names).items():
            method.__qualname__ = f"{cls.__qualname__}.{name}"
            setattr(cls, name, method)
        return cls
    return make if cls is None else make(cls)


def _methods(cls: type[Any], names: tuple[str, ...]) -> dict[str, Callable[..., Any]]:
    values: Callable[[Any], tuple[Any, ...]] = (
        attrgetter(*names) if len(names) > 1 else lambda obj: tuple(getattr(obj, n) for n in names))
    store = object.__setattr__

    def __eq__(self: Any, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(values(self) == values(other))
        return NotImplemented

    def __hash__(self: Any) -> int:
        return hash(values(self))

    def __repr__(self: Any) -> str:
        shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in names)
        return f"{self.__class__.__qualname__}({shown})"

    def __setattr__(self: Any, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self: Any, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __getstate__(self: Any) -> list[Any]:
        return [getattr(self, n) for n in names]

    def __setstate__(self: Any, state: list[Any]) -> None:
        for name, value in zip(names, state, strict=True):
            store(self, name, value)

    return {"__init__": _init(cls, names), "__eq__": __eq__, "__hash__": __hash__, "__repr__": __repr__,
            "__setattr__": __setattr__, "__delattr__": __delattr__, "__getstate__": __getstate__,
            "__setstate__": __setstate__}


def _init(cls: type[Any], names: tuple[str, ...]) -> Callable[..., None]:
    """The one method compiled: an ``__init__`` as fast as a dataclass's."""
    scope: dict[str, Any] = {"_store": object.__setattr__}
    params = []
    for f in fields(cls):
        if not (f.init and f.repr and f.compare and f.hash is None and f.default_factory is MISSING):
            raise TypeError(f"{cls.__name__}.{f.name}: a record's fields have plain defaults only")
        if f.default is MISSING:
            params.append(f.name)
        else:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    slotted = "__slots__" in cls.__dict__
    for n in names if slotted else ():
        scope[f"_set_{n}"] = cls.__dict__[n].__set__  # the slot's own setter: no lookup by name
    body = "".join(f"\n    _set_{n}(self, {n})" if slotted else f"\n    _store(self, {n!r}, {n})"
                   for n in names) or "\n    pass"
    exec(f"def __init__(self, {', '.join(params)}) -> None:{body}", scope)
    init: Callable[..., None] = scope["__init__"]
    return init


@record(slots=True)
class At:
    """Where a value was read: ``text[start:end]`` of the normalized text."""

    start: int
    end: int


@record(slots=True)
class Note:
    """Something about the extraction itself (a repair, a bundled file), for the warnings."""

    code: str
    message: str
    at: At | None = None
