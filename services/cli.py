"""The `fairhire` command: serve, manage API keys, run a worker, migrate the database."""

import argparse
import sys
from collections.abc import Sequence

from services.common.keys import DEFAULT_ORG, Role, create_key, ensure_organisation, list_keys, revoke_key
from services.common.settings import get_settings
from services.registry import SERVICES

__all__ = ["main"]


def _session():  # type: ignore[no-untyped-def]
    from services.common.db import session_factory

    return session_factory()()


def _migrate() -> None:
    from services.migrate import upgrade

    upgrade(get_settings().database_url)


def _bootstrap_keys() -> None:
    """On a database with no keys at all, create one key per role and print them once."""
    with _session() as session:
        if list_keys(session):
            return
        org = ensure_organisation(session, DEFAULT_ORG, "Default organisation")
        created = [(role, create_key(session, org, f"{role.value}-bootstrap", [role])) for role in Role]
        session.commit()
    print("Created one API key per role. They are shown once only; keep them somewhere safe:")
    for role, new in created:
        print(f"  {role.value:<10} {new.plaintext}")
    sys.stdout.flush()


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from services.app import create_app

    _migrate()
    _bootstrap_keys()
    services = [args.service] if args.service else None
    print(f"FairHire serving on http://{args.host}:{args.port}", flush=True)
    uvicorn.run(create_app(services), host=args.host, port=args.port, log_config=None)
    return 0


def cmd_keys_create(args: argparse.Namespace) -> int:
    _migrate()
    with _session() as session:
        org = ensure_organisation(session, args.org)
        new = create_key(session, org, args.name, args.role)
        session.commit()
        print(f"Created key {new.record.public_id} '{args.name}' for organisation '{org.slug}' "
              f"with roles {', '.join(new.record.roles)}. The key is shown once:")
        print(new.plaintext)
    return 0


def cmd_keys_list(args: argparse.Namespace) -> int:
    _migrate()
    with _session() as session:
        org = ensure_organisation(session, args.org) if args.org else None
        for key in list_keys(session, org):
            state = "revoked" if key.revoked_at else "active"
            print(f"{key.public_id}  {key.name:<24} {','.join(key.roles):<28} {state}")
        session.rollback()
    return 0


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    _migrate()
    with _session() as session:
        key = revoke_key(session, args.key_id)
        session.commit()
        print(f"Revoked key {key.public_id} '{key.name}'.")
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    from workers.celery_app import celery_app

    if get_settings().embedded:
        print("FAIRHIRE_REDIS_URL is not set: the embedded default runs jobs in-process, no worker needed.",
              file=sys.stderr)
        return 2
    _migrate()
    argv = ["worker", f"--loglevel={args.loglevel}", f"--concurrency={args.concurrency}"]
    if args.hostname:
        argv.append(f"--hostname={args.hostname}")
    celery_app.worker_main(argv)
    return 0


def cmd_migrate(_: argparse.Namespace) -> int:
    _migrate()
    print("Database is up to date.")
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="fairhire", description=__doc__)
    sub = top.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="serve the all-in-one app, or one service")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--service", choices=sorted(SERVICES), help="serve only this service")
    serve.set_defaults(func=cmd_serve)

    keys = sub.add_parser("keys", help="manage API keys").add_subparsers(dest="keys_command", required=True)
    create = keys.add_parser("create", help="create a key; its plaintext is the last line printed")
    create.add_argument("--name", required=True)
    create.add_argument("--role", required=True, action="append", choices=[r.value for r in Role])
    create.add_argument("--org", default=DEFAULT_ORG, help="organisation slug (created if new)")
    create.set_defaults(func=cmd_keys_create)
    listing = keys.add_parser("list", help="list keys (never their secrets)")
    listing.add_argument("--org", default=None)
    listing.set_defaults(func=cmd_keys_list)
    revoke = keys.add_parser("revoke", help="revoke a key by its id")
    revoke.add_argument("key_id")
    revoke.set_defaults(func=cmd_keys_revoke)

    worker = sub.add_parser("worker", help="start a Celery worker (needs FAIRHIRE_REDIS_URL)")
    worker.add_argument("--concurrency", type=int, default=2)
    worker.add_argument("--loglevel", default="INFO")
    worker.add_argument("--hostname", default=None)
    worker.set_defaults(func=cmd_worker)

    migrate = sub.add_parser("migrate", help="bring the database schema up to date")
    migrate.set_defaults(func=cmd_migrate)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    from pydantic import ValidationError

    from services.common.errors import FairHireError

    args = parser().parse_args(argv)
    try:
        get_settings()
    except ValidationError as exc:
        problems = "; ".join(error["msg"].removeprefix("Value error, ") for error in exc.errors())
        print(f"fairhire: refusing to start with these settings: {problems}", file=sys.stderr)
        return 2
    try:
        return int(args.func(args))
    except FairHireError as exc:
        print(f"fairhire: {exc.detail}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
