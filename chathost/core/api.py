"""REST calls to the chat server, with every failure turned into one `BackendError` whose kind
the console can explain to a person (wrong password, unreachable, certificate, version…)."""

from __future__ import annotations

import ssl
from typing import Any, Literal, TypeVar

import aiohttp
import msgspec

from chathost.protocol import models
from chathost.protocol.version import API_PREFIX, PROTOCOL_VERSION

T = TypeVar("T")

ErrorKind = Literal[
    "wrong_credentials",  # login refused: wrong username or password
    "account_disabled",
    "unauthorized",  # the session has ended: log in again
    "unreachable",  # no answer: network, server down, wrong address
    "certificate",  # TLS certificate not trusted or not matching
    "incompatible",  # the server speaks another protocol version
    "rate_limited",
    "forbidden",
    "rejected",  # the server refused the request (a 4xx with a problem body)
    "server",  # the server failed (5xx) or answered something that is not our protocol
]


class BackendError(Exception):
    def __init__(
        self,
        kind: ErrorKind,
        detail: str = "",
        code: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail
        self.code = code
        self.retry_after = retry_after


def ssl_context(ca_file: str | None) -> ssl.SSLContext:
    """Verification always on; a centre's own CA is trusted in addition to the system's."""
    context = ssl.create_default_context()
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


class ApiClient:
    def __init__(
        self,
        base_url: str,
        http: aiohttp.ClientSession,
        ca_file: str | None = None,
        timeout: float = 15.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.http = http
        self.ssl = ssl_context(ca_file) if self.base_url.startswith("https:") else None
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.token: str | None = None

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def url(self, path: str) -> str:
        return self.base_url + API_PREFIX + path

    async def request(
        self,
        method: str,
        path: str,
        answer: type[T] | None,
        body: Any = None,
        params: dict[str, Any] | None = None,
    ) -> T | None:
        headers = self.auth_headers()
        data = None
        if body is not None:
            data = msgspec.json.encode(body)
            headers["Content-Type"] = "application/json"
        try:
            async with self.http.request(
                method,
                self.url(path),
                data=data,
                headers=headers,
                params=params,
                ssl=self.ssl if self.ssl is not None else True,
                timeout=self.timeout,
            ) as resp:
                raw = await resp.read()
                status = resp.status
        except aiohttp.ClientConnectorCertificateError as exc:
            raise BackendError("certificate", str(exc.certificate_error)) from exc
        except aiohttp.ClientSSLError as exc:
            raise BackendError("certificate", str(exc)) from exc
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise BackendError("unreachable", type(exc).__name__) from exc
        if status >= 400:
            raise _problem(status, raw)
        if answer is None:
            return None
        try:
            return msgspec.json.decode(raw, type=answer)
        except msgspec.MsgspecError as exc:
            raise BackendError("server", f"unexpected answer: {exc}") from exc

    async def check_version(self) -> models.ServerInfo:
        info = await self.request("GET", "/info", models.ServerInfo)
        assert info is not None
        if info.protocol != PROTOCOL_VERSION:
            raise BackendError(
                "incompatible",
                f"server protocol {info.protocol}, console protocol {PROTOCOL_VERSION}",
            )
        return info

    async def login(self, username: str, password: str) -> models.LoginResponse:
        await self.check_version()
        try:
            answer = await self.request(
                "POST",
                "/auth/login",
                models.LoginResponse,
                models.LoginRequest(username=username, password=password),
            )
        except BackendError as exc:
            if exc.kind == "unauthorized":
                raise BackendError("wrong_credentials", exc.detail, exc.code) from None
            if exc.kind == "forbidden":
                raise BackendError("account_disabled", exc.detail, exc.code) from None
            raise
        assert answer is not None
        self.token = answer.token
        return answer

    async def verify_password(self, password: str) -> bool:
        """The logged-in user's password again (unlocking the workstation). False when it is
        wrong; BackendError when it cannot be checked (offline, session ended, rate limited)."""
        try:
            await self.request(
                "POST", "/auth/verify", None, models.VerifyRequest(password=password)
            )
        except BackendError as exc:
            if exc.code == "wrong_password":
                return False
            raise
        return True

    async def logout(self) -> None:
        try:
            await self.request("POST", "/auth/logout", None)
        finally:
            self.token = None

    async def snapshot(self) -> models.Snapshot:
        snap = await self.request("GET", "/staff/snapshot", models.Snapshot)
        assert snap is not None
        return snap

    async def messages_after(self, conversation: str, after: int) -> list[models.Message]:
        """Everything after `after`, page by page."""
        result: list[models.Message] = []
        while True:
            page = await self.request(
                "GET",
                f"/conversations/{conversation}/messages",
                models.MessagePage,
                params={"after": after, "limit": 1000},
            )
            assert page is not None
            result += page.messages
            if not page.messages or page.messages[-1].seq >= page.last_seq:
                return result
            after = page.messages[-1].seq

    async def guidelines(self) -> models.GuidelineSet:
        found = await self.request("GET", "/guidelines", models.GuidelineSet)
        assert found is not None
        return found

    async def staff_services(self) -> list[models.StaffService]:
        found = await self.request("GET", "/staff/services", list[models.StaffService])
        assert found is not None
        return found

    async def colleagues(self) -> list[models.StaffMember]:
        """Hosts and supervisors who share a service with this user (themselves left out): whom
        a conversation could be transferred to."""
        found = await self.request("GET", "/staff/colleagues", list[models.StaffMember])
        assert found is not None
        return found

    async def submit_wrapup(self, conversation: str, answers: models.WrapupAnswers) -> None:
        await self.request("POST", f"/conversations/{conversation}/wrapup", None, answers)


def _problem(status: int, raw: bytes) -> BackendError:
    try:
        problem = msgspec.json.decode(raw, type=models.Problem)
        detail, code, retry = problem.detail or problem.title, problem.code, problem.retry_after
    except msgspec.MsgspecError:
        detail, code, retry = raw[:200].decode("utf-8", "replace"), None, None
    kind: ErrorKind
    if status == 401:
        kind = "unauthorized"
    elif status == 403:
        kind = "forbidden"
    elif status == 429:
        kind = "rate_limited"
    elif status >= 500:
        kind = "server"
    else:
        kind = "rejected"
    return BackendError(kind, detail, code, retry)
